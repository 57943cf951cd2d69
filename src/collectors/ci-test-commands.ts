// Decides whether a CI `run:` script invokes a test runner. The script is split into simple
// commands (ci-shell-commands.ts), then each command is read from its first word: wrappers (`npx`,
// `uv run`, `sudo`, `env X=1`…) are looked through and the command left must be a known test
// runner. `echo pytest` is therefore not a test: `echo` is the command.

import { afterOptions, commandName, operands, shorten } from './ci-command-words.js';
import { shellCommands } from './ci-shell-commands.js';

/** The first command in `script` that runs tests, as written (words joined by one space, ≤ 80 chars). */
export function findTestCommand(script: string): string | undefined {
  for (const words of shellCommands(script)) {
    const start = skipShellKeywords(words, 0);
    if (runsTests(words.slice(start), 0)) return shorten(words.slice(start).join(' '));
  }
  return undefined;
}

const SHELL_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time', 'exec', 'command', 'nohup']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

function skipShellKeywords(words: readonly string[], start: number): number {
  let i = start;
  while (i < words.length && SHELL_KEYWORDS.has(words[i] as string)) i += 1;
  return i;
}

interface Wrapper {
  /** The word that must follow the wrapper's name, e.g. `run` in `poetry run`. */
  subcommand?: string;
  /** Options that take the next word as their value. */
  valueFlags?: readonly string[];
  /** Positional words before the wrapped command, e.g. the duration of `timeout 10m`. */
  positional?: number;
}

// Maps, not object literals: a command named `constructor` or `toString` must not find a prototype member.
const WRAPPERS = new Map<string, Wrapper>(Object.entries({
  npx: { valueFlags: ['-p', '--package'] },
  bunx: { valueFlags: ['-p', '--package'] },
  pnpx: {},
  uvx: { valueFlags: ['--from', '--with', '--python', '-p'] },
  poetry: { subcommand: 'run' },
  uv: { subcommand: 'run', valueFlags: ['--with', '--python', '-p', '--extra', '--group', '--only-group', '--package', '--directory', '--project', '--env-file'] },
  pipenv: { subcommand: 'run' },
  rye: { subcommand: 'run' },
  bundle: { subcommand: 'exec' },
  'xvfb-run': { valueFlags: ['-s', '--server-args', '-n', '--server-num', '-e', '--error-file', '-f', '--auth-file', '-p', '--xauth-protocol', '-w', '--wait'] },
  sudo: { valueFlags: ['-u', '-g', '-U', '-C', '-p', '-h'] },
  env: { valueFlags: ['-u', '--unset', '-C', '--chdir'] },
  'cross-env': {},
  timeout: { valueFlags: ['-k', '--kill-after', '-s', '--signal'], positional: 1 },
  nice: { valueFlags: ['-n'] },
}));

// A project script whose name starts with `test` runs tests, like `npm run test:unit`.
const SCRIPT_RUNNERS = new Set(['pdm', 'hatch']);

const RUNNERS = new Map<string, (args: readonly string[]) => boolean>(Object.entries({
  pytest: () => true,
  'py.test': () => true,
  unittest: () => true,
  tox: () => true,
  nox: () => true,
  vitest: () => true,
  jest: () => true,
  mocha: () => true,
  ava: () => true,
  playwright: (args) => operands(args)[0] === 'test',
  node: nodeRunsTests,
  go: (args) => operands(args)[0] === 'test',
  gotestsum: () => true,
  mvn: mavenRunsTests,
  mvnw: mavenRunsTests,
  gradle: gradleRunsTests,
  gradlew: gradleRunsTests,
  cargo: cargoRunsTests,
  cross: cargoRunsTests,
  'wasm-pack': (args) => operands(args)[0] === 'test',
  dotnet: (args) => operands(args)[0] === 'test',
  rspec: () => true,
  rails: (args) => isRubyTestTask(operands(args)[0]),
  rake: (args) => operands(args).some(isRubyTestTask),
  phpunit: () => true,
  make: (args) => operands(args, ['-C', '-f', '--directory', '--file']).some((t) => t === 'test' || t.startsWith('test-')),
  'manage.py': (args) => operands(args)[0] === 'test',
  nx: nxRunsTests,
  turbo: (args: readonly string[]) => operands(args).some((task) => task.startsWith('test')),
}));

