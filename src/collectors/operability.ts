// Operability evidence in non-test source code: health endpoint routes, monitoring SDK imports,
// graceful-shutdown hooks, FastAPI's served docs and Django's SecurityMiddleware; plus Spring Boot's
// `server.shutdown=graceful` in application*.properties/yml. Comments never count (see code-lines.ts).
// Libraries declared in manifests are reported by dependency-manifests.ts.
import type { Finding, Language, SourceFile, TextCollector } from '../evidence.js';
import { findPythonSettings, PYTHON_SETTING_LITERALS } from './operability/framework-settings.js';
import { findHealthRoutes, healthRouteLiterals } from './operability/health-routes.js';
import { LABEL_KEY } from './operability/libraries.js';
import { findImportedLibraries, importLiterals } from './operability/monitoring-imports.js';
import { findShutdownHooks, findSpringGracefulShutdown, shutdownLiterals } from './operability/shutdown-hooks.js';
import { literalSignal, sourceText } from './operability/source-text.js';

const SPRING_CONFIG = /^application(?:-[\w.-]+)?\.(properties|ya?ml)$/;

/**
 * Finds any literal that some detector needs in a file of the language. Nearly every file has none,
 * and this one pass over it then stands for all the detectors' searches.
 */
const signalOf = literalSignal((language: Language) => [
  ...healthRouteLiterals(language),
  ...importLiterals(language),
  ...shutdownLiterals(language),
  ...(language === 'python' ? PYTHON_SETTING_LITERALS : []),
]);

export const operability: TextCollector = {
  id: 'operability',

  wants(file: SourceFile): boolean {
    if (file.isTest) return false;
    return file.language !== undefined || SPRING_CONFIG.test(file.path.slice(file.path.lastIndexOf('/') + 1));
  },

  collect(file: SourceFile, text: string): Finding[] {
    const at = (kind: string, line: number, message: string, data: Finding['data']): Finding => {
      const finding: Finding = { kind, file: file.path, line, message, data };
      if (file.language !== undefined) finding.language = file.language;
      return finding;
    };
    if (file.language === undefined) {
      const config = SPRING_CONFIG.exec(file.path.slice(file.path.lastIndexOf('/') + 1));
      return findSpringGracefulShutdown(text, config?.[1] !== 'properties').map((hook) =>
        at('ops.graceful-shutdown', hook.line, `graceful shutdown: \`${hook.hook}\``, { hook: hook.hook }),
      );
    }
    if (!signalOf(file.language).test(text)) return [];
    const source = sourceText(text, file.language);
    const findings: Finding[] = [];
    for (const route of findHealthRoutes(source, file.language)) {
      findings.push(at('ops.health-endpoints', route.line, `health endpoint \`${route.route}\``, { route: route.route }));
    }
    for (const library of findImportedLibraries(source, file.language)) {
      const what = library.kind === 'ops.monitoring' ? 'monitoring SDK' : 'structured logging library';
      findings.push(
        at(library.kind, library.line, `${what} \`${library.label}\` imported (\`${library.module}\`)`, {
          [LABEL_KEY[library.kind]]: library.label,
          source: 'import',
        }),
      );
    }
    for (const hook of findShutdownHooks(source, file.language)) {
      findings.push(at('ops.graceful-shutdown', hook.line, `graceful shutdown: \`${hook.hook}\``, { hook: hook.hook }));
    }
    if (file.language === 'python') {
      for (const setting of findPythonSettings(source)) {
        findings.push(at(setting.kind, setting.line, setting.message, { [LABEL_KEY[setting.kind]]: setting.label, source: 'code' }));
      }
    }
    return findings;
  },
};
