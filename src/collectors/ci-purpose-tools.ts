// What a CI command does, read from its name and arguments: lint, build, security scan or deploy.
// Wrappers, package-manager scripts and task runners are looked through in ci-purpose-commands.ts;
// this table knows the tools themselves. A tool is listed only when its usual CI use is unambiguous
// (`prettier` lints only with `--check`; `vercel` deploys to production only with `--prod`).
import { hasFlag, operands } from './ci-command-words.js';

export type CiPurpose = 'lint' | 'build' | 'security-scan' | 'deploy';
type Classify = (args: readonly string[]) => readonly CiPurpose[];

const NONE: readonly CiPurpose[] = [];
const always = (...purposes: CiPurpose[]): Classify => () => purposes;
const withFlag = (flags: readonly string[], ...purposes: CiPurpose[]): Classify => (args) => (hasFlag(args, flags) ? purposes : NONE);
/** By the first operand (the subcommand); `'*'` is any other subcommand, or none. */
const bySubcommand = (table: Record<string, readonly CiPurpose[] | Classify>, valueFlags: readonly string[] = []): Classify => {
  const entries = new Map(Object.entries(table));
  return (args) => {
    const [subcommand] = operands(args, valueFlags);
    const found = entries.get(subcommand ?? '*') ?? entries.get('*') ?? NONE;
    return typeof found === 'function' ? found(args.slice(args.indexOf(subcommand ?? '') + 1)) : found;
  };
};
/** Any operand is one of `words`, e.g. the `deploy` of `gcloud run deploy` or `cap production deploy`. */
const withOperand = (words: readonly string[], ...purposes: CiPurpose[]): Classify => (args) =>
  operands(args).some((word) => words.includes(word)) ? purposes : NONE;

const LINT = ['lint'] as const;
const BUILD = ['build'] as const;
const SCAN = ['security-scan'] as const;
const DEPLOY = ['deploy'] as const;

const MAVEN_VALUE_FLAGS = ['-f', '--file', '-pl', '--projects', '-P', '--activate-profiles', '-s', '--settings', '-gs', '--global-settings', '-T', '--threads', '-rf', '--resume-from', '-t', '--toolchains', '-l', '--log-file', '-b', '--builder', '-D'];
const GRADLE_VALUE_FLAGS = ['-x', '--exclude-task', '-p', '--project-dir', '-b', '--build-file', '-c', '--settings-file', '-g', '--gradle-user-home', '-I', '--init-script', '-D', '-P', '--console'];

/** Maven phases and plugin goals. `verify` and later phases package the project; `deploy` uploads it. */
function mavenPurposes(args: readonly string[]): CiPurpose[] {
  const purposes = new Set<CiPurpose>();
  for (const goal of operands(args, MAVEN_VALUE_FLAGS)) {
    if (['compile', 'package', 'verify', 'install', 'deploy'].includes(goal)) purposes.add('build');
    if (goal === 'deploy') purposes.add('deploy');
    if (/(^|:)(checkstyle|spotless|pmd|spotbugs|cpd)[\w-]*:(check|cpd-check)$/.test(goal)) purposes.add('lint');
    if (goal.includes('dependency-check')) purposes.add('security-scan');
  }
  return [...purposes];
}

/** Gradle tasks, also as `:app:task`; `publishToMavenLocal` stays on the runner, so it is not a deploy. */
function gradlePurposes(args: readonly string[]): CiPurpose[] {
  const purposes = new Set<CiPurpose>();
  for (const task of operands(args, GRADLE_VALUE_FLAGS)) {
    const name = task.slice(task.lastIndexOf(':') + 1);
    if (/^(build|assemble\w*|jar|bootJar|shadowJar|bootBuildImage|installDist|dist(Zip|Tar))$/.test(name)) purposes.add('build');
    if (/^publish/.test(name) && name !== 'publishToMavenLocal') purposes.add('deploy');
    if (/^(spotlessCheck|ktlintCheck|detekt|checkstyle\w*|pmd\w*|spotbugs\w*|lint\w*)$/.test(name)) purposes.add('lint');
    if (/^dependencyCheck/.test(name)) purposes.add('security-scan');
  }
  return [...purposes];
}

const dockerBuild: Classify = (args) => (hasFlag(args, ['--push']) ? ['build', 'deploy'] : BUILD);

/** `docker build|push…`, `docker buildx build|bake --push`, `docker compose build|push`, `docker scout cves`. */
const docker = bySubcommand({
  build: dockerBuild,
  push: DEPLOY,
  image: bySubcommand({ build: BUILD, push: DEPLOY }),
  manifest: bySubcommand({ push: DEPLOY }),
  buildx: bySubcommand({ build: dockerBuild, bake: dockerBuild, imagetools: bySubcommand({ create: DEPLOY }) }, ['--builder']),
  compose: bySubcommand({ build: BUILD, push: DEPLOY }, ['-f', '--file', '-p', '--project-name', '--profile', '--env-file']),
  stack: bySubcommand({ deploy: DEPLOY }),
  scout: bySubcommand({ cves: SCAN, quickview: SCAN, recommendations: SCAN }),
}, ['-H', '--host', '-c', '--context', '--config']);