const MAVEN_VALUE_FLAGS = ['-f', '--file', '-pl', '--projects', '-P', '--activate-profiles', '-s', '--settings', '-gs', '--global-settings', '-T', '--threads', '-rf', '--resume-from', '-t', '--toolchains', '-l', '--log-file', '-b', '--builder', '-D'];
const GRADLE_VALUE_FLAGS = ['-x', '--exclude-task', '-p', '--project-dir', '-b', '--build-file', '-c', '--settings-file', '-g', '--gradle-user-home', '-I', '--init-script', '-D', '-P', '--console'];
const PACKAGE_MANAGER_VALUE_FLAGS = new Map<string, readonly string[]>([
  ['npm', ['--prefix', '-w', '--workspace', '-C']],
  ['pnpm', ['--filter', '-F', '-C', '--dir', '--reporter']],
  ['yarn', ['--cwd']],
  ['bun', ['--cwd', '--filter']],
]);

function runsTests(words: readonly string[], depth: number): boolean {
  let i = 0;
  while (i < words.length && ASSIGNMENT.test(words[i] as string)) i += 1;
  const command = words[i];
  if (command === undefined || depth > 8) return false;
  const name = commandName(command);
  const args = words.slice(i + 1);
  const runner = RUNNERS.get(name);
  if (runner) return runner(args);
  const managerValueFlags = PACKAGE_MANAGER_VALUE_FLAGS.get(name);
  if (managerValueFlags) return packageManagerRunsTests(name, managerValueFlags, args, depth);
  if (/^(python(\d+(\.\d+)*)?|py|pypy\d*)$/.test(name)) return pythonRunsTests(args, depth);
  if ((name === 'bash' || name === 'sh') && args[0] === '-c' && args[1] !== undefined) {
    return shellCommands(args[1]).some((inner) => runsTests(inner.slice(skipShellKeywords(inner, 0)), depth + 1));
  }
  if (TEST_SCRIPT.test(name)) return true;
  if ((name === 'bash' || name === 'sh') && args[0] !== undefined && TEST_SCRIPT.test(commandName(args[0]))) return true;
  const inContainer = composeRunCommand(name, args);
  if (inContainer !== undefined) return runsTests(inContainer, depth + 1);
  if (name === 'coverage' && args[0] === 'run') return pythonRunsTests(args.slice(1), depth);
  if (name === 'hatch' && args[0] === 'test') return true;
  if (SCRIPT_RUNNERS.has(name) && args[0] === 'run') {
    const script = afterOptions(args.slice(1), [], 0);
    return script[0]?.startsWith('test') === true || runsTests(script, depth + 1);
  }
  const wrapper = WRAPPERS.get(name);
  if (!wrapper) return false;
  let rest = args;
  if (wrapper.subcommand !== undefined) {
    if (args[0] !== wrapper.subcommand) return false;
    rest = args.slice(1);
  }
  return runsTests(afterOptions(rest, wrapper.valueFlags ?? [], wrapper.positional ?? 0), depth + 1);
}

/** A project's own test script: `test.sh`, `tests-start.sh`, `run-tests.sh`, `run_tests.bash`. */
const TEST_SCRIPT = /^(run[-_]?)?tests?([-_.][A-Za-z0-9_.-]*)?\.(sh|bash)$/;

const COMPOSE_GLOBAL_VALUE_FLAGS = ['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory'];
const COMPOSE_RUN_VALUE_FLAGS = ['-e', '--env', '-w', '--workdir', '-u', '--user', '--name', '--entrypoint', '-p', '--publish', '-v', '--volume', '-l', '--label', '--index'];

/** The command that `docker compose run|exec [options] SERVICE command…` (or `docker-compose`) runs in a container. */
function composeRunCommand(name: string, args: readonly string[]): string[] | undefined {
  let rest: string[] | undefined;
  if (name === 'docker' && args[0] === 'compose') rest = afterOptions(args.slice(1), COMPOSE_GLOBAL_VALUE_FLAGS, 0);
  else if (name === 'docker-compose') rest = afterOptions(args, COMPOSE_GLOBAL_VALUE_FLAGS, 0);
  if (rest === undefined || (rest[0] !== 'run' && rest[0] !== 'exec')) return undefined;
  return afterOptions(rest.slice(1), COMPOSE_RUN_VALUE_FLAGS, 1);
}

