// `deps.no-lockfile`: a dependency manifest whose tool writes a lockfile, with none committed where the
// tool looks for it. What each manifest expects comes from its `deps.manifests` finding (the manifest's
// text decides it: a go.mod without requirements has no go.sum, a setuptools pyproject.toml no lock).
//
// Needs more than a PathCollector's file list: the manifests' findings, and every listed path, because
// lockfiles are often skipped from reading (a package-lock.json over the size cap, a binary bun.lockb)
// and still count as committed.
import type { Finding, PathCollector, ScanFacts, SourceFile } from '../evidence.js';

interface Manifest {
  file: string;
  folder: string;
  data: Record<string, string | number | boolean>;
}

export const dependencyLockfiles: PathCollector = {
  id: 'dependency-lockfiles',

  collect(_files: readonly SourceFile[], scan?: ScanFacts): Finding[] {
    if (scan === undefined) return [];
    const manifests: Manifest[] = scan.findings
      .filter((finding) => finding.kind === 'deps.manifests' && finding.data !== undefined)
      .map((finding) => ({ file: finding.file, folder: folderOf(finding.file), data: finding.data ?? {} }));
    if (manifests.length === 0) return [];
    const paths = pathsNamed(wantedNames(manifests), scan.paths);
    const workspaceRoots = new Set([
      ...manifests.filter((manifest) => manifest.data.workspaceRoot === true).map((manifest) => manifest.folder),
      ...[...paths].filter((path) => basenameOf(path) === 'pnpm-workspace.yaml').map(folderOf),
    ]);
    const findings: Finding[] = [];
    for (const manifest of manifests) {
      if (!expectsLockfile(manifest, paths)) continue;
      // A workspace member shares its root's lockfile; the root alone reports a missing one.
      if (ancestorsOf(manifest.folder).some((folder) => folder !== manifest.folder && workspaceRoots.has(folder))) continue;
      const names = String(manifest.data.lockfiles).split('|');
      const folders = manifest.data.lockInParent === true ? ancestorsOf(manifest.folder) : [manifest.folder];
      if (folders.some((folder) => names.some((name) => paths.has(folder + name)))) continue;
      const where = manifest.data.lockInParent === true ? 'beside it or in a parent folder' : 'beside it';
      findings.push({
        kind: 'deps.no-lockfile',
        file: manifest.file,
        line: 0,
        message: `no lockfile (${names.join(', ')}) ${where}: installs are not reproducible`,
        data: { ecosystem: String(manifest.data.ecosystem), expected: names.join('|') },
      });
    }
    return findings;
  },
};

/** The file names this collector asks about: the manifests' lockfiles, pnpm workspaces and a Rust binary's entry point. */
function wantedNames(manifests: readonly Manifest[]): Set<string> {
  const names = new Set(['pnpm-workspace.yaml', 'main.rs']);
  for (const manifest of manifests) for (const name of String(manifest.data.lockfiles).split('|')) names.add(basenameOf(name));
  return names;
}

/**
 * The listed paths named one of `names`, and those inside a `src/bin/` folder: all that is ever looked up. A set
 * of every path cost this collector more than the rest of its work on a repository of 50,000 files.
 */
function pathsNamed(names: ReadonlySet<string>, paths: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const path of paths) if (names.has(basenameOf(path)) || path.startsWith('src/bin/') || path.includes('/src/bin/')) found.add(path);
  return found;
}

function expectsLockfile(manifest: Manifest, paths: ReadonlySet<string>): boolean {
  switch (manifest.data.lock) {
    case 'always':
      return true;
    case 'binary-crate':
      return (
        manifest.data.binaryTarget === true ||
        paths.has(`${manifest.folder}src/main.rs`) ||
        [...paths].some((path) => path.startsWith(`${manifest.folder}src/bin/`))
      );
    default:
      return false;
  }
}

/** `a/b/package.json` → `a/b/`; a root file → ''. */
function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `a/b/` → [`a/b/`, `a/`, ``]. */
function ancestorsOf(folder: string): string[] {
  const folders = [folder];
  for (let current = folder; current !== ''; ) {
    current = folderOf(current.slice(0, -1));
    folders.push(current);
  }
  return folders;
}
