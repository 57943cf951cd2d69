// What every analysis over one lexed file reads, and how it turns an offset into a finding.
import type { Finding, SourceFile } from '../../evidence.js';
import type { LexResult } from './lexer.js';
import { columnAt, lineAt, type LineStarts } from './positions.js';
import type { TokenBuffer } from './tokens.js';

export interface ScanContext {
  file: SourceFile;
  text: string;
  lexed: LexResult;
  tokens: TokenBuffer;
  lines: LineStarts;
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
