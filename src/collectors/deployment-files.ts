// Deployment configuration known by its file name: Helm charts (`Chart.yaml`; the templates beside it
// are not read), Terraform files, and PaaS configuration files. Test code is skipped.
//
// `app.yaml` (Google App Engine) and `app.json` (Heroku) are left out: the names are too common for
// other things to count without reading them.
import type { Finding, PathCollector, SourceFile } from '../evidence.js';

const PLATFORM_FILES: Record<string, { platform: string; message: string }> = {
  'render.yaml': { platform: 'render', message: 'Render blueprint' },
  Procfile: { platform: 'procfile', message: 'Procfile (Heroku, Dokku, Scalingo and other buildpack platforms)' },
  'fly.toml': { platform: 'fly', message: 'Fly.io app configuration' },
  'vercel.json': { platform: 'vercel', message: 'Vercel project configuration' },
  'netlify.toml': { platform: 'netlify', message: 'Netlify configuration' },
  'heroku.yml': { platform: 'heroku', message: 'Heroku container build manifest' },
  'railway.toml': { platform: 'railway', message: 'Railway configuration' },
  'railway.json': { platform: 'railway', message: 'Railway configuration' },
};

export const deploymentFiles: PathCollector = {
  id: 'deployment-files',

  collect(files: readonly SourceFile[]): Finding[] {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.isTest) continue;
      const basename = file.path.slice(file.path.lastIndexOf('/') + 1);
      if (basename === 'Chart.yaml') {
        const chart = file.path.slice(0, Math.max(file.path.lastIndexOf('/'), 0)) || '.';
        findings.push({ kind: 'deploy.helm-charts', file: file.path, line: 0, message: `Helm chart \`${chart}\``, data: { chart } });
      } else if (basename.endsWith('.tf') && !file.path.split('/').includes('.terraform')) {
        findings.push({ kind: 'deploy.terraform-files', file: file.path, line: 0, message: 'Terraform configuration' });
      } else if (Object.hasOwn(PLATFORM_FILES, basename)) {
        const platform = PLATFORM_FILES[basename] as { platform: string; message: string };
        findings.push({ kind: 'deploy.platform-files', file: file.path, line: 0, message: platform.message, data: { platform: platform.platform } });
      }
    }
    return findings;
  },
};
