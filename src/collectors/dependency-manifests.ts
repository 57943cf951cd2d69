// Dependency manifests (package.json, pyproject.toml, requirements*.txt, Pipfile, go.mod, Cargo.toml,
// Gemfile, composer.json, pom.xml, build.gradle(.kts), *.csproj) outside test code: one
// `deps.manifests` finding each, requirement lines without an exact pin, and the operability and
// API-docs libraries they declare as runtime dependencies (see operability/libraries.ts).
// What a lockfile would have to be is recorded in the finding's data; dependency-lockfiles.ts checks it.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { LABEL_KEY, type LibraryKind, libraryOf } from './operability/libraries.js';
import type { ManifestFacts } from './dependency-manifests/manifest.js';
import { manifestReader } from './dependency-manifests/read-manifest.js';

export const dependencyManifests: TextCollector = {
  id: 'dependency-manifests',

  wants(file: SourceFile): boolean {
    return !file.isTest && manifestReader(file.path) !== undefined;
  },

  collect(file: SourceFile, text: string): Finding[] {
    const read = manifestReader(file.path);
    if (read === undefined) return [];
    const facts = read(text);
    const findings: Finding[] = [manifestFinding(file.path, facts)];
    if (facts.problem) findings.push({ kind: 'parse.errors', file: file.path, line: facts.problem.line, message: facts.problem.message });
    for (const dependency of facts.unpinned ?? []) {
      findings.push({
        kind: 'deps.unpinned-requirements',
        file: file.path,
        line: dependency.line,
        message: `\`${dependency.name}\` is not pinned to an exact version (\`==\`)`,
        data: { package: dependency.name },
      });
    }
    findings.push(...libraryFindings(file.path, facts));
    return findings;
  },
};

function manifestFinding(file: string, facts: ManifestFacts): Finding {
  const data: Record<string, string | number | boolean> = {
    ecosystem: facts.ecosystem,
    dependencies: facts.dependencies.length,
    lock: facts.lock,
    lockfiles: facts.lockfiles.join('|'),
    lockInParent: facts.lockInParent,
  };
  if (facts.workspaceRoot !== undefined) data.workspaceRoot = facts.workspaceRoot;
  if (facts.binaryTarget !== undefined) data.binaryTarget = facts.binaryTarget;
  return { kind: 'deps.manifests', file, line: 0, message: `${facts.ecosystem} dependency manifest`, data };
}

/** One finding per library and kind, at the first runtime dependency that belongs to it. */
function libraryFindings(file: string, facts: ManifestFacts): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const dependency of facts.dependencies) {
    if (!dependency.runtime) continue;
    const library = libraryOf(facts.ecosystem, dependency.name);
    if (library === undefined || seen.has(`${library.kind} ${library.label}`)) continue;
    seen.add(`${library.kind} ${library.label}`);
    findings.push({
      kind: library.kind,
      file,
      line: dependency.line,
      message: `${DESCRIPTION[library.kind]} \`${library.label}\` (dependency \`${dependency.name}\`)`,
      data: { [LABEL_KEY[library.kind]]: library.label, source: 'manifest' },
    });
  }
  return findings;
}

const DESCRIPTION: Record<LibraryKind, string> = {
  'ops.monitoring': 'monitoring SDK',
  'ops.structured-logging': 'structured logging library',
  'ops.rate-limiting': 'rate limiting library',
  'ops.security-headers': 'security headers library',
  'api.docs-frameworks': 'API docs framework',
  'ops.health-endpoints': 'health endpoint from',
};
