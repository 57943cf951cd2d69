// What every analysis over one lexed PHP file reads, and how it turns an offset into a finding.
import type { Finding, SourceFile } from '../../evidence.js';
import { columnAt, lineAt, type LineStarts } from '../javascript/positions.js';
import type { PhpLexResult } from './lexer.js';
import type { TokenBuffer } from './tokens.js';

export interface PhpScan {
  file: SourceFile;
  text: string;
  lexed: PhpLexResult;
  tokens: TokenBuffer;
  lines: LineStarts;
}

export function findingAt(scan: PhpScan, kind: string, offset: number, message: string): Finding {
  return {
    kind,
    file: scan.file.path,
    line: lineAt(scan.lines, offset),
    column: columnAt(scan.lines, offset),
    message,
    language: 'php',
  };
}

/** Source text from `start` to `end`, whitespace collapsed, cut to `max` characters. */
export function excerpt(text: string, start: number, end: number, max = 80): string {
  const flat = text.slice(start, Math.min(end, start + max * 4)).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
