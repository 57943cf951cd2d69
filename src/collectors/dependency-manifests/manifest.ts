// What a dependency manifest says, as read by one of the readers in this folder.
import type { Ecosystem } from '../operability/libraries.js';

export interface Dependency {
  /** The package name as the ecosystem spells it: `@sentry/node`, `io.sentry:sentry`, `go.uber.org/zap`. */
  name: string;
  /** 1-based line of the declaration. */
  line: number;
  /** False for development-only dependencies (devDependencies, dev groups, require-dev, test scopes). */
  runtime: boolean;
}

/** When the manifest's tool writes a lockfile that should be committed beside it. */
export type LockExpectation =
  /** No lockfile is expected (Maven, Gradle, NuGet, setuptools/hatch pyproject, a go.mod without requires…). */
  | 'none'
  | 'always'
  /** Cargo: only a crate that builds a binary (`[[bin]]`, or `src/main.rs` beside the manifest). */
  | 'binary-crate';

export interface ManifestFacts {
  ecosystem: Ecosystem;
  dependencies: Dependency[];
  lock: LockExpectation;
  /** Lockfile names that satisfy the expectation, e.g. package-lock.json, yarn.lock… */
  lockfiles: readonly string[];
  /** The lockfile may sit in a parent folder (npm/yarn/pnpm/bun workspaces, Cargo workspaces). */
  lockInParent: boolean;
  /** package.json declares `workspaces` (its members share its lockfile). */
  workspaceRoot?: boolean;
  /** Cargo.toml declares a `[[bin]]` target. */
  binaryTarget?: boolean;
  /** requirements files: lines that pin no exact version. */
  unpinned?: Dependency[];
  /** The first thing the reader could not understand; the facts are complete up to it. */
  problem?: { line: number; message: string };
}

export const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock'];

export function emptyFacts(ecosystem: Ecosystem): ManifestFacts {
  return { ecosystem, dependencies: [], lock: 'none', lockfiles: [], lockInParent: false };
}
