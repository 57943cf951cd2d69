// A small shell reader for CI `run:` scripts: it splits a script into simple commands the way a
// shell would (quotes, comments, line continuations, heredoc bodies, `&&`, `|`, `;`, `$(`…) so the
// first word of each command is the command. It never expands variables or runs anything.

/** Splits a script into simple commands (lists of words), dropping comments and heredoc bodies. */
export function shellCommands(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let heredocs: Heredoc[] = [];
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  let i = 0;
  while (i < script.length) {
    const c = script[i] as string;
    const next = script[i + 1];
    if (c === '\\' && (next === '\n' || (next === '\r' && script[i + 2] === '\n'))) {
      i += next === '\n' ? 2 : 3;
    } else if (c === '\\' && next !== undefined && SHELL_SPECIAL.has(next)) {
      word += next;
      inWord = true;
      i += 2;
    } else if (c === "'" || c === '"') {
      const end = closingQuote(script, i);
      word += script.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '$' && next === '{' && script[i + 2] === '{') {
      // A GitHub expression is one word even when it holds spaces or `||`.
      const end = script.indexOf('}}', i + 3);
      const stop = end === -1 ? script.length : end + 2;
      word += script.slice(i, stop);
      inWord = true;
      i = stop;
    } else if (c === '$' && next === '(') {
      endCommand();
      i += 2;
    } else if (c === '#' && !inWord) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
    } else if (c === '\n') {
      endCommand();
      i = skipHeredocBodies(script, i + 1, heredocs);
      heredocs = [];
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i += 1;
    } else if (COMMAND_SEPARATORS.has(c) && !isRedirection(c, word)) {
      endCommand();
      i += 1;
    } else if (c === '<' && next === '<' && script[i + 2] !== '<') {
      endWord();
      i = readHeredocOperator(script, i + 2, heredocs);
    } else {
      word += c;
      inWord = true;
      i += 1;
    }
  }
  endCommand();
  return commands;
}

interface Heredoc {
  delimiter: string;
  stripTabs: boolean;
}

const COMMAND_SEPARATORS = new Set([';', '&', '|', '(', ')', '`']);
const HEREDOC_DELIMITER_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '<', '>', '(', ')', '`']);
// Only these are escaped by a backslash; elsewhere it is kept so Windows paths (`.\gradlew.bat`)
// survive in PowerShell and cmd steps.
const SHELL_SPECIAL = new Set([' ', '\t', '\\', '"', "'", '$', '`', ';', '&', '|', '(', ')', '<', '>', '#', '*', '?']);

/** The `&` of `2>&1` or `<&3` duplicates a file descriptor; it does not end the command. */
function isRedirection(c: string, word: string): boolean {
  return c === '&' && (word.endsWith('>') || word.endsWith('<'));
}

function closingQuote(script: string, open: number): number {
  const quote = script[open];
  let i = open + 1;
  while (i < script.length && script[i] !== quote) i += quote === '"' && script[i] === '\\' ? 2 : 1;
  return Math.min(i, script.length);
}

function readHeredocOperator(script: string, start: number, heredocs: Heredoc[]): number {
  let i = start;
  const stripTabs = script[i] === '-';
  if (stripTabs) i += 1;
  while (script[i] === ' ' || script[i] === '\t') i += 1;
  let delimiter = '';
  while (i < script.length && !HEREDOC_DELIMITER_END.has(script[i] as string)) {
    const c = script[i] as string;
    if (c !== "'" && c !== '"' && c !== '\\') delimiter += c;
    i += 1;
  }
  if (delimiter !== '') heredocs.push({ delimiter, stripTabs });
  return i;
}

function skipHeredocBodies(script: string, start: number, heredocs: readonly Heredoc[]): number {
  let i = start;
  for (const heredoc of heredocs) {
    while (i < script.length) {
      const newline = script.indexOf('\n', i);
      const end = newline === -1 ? script.length : newline;
      let line = script.slice(i, end).replace(/\r$/, '');
      if (heredoc.stripTabs) line = line.replace(/^\t+/, '');
      i = end + 1;
      if (line === heredoc.delimiter) break;
    }
  }
  return Math.min(i, script.length);
}
