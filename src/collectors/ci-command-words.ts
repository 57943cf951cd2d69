// Small readers for the words of one shell command (as split by ci-shell-commands.ts), shared by the
// CI command classifiers.

const SHELL_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time', 'exec', 'command', 'nohup']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The words from the command's name on: leading shell keywords and `VAR=value` assignments dropped. */
export function commandStart(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length && (SHELL_KEYWORDS.has(words[i] as string) || ASSIGNMENT.test(words[i] as string))) i += 1;
  return words.slice(i);
}

/** `./node_modules/.bin/eslint` → `eslint`; `.\gradlew.bat` → `gradlew`; `trivy.exe` → `trivy`. */
export function commandName(command: string): string {
  const base = command.slice(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
  return base.replace(/\.(exe|cmd|bat)$/i, '');
}

/** The words that are not options (or option values) nor `VAR=value` assignments. */
export function operands(args: readonly string[], valueFlags: readonly string[] = []): string[] {
  const found: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('-')) {
      if (valueFlags.includes(arg)) i += 1;
    } else if (!ASSIGNMENT.test(arg)) found.push(arg);
  }
  return found;
}

/**
 * The words after leading options (and their values, for `valueFlags`), `--`, `positional` values (the
 * duration of `timeout 10m`) and assignments.
 */
export function afterOptions(args: readonly string[], valueFlags: readonly string[] = [], positional = 0): string[] {
  let i = 0;
  while (i < args.length && (args[i] as string).startsWith('-')) {
    const arg = args[i] as string;
    i += valueFlags.includes(arg) ? 2 : 1;
    if (arg === '--') break;
  }
  i += positional;
  while (i < args.length && ASSIGNMENT.test(args[i] as string)) i += 1;
  return args.slice(i);
}

/** True when one of `flags` is given, alone or as `--flag=value`. */
export function hasFlag(args: readonly string[], flags: readonly string[]): boolean {
  return args.some((arg) => flags.includes(arg) || flags.some((flag) => flag.startsWith('--') && arg.startsWith(`${flag}=`)));
}

export function shorten(command: string): string {
  return command.length <= 80 ? command : `${command.slice(0, 79)}…`;
}
