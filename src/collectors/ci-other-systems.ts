// CI systems other than GitHub Actions, known by their configuration file. Only the file's presence
// is evidence here; its pipelines are not read.
import type { Finding, PathCollector, SourceFile } from '../evidence.js';

interface CiSystem {
  system: string;
  message: string;
}

// These systems read their configuration from the repository root only.
const ROOT_FILES: Record<string, CiSystem> = {
  '.gitlab-ci.yml': { system: 'gitlab', message: 'GitLab CI configuration' },
  '.circleci/config.yml': { system: 'circleci', message: 'CircleCI configuration' },
  'azure-pipelines.yml': { system: 'azure-pipelines', message: 'Azure Pipelines configuration' },
  '.travis.yml': { system: 'travis', message: 'Travis CI configuration' },
  'bitbucket-pipelines.yml': { system: 'bitbucket', message: 'Bitbucket Pipelines configuration' },
};

// A Jenkins job can point at a Jenkinsfile in any folder, so one counts wherever it is.
const JENKINS: CiSystem = { system: 'jenkins', message: 'Jenkins pipeline' };

export const ciOtherSystems: PathCollector = {
  id: 'ci-other-systems',

  collect(files: readonly SourceFile[]): Finding[] {
    const findings: Finding[] = [];
    for (const file of files) {
      const system = Object.hasOwn(ROOT_FILES, file.path) ? ROOT_FILES[file.path] : jenkinsfile(file.path);
      if (system) {
        findings.push({ kind: 'ci.other', file: file.path, line: 0, message: system.message, data: { system: system.system } });
      }
    }
    return findings;
  },
};

function jenkinsfile(path: string): CiSystem | undefined {
  return path === 'Jenkinsfile' || path.endsWith('/Jenkinsfile') ? JENKINS : undefined;
}
