// What every analysis over one lexed file reads, and how it turns an offset into a finding.
import type { Finding, SourceFile } from '../../evidence.js';
import { type Flavour, lexJavaScript, type LexResult } from './lexer.js';
import { columnAt, indexLines, lineAt, type LineStarts } from './positions.js';
import type { TokenBuffer } from './tokens.js';

export interface ScanContext {
  file: SourceFile;
  text: string;
  lexed: LexResult;
  tokens: TokenBuffer;
  lines: LineStarts;
}

/** In .ts/.mts/.cts `<T>x` is a type assertion, so only these extensions may hold JSX. */
const JSX_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'tsx']);

function flavourOf(path: string): Flavour {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return { jsx: JSX_EXTENSIONS.has(extension), tsx: extension === 'tsx' };
}

/** Lexes a JavaScript or TypeScript file (JSX by its extension) into what the analyses read. */
export function createScanContext(file: SourceFile, text: string): ScanContext {
  const lexed = lexJavaScript(text, flavourOf(file.path));
  let lines: LineStarts | undefined;
  return {
    file,
    text,
    lexed,
    tokens: lexed.tokens,
    // Line starts are only needed to place a finding, and many files have none: index them on first use.
    get lines() {
      return (lines ??= indexLines(text));
    },
  };
}

export function findingAt(
  context: ScanContext,
  kind: string,
  offset: number,
  message: string,
  data?: Finding['data'],
): Finding {
  const finding: Finding = {
    kind,
    file: context.file.path,
    line: lineAt(context.lines, offset),
    column: columnAt(context.lines, offset),
    message,
  };
  if (context.file.language !== undefined) finding.language = context.file.language;
  if (data !== undefined) finding.data = data;
  return finding;
}

/** Collapses whitespace and cuts to `max` characters, so messages stay one readable line. */
export function shorten(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
