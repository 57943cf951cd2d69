// Decides what a CI `run:` script does besides testing: lint, build, security scan, deploy. The
// script is split into simple commands (ci-shell-commands.ts); each command is read from its name
// after looking through wrappers (`npx`, `uv run`, `bundle exec`, `sudo`, `bash -c '…'`), package
// manager scripts (`npm run lint`, `pnpm -r build`, `yarn npm publish`), task runners (`make lint`,
// `tox -e typing`, `nx run-many -t build`) and `python -m` / `go run`; the tool left is looked up in
// ci-purpose-tools.ts. Like the test detector, `echo docker push` is not a deploy: `echo` is the command.
import { afterOptions, commandName, commandStart, operands, shorten } from './ci-command-words.js';
import { PURPOSE_TOOLS } from './ci-purpose-tools.js';
import type { CiPurpose } from './ci-purpose-tools.js';
import { shellCommands } from './ci-shell-commands.js';

export interface PurposeCommand {
  purpose: CiPurpose;
  /** The command as written (words joined by one space, ≤ 80 chars). */
  command: string;
}

/** Each purpose the script shows, with the first command that shows it, in script order. */
export function commandPurposes(script: string): PurposeCommand[] {
  const found: PurposeCommand[] = [];
  for (const words of shellCommands(script)) {
    const command = commandStart(words);
    for (const purpose of purposesOf(command, 0)) {
      if (!found.some((entry) => entry.purpose === purpose)) found.push({ purpose, command: shorten(command.join(' ')) });
    }
  }
  return found;
}

interface Wrapper {
  /** The word that must follow the wrapper's name, e.g. `run` in `poetry run`. */
  subcommand?: string;
  valueFlags?: readonly string[];
  /** Positional words before the wrapped command, e.g. the duration of `timeout 10m`. */
  positional?: number;
}

const WRAPPERS = new Map<string, Wrapper>(Object.entries({
  npx: { valueFlags: ['-p', '--package'] },
  bunx: { valueFlags: ['-p', '--package'] },
  pnpx: {},
  uvx: { valueFlags: ['--from', '--with', '--python', '-p'] },
  poetry: { subcommand: 'run' },
  uv: { subcommand: 'run', valueFlags: ['--with', '--python', '-p', '--extra', '--group', '--only-group', '--package', '--directory', '--project', '--env-file'] },
  pipenv: { subcommand: 'run' },
  rye: { subcommand: 'run' },
  pdm: { subcommand: 'run' },
  hatch: { subcommand: 'run', valueFlags: ['-e', '--env'] },
  bundle: { subcommand: 'exec' },
  sudo: { valueFlags: ['-u', '-g', '-U', '-C', '-p', '-h'] },
  env: { valueFlags: ['-u', '--unset', '-C', '--chdir'] },
  'cross-env': {},
  timeout: { valueFlags: ['-k', '--kill-after', '-s', '--signal'], positional: 1 },
  nice: { valueFlags: ['-n'] },
  'xvfb-run': { valueFlags: ['-s', '--server-args', '-n', '--server-num'] },
}));

// Python packaging front ends that build and publish without a `run` (`uv build`, `poetry publish`).
const PACKAGING = new Map<string, ReadonlyMap<string, CiPurpose>>(
  ['uv', 'poetry', 'pdm', 'hatch'].map((tool) => [tool, new Map<string, CiPurpose>([['build', 'build'], ['publish', 'deploy']])]),
);
PACKAGING.set('bundle', new Map([['audit', 'security-scan']]));

const PACKAGE_MANAGER_VALUE_FLAGS = new Map<string, readonly string[]>([
  ['npm', ['--prefix', '-w', '--workspace', '-C']],
  ['pnpm', ['--filter', '-F', '-C', '--dir', '--reporter']],
  ['yarn', ['--cwd']],
  ['bun', ['--cwd', '--filter']],
]);

