// Splits a Dockerfile into instructions the way BuildKit's parser does
// (moby/buildkit frontend/dockerfile/parser/parser.go): parser directives, line continuations,
// comments, and heredoc bodies, which are content and never instructions.

export interface DockerInstruction {
  /** Upper-case, e.g. `FROM`. */
  keyword: string;
  /** Everything after the keyword, continuation lines joined, trimmed. */
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
}

export interface ParsedDockerfile {
  instructions: DockerInstruction[];
  /** Set when BuildKit would refuse the file; the instructions read so far are still returned. */
  problem?: { message: string; line: number };
}

// Only these instructions take heredocs (BuildKit's heredocDirectives), also behind ONBUILD.
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = text.split('\n');
  const instructions: DockerInstruction[] = [];
  let escape = '\\';
  let readingDirectives = true;
  let i = 0;
  while (i < lines.length) {
    const lineNumber = i + 1;
    // trimStart also drops a byte-order mark, which JavaScript counts as white space.
    const first = withoutNewline(lines[i] as string).trimStart();
    i += 1;
    if (readingDirectives) {
      // Directives count only before any other line, comment or instruction.
      const directive = parserDirective(first);
      if (directive === undefined) readingDirectives = false;
      else if (directive.key === 'escape' && (directive.value === '`' || directive.value === '\\')) escape = directive.value;
    }
    if (first.startsWith('#')) continue;
    let { text: joined, continues } = trimContinuation(first, escape);
    if (!continues && joined.trim() === '') continue;
    while (continues && i < lines.length) {
      const next = withoutNewline(lines[i] as string);
      i += 1;
      const trimmed = next.trimStart();
      // Comment and blank lines inside a continuation are dropped, not joined.
      if (trimmed.startsWith('#') || trimmed === '') continue;
      const part = trimContinuation(next, escape);
      joined += part.text;
      continues = part.continues;
    }
    const instruction = splitInstruction(joined, lineNumber);
    instructions.push(instruction);
    for (const delimiter of heredocDelimiters(instruction)) {
      const end = heredocEnd(lines, i, delimiter);
      if (end === undefined) {
        return { instructions, problem: { message: `heredoc \`${delimiter.name}\` is never closed`, line: lineNumber } };
      }
      i = end;
    }
  }
  return { instructions };
}

function withoutNewline(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** `# escape=\`` → { key: 'escape', value: '`' }; undefined when the line is not a directive. */
function parserDirective(line: string): { key: string; value: string } | undefined {
  if (!line.startsWith('#')) return undefined;
  const equals = line.indexOf('=');
  if (equals === -1) return undefined;
  const key = line.slice(1, equals).trim().toLowerCase();
  const value = line.slice(equals + 1).trim();
  if (value === '' || (key !== 'escape' && key !== 'syntax') || !/^[a-z][a-z0-9]*$/.test(key)) return undefined;
  return { key, value };
}

/** An escape character ending a line (after spaces) continues it, unless it is itself escaped. */
function trimContinuation(line: string, escape: string): { text: string; continues: boolean } {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  if (end === 0 || line[end - 1] !== escape) return { text: line, continues: false };
  if (end >= 2 && line[end - 2] === escape) return { text: line, continues: false };
  return { text: line.slice(0, end - 1), continues: true };
}

function splitInstruction(joined: string, line: number): DockerInstruction {
  const text = joined.trim();
  const space = text.search(/\s/);
  if (space === -1) return { keyword: text.toUpperCase(), args: '', line };
  return { keyword: text.slice(0, space).toUpperCase(), args: text.slice(space + 1).trim(), line };
}

interface HeredocDelimiter {
  name: string;
  stripTabs: boolean;
}

/** The heredocs an instruction opens, in order: `<<EOF`, `<<-EOT`, `<<"EOF"`, `3<<EOF`. */
function heredocDelimiters(instruction: DockerInstruction): HeredocDelimiter[] {
  let keyword = instruction.keyword;
  let args = instruction.args;
  if (keyword === 'ONBUILD') {
    const inner = splitInstruction(args, instruction.line);
    keyword = inner.keyword;
    args = inner.args;
  }
  if (!HEREDOC_INSTRUCTIONS.has(keyword) || isJsonArray(args)) return [];
  const delimiters: HeredocDelimiter[] = [];
  for (const word of args.split(/[ \t]+/)) {
    const match = /^\d*<<(-?)([^<]+)$/.exec(word);
    if (!match) continue;
    const name = (match[2] as string).replace(/["']/g, '');
    if (name !== '') delimiters.push({ name, stripTabs: match[1] === '-' });
  }
  return delimiters;
}

function isJsonArray(args: string): boolean {
  if (!args.startsWith('[')) return false;
  try {
    const value: unknown = JSON.parse(args);
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  } catch {
    // Not JSON, so BuildKit reads it as a shell command, which may hold heredocs.
    return false;
  }
}

/** The index of the line after the heredoc's closing delimiter, undefined when it never closes. */
function heredocEnd(lines: readonly string[], start: number, delimiter: HeredocDelimiter): number | undefined {
  for (let i = start; i < lines.length; i++) {
    let line = withoutNewline(lines[i] as string);
    if (delimiter.stripTabs) line = line.replace(/^\t+/, '');
    if (line === delimiter.name) return i + 1;
  }
  return undefined;
}