/** `npm test`, `yarn test:unit`, `pnpm --filter web run test`, `npm exec jest`, `yarn jest`… */
function packageManagerRunsTests(
  manager: string,
  valueFlags: readonly string[],
  args: readonly string[],
  depth: number,
): boolean {
  let i = 0;
  while (i < args.length) {
    const arg = args[i] as string;
    if (arg.startsWith('-')) i += valueFlags.includes(arg) ? 2 : 1;
    else if (manager === 'yarn' && arg === 'workspace') i += 2;
    else if (manager === 'yarn' && arg === 'workspaces' && args[i + 1] === 'foreach') i += 2;
    else break;
  }
  const subcommand = args[i];
  const rest = args.slice(i + 1);
  if (subcommand === undefined) return false;
  if (manager === 'npm' && (subcommand === 't' || subcommand === 'tst')) return true;
  if (subcommand === 'test' || (manager !== 'npm' && subcommand.startsWith('test'))) return true;
  if (['run', 'run-script', 'rum', 'urn'].includes(subcommand)) {
    const script = afterOptions(rest, valueFlags, 0);
    return script[0]?.startsWith('test') === true || runsTests(script, depth + 1);
  }
  if (['exec', 'dlx', 'x'].includes(subcommand)) return runsTests(afterOptions(rest, valueFlags, 0), depth + 1);
  return manager !== 'npm' && manager !== 'bun' && runsTests([subcommand, ...rest], depth + 1);
}

/** `python -m pytest`, `python3.12 -m unittest`, `python manage.py test`, `coverage run -m pytest`. */
function pythonRunsTests(args: readonly string[], depth: number): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-m') return runsTests(args.slice(i + 1), depth + 1);
    if (arg === '-c') return false;
    if (arg === '-W' || arg === '-X' || arg === '--source' || arg === '--rcfile') i += 1;
    else if (!arg.startsWith('-')) return runsTests(args.slice(i), depth + 1);
  }
  return false;
}

/** A `test` or `verify` goal, unless tests are skipped with `-DskipTests` / `-Dmaven.test.skip`. */
function mavenRunsTests(args: readonly string[]): boolean {
  if (args.some((arg) => /^-D(skipTests|maven\.test\.skip)(=true)?$/.test(arg))) return false;
  return operands(args, MAVEN_VALUE_FLAGS).some((goal) => goal === 'test' || goal === 'verify');
}

/** A `test`, `check` or `build` task (also `:app:test`), unless `-x test` excludes the tests. */
function gradleRunsTests(args: readonly string[]): boolean {
  if (args.some((arg, i) => (arg === '-x' || arg === '--exclude-task') && args[i + 1] === 'test')) return false;
  return operands(args, GRADLE_VALUE_FLAGS).some(isGradleTestTask);
}

function cargoRunsTests(args: readonly string[]): boolean {
  if (args.includes('--no-run')) return false;
  const [subcommand, ...rest] = operands(args.filter((arg) => !arg.startsWith('+')), ['-Z', '--config', '-C']);
  if (subcommand === 'test' || subcommand === 'nextest') return true;
  if (subcommand === 'llvm-cov') return !['report', 'clean', 'show-env'].includes(rest[0] ?? '');
  if (subcommand === 'hack' || subcommand === 'miri') return rest.some((word) => word === 'test' || word === 'nextest');
  return false;
}

function nxRunsTests(args: readonly string[]): boolean {
  const [target, project] = operands(args);
  if (target === 'test' || target === 'affected:test') return true;
  if (target === 'run') return project !== undefined && /:test(:|$)/.test(project);
  if (target !== 'run-many' && target !== 'affected') return false;
  return args.some(
    (arg, i) =>
      ((arg === '-t' || arg === '--target' || arg === '--targets') && args[i + 1]?.split(',').includes('test')) ||
      (/^--targets?=/.test(arg) && arg.slice(arg.indexOf('=') + 1).split(',').includes('test')),
  );
}

/** `node --test`: the built-in runner, asked for before any script name. */
function nodeRunsTests(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--test') return true;
    if (!arg.startsWith('-')) return false;
  }
  return false;
}

function isGradleTestTask(task: string): boolean {
  const name = task.slice(task.lastIndexOf(':') + 1);
  return name === 'test' || name === 'check' || name === 'build';
}

function isRubyTestTask(task: string | undefined): boolean {
  return task !== undefined && /^(test|spec)(:|$)/.test(task);
}
