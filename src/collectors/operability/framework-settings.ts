// Evidence that lives in a framework's own setup code rather than in a dependency.
import { callText } from './call-text.js';
import { includesAny, type SourceText } from './source-text.js';

export interface SettingFinding {
  kind: 'api.docs-frameworks' | 'ops.security-headers';
  line: number;
  label: string;
  message: string;
}

const FASTAPI_APP = /(?<![\w])(?:fastapi\.)?FastAPI\(/;
// Either setting turns the interactive docs off (no schema means no /docs); `redoc_url=None` alone does not.
const DOCS_OFF = /\b(?:docs_url|openapi_url)\s*=\s*None\b/;
const DJANGO_SECURITY_MIDDLEWARE = /["']django\.middleware\.security\.SecurityMiddleware["']/;

/** Literals one of which a Python file needs for findPythonSettings to find anything. */
export const PYTHON_SETTING_LITERALS: readonly string[] = ['FastAPI(', 'django.middleware.security.SecurityMiddleware'];

/** Python: FastAPI apps that serve /docs (the default), and Django's SecurityMiddleware in settings. */
export function findPythonSettings(source: SourceText): SettingFinding[] {
  if (!includesAny(source.raw, PYTHON_SETTING_LITERALS)) return [];
  const lines = source.lines();
  const found: SettingFinding[] = [];
  lines.forEach((text, index) => {
    const app = FASTAPI_APP.exec(text);
    if (app && !/^\s*(?:class|def)\b/.test(text) && !DOCS_OFF.test(callText(lines, index, text.indexOf('(', app.index)))) {
      found.push({ kind: 'api.docs-frameworks', line: index + 1, label: 'fastapi', message: 'FastAPI app serving OpenAPI docs at /docs' });
    }
    if (DJANGO_SECURITY_MIDDLEWARE.test(text)) {
      found.push({
        kind: 'ops.security-headers',
        line: index + 1,
        label: 'django-security-middleware',
        message: "Django's SecurityMiddleware (X-Content-Type-Options, Referrer-Policy, HSTS when configured)",
      });
    }
  });
  return found;
}