/** `cargo +nightly clippy` names a toolchain first; `cargo deny check` audits advisories unless other checks are named. */
const cargo = bySubcommand({
  build: BUILD, clippy: LINT, fmt: withFlag(['--check'], 'lint'), audit: SCAN, publish: DEPLOY,
  deny: (args) => {
    const checks = operands(args).filter((word) => word !== 'check');
    return checks.length === 0 || checks.includes('advisories') ? SCAN : NONE;
  },
}, ['-Z', '--config', '-C']);

const terraform = bySubcommand({ apply: DEPLOY, validate: LINT, fmt: withFlag(['-check', '--check'], 'lint') }, ['-chdir']);

/** Command name → purposes. Maps, not object literals, so a command named `constructor` finds nothing. */
export const PURPOSE_TOOLS = new Map<string, Classify>(Object.entries({
  // Linters, formatters in check mode, and type checkers (a type check is static analysis, like lint).
  eslint: always('lint'), flake8: always('lint'), pylint: always('lint'), mypy: always('lint'), pyright: always('lint'),
  basedpyright: always('lint'), 'golangci-lint': always('lint'), staticcheck: always('lint'), revive: always('lint'),
  rubocop: always('lint'), standardrb: always('lint'), shellcheck: always('lint'), hadolint: always('lint'),
  actionlint: always('lint'), yamllint: always('lint'), markdownlint: always('lint'), 'markdownlint-cli2': always('lint'),
  stylelint: always('lint'), oxlint: always('lint'), ktlint: always('lint'), detekt: always('lint'), phpcs: always('lint'),
  phpstan: always('lint'), psalm: always('lint'), swiftlint: always('lint'), tflint: always('lint'), 'clang-tidy': always('lint'),
  'vue-tsc': always('lint'), 'svelte-check': always('lint'), xo: always('lint'),
  ruff: bySubcommand({ format: withFlag(['--check', '--diff'], 'lint'), '*': LINT }),
  black: withFlag(['--check', '--diff'], 'lint'),
  isort: withFlag(['--check', '--check-only', '-c', '--diff'], 'lint'),
  prettier: withFlag(['--check', '-c', '--list-different', '-l'], 'lint'),
  gofmt: withFlag(['-l', '-d'], 'lint'),
  'clang-format': withFlag(['--dry-run', '-n', '--Werror'], 'lint'),
  'php-cs-fixer': withFlag(['--dry-run'], 'lint'),
  'pre-commit': bySubcommand({ run: LINT }),
  biome: bySubcommand({ check: LINT, lint: LINT, ci: LINT }),
  buf: bySubcommand({ lint: LINT, build: BUILD, push: DEPLOY }),
  sqlfluff: bySubcommand({ lint: LINT }),
  deno: bySubcommand({ lint: LINT, fmt: withFlag(['--check'], 'lint'), compile: BUILD }),
  mix: bySubcommand({ credo: LINT, format: withFlag(['--check-formatted'], 'lint'), compile: BUILD, 'hex.publish': DEPLOY }),
  tsc: (args) => (hasFlag(args, ['--noEmit']) ? LINT : BUILD),
  // Builders.
  webpack: always('build'), rollup: always('build'), esbuild: always('build'), tsup: always('build'), msbuild: always('build'),
  xcodebuild: always('build'), 'pyproject-build': always('build'), packer: bySubcommand({ build: BUILD }),
  vite: bySubcommand({ build: BUILD }), next: bySubcommand({ build: BUILD }), ng: bySubcommand({ build: BUILD }),
  cmake: withFlag(['--build'], 'build'), bazel: bySubcommand({ build: BUILD }), bazelisk: bySubcommand({ build: BUILD }),
  swift: bySubcommand({ build: BUILD }), zig: bySubcommand({ build: BUILD }), maturin: bySubcommand({ build: BUILD, publish: DEPLOY }),
  gem: bySubcommand({ build: BUILD, push: DEPLOY }),
  podman: bySubcommand({ build: BUILD, push: DEPLOY }), nerdctl: bySubcommand({ build: BUILD, push: DEPLOY }),
  buildah: bySubcommand({ bud: BUILD, build: BUILD, push: DEPLOY }),
  docker,
  mvn: mavenPurposes, mvnw: mavenPurposes, gradle: gradlePurposes, gradlew: gradlePurposes,
  go: bySubcommand({ build: BUILD, vet: LINT }),
  cargo: (args) => cargo(args.filter((arg) => !arg.startsWith('+'))),
  cross: bySubcommand({ build: BUILD }),
  dotnet: bySubcommand({
    build: BUILD, publish: BUILD, pack: BUILD,
    format: withFlag(['--verify-no-changes'], 'lint'),
    nuget: bySubcommand({ push: DEPLOY }),
    list: withFlag(['--vulnerable'], 'security-scan'),
  }),
  goreleaser: bySubcommand({ build: BUILD, release: (args) => (hasFlag(args, ['--snapshot']) ? BUILD : ['build', 'deploy']) }),
  // Security scanners: dependency audits, SAST, secret and image scanners.
  gitleaks: always('security-scan'), trufflehog: always('security-scan'), semgrep: always('security-scan'),
  bandit: always('security-scan'), 'pip-audit': always('security-scan'), govulncheck: always('security-scan'),
  gosec: always('security-scan'), 'osv-scanner': always('security-scan'), trivy: always('security-scan'),
  grype: always('security-scan'), 'bundle-audit': always('security-scan'), 'bundler-audit': always('security-scan'),
  brakeman: always('security-scan'), checkov: always('security-scan'), tfsec: always('security-scan'),
  kics: always('security-scan'), zizmor: always('security-scan'), retire: always('security-scan'),
  'audit-ci': always('security-scan'), 'better-npm-audit': always('security-scan'), nancy: always('security-scan'),
  'dependency-check': always('security-scan'), 'dependency-check.sh': always('security-scan'),
  safety: bySubcommand({ check: SCAN, scan: SCAN }),
  snyk: bySubcommand({ test: SCAN, monitor: SCAN, code: SCAN, container: SCAN, iac: SCAN }),
  composer: bySubcommand({ audit: SCAN }),
  codeql: bySubcommand({ database: bySubcommand({ analyze: SCAN }) }),
  // Deploys and releases: to a cluster, a cloud, a host, a package registry or a GitHub release.
  kubectl: bySubcommand({ apply: DEPLOY, replace: DEPLOY, set: DEPLOY, patch: DEPLOY, rollout: bySubcommand({ restart: DEPLOY }) }, ['-n', '--namespace', '--context', '--kubeconfig']),
  helm: bySubcommand({ upgrade: DEPLOY, install: DEPLOY, push: DEPLOY, lint: LINT, package: BUILD }, ['-n', '--namespace', '--kube-context']),
  helmfile: bySubcommand({ apply: DEPLOY, sync: DEPLOY, deploy: DEPLOY }, ['-f', '--file', '-e', '--environment']),
  terraform, tofu: terraform,
  pulumi: bySubcommand({ up: DEPLOY }), cdk: bySubcommand({ deploy: DEPLOY }),
  serverless: bySubcommand({ deploy: DEPLOY }), sls: bySubcommand({ deploy: DEPLOY }), sam: bySubcommand({ deploy: DEPLOY }),
  flyctl: bySubcommand({ deploy: DEPLOY }), fly: bySubcommand({ deploy: DEPLOY }),
  vercel: withFlag(['--prod'], 'deploy'), netlify: (args) => (operands(args)[0] === 'deploy' && hasFlag(args, ['--prod']) ? DEPLOY : NONE),
  wrangler: bySubcommand({ deploy: DEPLOY, publish: DEPLOY, pages: bySubcommand({ deploy: DEPLOY }) }),
  firebase: bySubcommand({ deploy: DEPLOY }), gcloud: withOperand(['deploy'], 'deploy'), eb: bySubcommand({ deploy: DEPLOY }),
  aws: bySubcommand({
    ecs: bySubcommand({ 'update-service': DEPLOY }), cloudformation: bySubcommand({ deploy: DEPLOY }),
    lambda: bySubcommand({ 'update-function-code': DEPLOY }), deploy: bySubcommand({ 'create-deployment': DEPLOY }),
  }, ['--region', '--profile', '--output']),
  az: bySubcommand({
    webapp: bySubcommand({ deploy: DEPLOY, up: DEPLOY }), containerapp: bySubcommand({ update: DEPLOY, up: DEPLOY }),
    functionapp: bySubcommand({ deployment: DEPLOY }),
  }),
  heroku: bySubcommand({ 'container:release': DEPLOY }), kamal: bySubcommand({ deploy: DEPLOY }), cap: withOperand(['deploy'], 'deploy'),
  skaffold: bySubcommand({ run: DEPLOY, deploy: DEPLOY }), argocd: bySubcommand({ app: bySubcommand({ sync: DEPLOY }) }),
  railway: bySubcommand({ up: DEPLOY }), fastapi: bySubcommand({ deploy: DEPLOY }), mkdocs: bySubcommand({ 'gh-deploy': DEPLOY }),
  gh: bySubcommand({ release: bySubcommand({ create: DEPLOY, upload: DEPLOY }) }, ['-R', '--repo']),
  'gh-pages': always('deploy'), 'semantic-release': always('deploy'),
  twine: bySubcommand({ upload: DEPLOY }), flit: bySubcommand({ build: BUILD, publish: DEPLOY }),
  changeset: bySubcommand({ publish: DEPLOY }), lerna: bySubcommand({ publish: DEPLOY }),
  vsce: bySubcommand({ publish: DEPLOY, package: BUILD }), ovsx: bySubcommand({ publish: DEPLOY }), nuget: bySubcommand({ push: DEPLOY }),
}));