function purposesOf(words: readonly string[], depth: number): readonly CiPurpose[] {
  const command = commandStart(words);
  const first = command[0];
  if (first === undefined || depth > 8) return [];
  const name = commandName(first);
  const args = command.slice(1);
  if ((name === 'bash' || name === 'sh') && args[0] === '-c' && args[1] !== undefined) {
    return shellCommands(args[1]).flatMap((inner) => purposesOf(inner, depth + 1));
  }
  const managerValueFlags = PACKAGE_MANAGER_VALUE_FLAGS.get(name);
  if (managerValueFlags) return packageManagerPurposes(name, managerValueFlags, args, depth);
  if (/^(python(\d+(\.\d+)*)?|py|pypy\d*)$/.test(name)) return pythonPurposes(args, depth);
  if (name === 'go' && (args[0] === 'run' || args[0] === 'tool')) return goToolPurposes(args.slice(1), depth);
  const tasks = taskRunnerTasks(name, args);
  if (tasks !== undefined) return tasks.flatMap(taskPurposes);
  const packaging = PACKAGING.get(name)?.get(args[0] ?? '');
  if (packaging !== undefined) return [packaging];
  const tool = PURPOSE_TOOLS.get(name);
  if (tool) return tool(args);
  const wrapper = WRAPPERS.get(name);
  if (!wrapper) return [];
  let rest = args;
  if (wrapper.subcommand !== undefined) {
    if (args[0] !== wrapper.subcommand) return [];
    rest = args.slice(1);
  }
  const wrapped = afterOptions(rest, wrapper.valueFlags ?? []).slice(wrapper.positional ?? 0);
  const purposes = purposesOf(wrapped, depth + 1);
  // `pdm run` and `hatch run` also run the project's own scripts by name (`pdm run lint`).
  return purposes.length === 0 && (name === 'pdm' || name === 'hatch') && wrapped[0] !== undefined ? taskPurposes(wrapped[0]) : purposes;
}

/** `npm run lint`, `pnpm -r build`, `yarn workspace web build`, `npm publish`, `yarn npm audit`, `pnpm exec eslint`… */
function packageManagerPurposes(manager: string, valueFlags: readonly string[], args: readonly string[], depth: number): readonly CiPurpose[] {
  let i = 0;
  while (i < args.length) {
    const arg = args[i] as string;
    if (arg.startsWith('-')) i += valueFlags.includes(arg) ? 2 : 1;
    else if (manager === 'yarn' && arg === 'workspace') i += 2;
    else if (manager === 'yarn' && arg === 'npm') i += 1;
    else break;
  }
  const subcommand = args[i];
  const rest = args.slice(i + 1);
  if (subcommand === undefined) return [];
  if (subcommand === 'publish') return ['deploy'];
  if (subcommand === 'audit') return rest[0] === 'fix' ? [] : ['security-scan'];
  if (subcommand === 'pack') return ['build'];
  if (manager === 'bun' && subcommand === 'build') return ['build'];
  if (['run', 'run-script', 'rum', 'urn'].includes(subcommand)) {
    const script = afterOptions(rest, valueFlags);
    return script[0] === undefined ? [] : taskPurposes(script[0]);
  }
  if (['exec', 'dlx', 'x'].includes(subcommand)) return purposesOf(afterOptions(rest, valueFlags), depth + 1);
  // npm runs only its own subcommands; the others also run a script or a binary by its bare name.
  if (manager === 'npm') return [];
  const asScript = taskPurposes(subcommand);
  return asScript.length > 0 ? asScript : purposesOf([subcommand, ...rest], depth + 1);
}

/** `python -m build`, `python3 -m mypy`, `python -m twine upload`, `python setup.py sdist`. */
function pythonPurposes(args: readonly string[], depth: number): readonly CiPurpose[] {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-m') {
      const [module, ...rest] = args.slice(i + 1);
      if (module === undefined) return [];
      // Modules are named with underscores where their commands use dashes: pip_audit is pip-audit.
      if (module === 'build') return ['build'];
      return purposesOf([module.replace(/_/g, '-'), ...rest], depth + 1);
    }
    if (arg === '-c') return [];
    if (arg === '-W' || arg === '-X') i += 1;
    else if (!arg.startsWith('-')) return arg.endsWith('setup.py') ? setupPyPurposes(args.slice(i + 1)) : [];
  }
  return [];
}

function setupPyPurposes(args: readonly string[]): CiPurpose[] {
  const commands = operands(args);
  const purposes: CiPurpose[] = [];
  if (commands.some((command) => ['sdist', 'bdist_wheel', 'build', 'bdist'].includes(command))) purposes.push('build');
  if (commands.includes('upload')) purposes.push('deploy');
  return purposes;
}

