// What every analysis over one lexed file reads, how an offset becomes a finding, and the findings every
// C-family language shares: TODO comments and the note that the lexer lost track.
import type { Finding, SourceFile } from '../../evidence.js';
import { columnAt, indexLines, lineAt, type LineStarts } from '../javascript/positions.js';
import { findTodoTag, todoMessage } from '../todo-tags.js';
import type { Dialect } from './dialect.js';
import { lexCFamily, type LexResult } from './lexer.js';
import type { TokenBuffer } from './tokens.js';

export interface ScanContext {
  file: SourceFile;
  text: string;
  dialect: Dialect;
  lexed: LexResult;
  tokens: TokenBuffer;
  /** Built by the first finding: many files have none, and indexing every line is not free. */
  lines: LineStarts | undefined;
}

/**
 * The tokens of the previous context, reused for the next file: allocating and clearing a fresh buffer costs
 * about as much as lexing a small file. So a context is only valid until the next `createContext`, which
 * holds for collectors that finish each file before starting the next.
 */
let spareTokens: TokenBuffer | undefined;
/** A spare bigger than this (after a huge file) is dropped rather than kept for the process's lifetime. */
const SPARE_LIMIT = 1 << 20;

export function createContext(file: SourceFile, text: string, dialect: Dialect): ScanContext {
  const lexed = lexCFamily(text, dialect, spareTokens);
  spareTokens = lexed.tokens.kinds.length <= SPARE_LIMIT ? lexed.tokens : undefined;
  return { file, text, dialect, lexed, tokens: lexed.tokens, lines: undefined };
}

function lineStarts(context: ScanContext): LineStarts {
  context.lines ??= indexLines(context.text);
  return context.lines;
}

export function findingAt(context: ScanContext, kind: string, offset: number, message: string): Finding {
  const lines = lineStarts(context);
  const finding: Finding = {
    kind,
    file: context.file.path,
    line: lineAt(lines, offset),
    column: columnAt(lines, offset),
    message,
  };
  if (context.file.language !== undefined) finding.language = context.file.language;
  return finding;
}

/** A finding at the start of token `index`. */
export function findingAtToken(context: ScanContext, kind: string, index: number, message: string): Finding {
  return findingAt(context, kind, context.tokens.starts[index] ?? 0, message);
}

/** `todo.comments`: one finding per comment carrying a tag (see `todo-tags.ts`), test code included. */
export function collectTodoComments(context: ScanContext): Finding[] {
  const { text } = context;
  const { commentStarts, commentEnds } = context.lexed;
  const findings: Finding[] = [];
  for (let index = 0; index < commentStarts.length; index++) {
    const start = commentStarts[index] ?? 0;
    const end = commentEnds[index] ?? start;
    const isBlock = text.charCodeAt(start + 1) === 42;
    const bodyEnd = isBlock && text.endsWith('*/', end) && end - start >= 4 ? end - 2 : end;
    const body = text.slice(start + 2, bodyEnd);
    const found = findTodoTag(body);
    if (found !== undefined) findings.push(findingAt(context, 'todo.comments', start + 2 + found.index, todoMessage(body, found)));
  }
  return findings;
}

/** The `parse.errors` finding when the lexer lost track, else nothing. */
export function collectParseError(context: ScanContext): Finding[] {
  const lost = context.lexed.lostTrack;
  if (lost === undefined) return [];
  const finding = findingAt(context, 'parse.errors', lost.offset, '');
  finding.message =
    `could not follow ${context.dialect.label} syntax after line ${finding.line} (${lost.reason}); ` +
    'counts for this file may be incomplete';
  finding.data = { reason: lost.reason };
  return [finding];
}

/** Collapses whitespace and cuts to `max` characters, so messages stay one readable line. */
export function shorten(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Findings in reading order. */
export function byPosition(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