/** `go run golang.org/x/vuln/cmd/govulncheck@latest ./...` runs govulncheck; so does `go tool govulncheck`. */
function goToolPurposes(args: readonly string[], depth: number): readonly CiPurpose[] {
  const [target, ...rest] = afterOptions(args, ['-exec', '-tags', '-C']);
  if (target === undefined || target.endsWith('.go') || target.startsWith('.')) return [];
  const tool = target.replace(/@.*$/, '');
  return purposesOf([tool.slice(tool.lastIndexOf('/') + 1), ...rest], depth + 1);
}

/**
 * The tasks a task runner is asked for: make/just/rake targets (bare `make` builds its default target),
 * tox `-e` and nox `-s` environments, nx targets, turbo and lerna `run` tasks. Undefined for other commands.
 */
function taskRunnerTasks(name: string, args: readonly string[]): string[] | undefined {
  if (name === 'make' || name === 'gmake') {
    const targets = operands(args, ['-C', '-f', '--directory', '--file', '-j', '--jobs']).filter((target) => !/^\d+$/.test(target));
    return targets.length === 0 ? ['build'] : targets.map((target) => (target === 'all' ? 'build' : target));
  }
  if (name === 'just') return operands(args, ['-f', '--justfile', '-d', '--working-directory']);
  if (name === 'rake') return operands(args, ['-f', '--rakefile', '-C', '--directory']);
  if (name === 'tox' || name === 'nox') return optionValues(args, ['-e', '-s', '--session', '--sessions']).flatMap((value) => value.split(','));
  if (name === 'turbo' || name === 'lerna') {
    const [first, ...rest] = operands(args, ['--filter', '-F', '--scope', '--concurrency']);
    if (name === 'lerna') return first === 'run' ? rest.slice(0, 1) : [];
    return first === 'run' ? rest : first === undefined ? [] : [first, ...rest];
  }
  if (name === 'nx') return nxTargets(args);
  return undefined;
}

function nxTargets(args: readonly string[]): string[] {
  const [target, project] = operands(args, ['-t', '--target', '--targets', '-p', '--projects', '-c', '--configuration', '--base', '--head']);
  if (target === 'run') return project === undefined ? [] : project.split(':').slice(1, 2);
  if (target === 'run-many' || target === 'affected') {
    // `-t build lint` takes every word up to the next option.
    const targets: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (/^--targets?=|^-t=/.test(arg)) targets.push(...arg.slice(arg.indexOf('=') + 1).split(','));
      if (arg !== '-t' && arg !== '--target' && arg !== '--targets') continue;
      for (let j = i + 1; j < args.length && !(args[j] as string).startsWith('-'); j++) targets.push(...(args[j] as string).split(','));
    }
    return targets;
  }
  return target === undefined ? [] : [target.replace(/^affected:/, '')];
}

/** Values of options such as `-e lint` or `-e=lint`. */
function optionValues(args: readonly string[], flags: readonly string[]): string[] {
  const values: string[] = [];
  args.forEach((arg, i) => {
    const next = args[i + 1];
    if (flags.includes(arg) && next !== undefined) values.push(next);
    const flag = flags.find((candidate) => arg.startsWith(`${candidate}=`));
    if (flag !== undefined) values.push(arg.slice(flag.length + 1));
  });
  return values;
}

const LINT_TASK = /^(lint|eslint|stylelint|typing|typecheck|type-check|check-types|mypy|pyright|flake8|pylint|ruff|pre-commit|clippy|rubocop|standard|(format|fmt|prettier|style)-check|check-(format|fmt|style))(-|$)/;
const BUILD_TASK = /^(build|compile)(-|$)/;
const DEPLOY_TASK = /^(deploy|publish)(-|$)/;

/** A script, target or environment named for its purpose: `lint:fix`, `build-docker`, `format:check`, `deploy_prod`. */
export function taskPurposes(task: string): CiPurpose[] {
  const name = task.toLowerCase().replace(/[:_]/g, '-');
  const purposes: CiPurpose[] = [];
  if (LINT_TASK.test(name)) purposes.push('lint');
  if (BUILD_TASK.test(name)) purposes.push('build');
  if (DEPLOY_TASK.test(name)) purposes.push('deploy');
  return purposes;
}

/** A task or bake target named for its purpose, or after the tool it runs (`lint`, `govulncheck`). */
export function namedTaskPurposes(task: string): readonly CiPurpose[] {
  const byName = taskPurposes(task);
  return byName.length > 0 ? byName : PURPOSE_TOOLS.get(task)?.([]) ?? [];
}
