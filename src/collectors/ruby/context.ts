// What every analysis over one lexed Ruby file reads, and how it turns an offset into a finding.
import type { Finding, SourceFile } from '../../evidence.js';
import { columnAt, indexLines, lineAt, type LineStarts } from '../javascript/positions.js';
import type { RubyLexResult } from './lexer.js';
import type { TokenBuffer } from './tokens.js';

export interface RubyScan {
  file: SourceFile;
  text: string;
  lexed: RubyLexResult;
  tokens: TokenBuffer;
  /** Line starts, counted on the first finding, so a file without findings never counts them. */
  lines: LineStarts | undefined;
}

function lineStarts(scan: RubyScan): LineStarts {
  scan.lines ??= indexLines(scan.text);
  return scan.lines;
}

export function findingAt(scan: RubyScan, kind: string, offset: number, message: string): Finding {
  const lines = lineStarts(scan);
  return {
    kind,
    file: scan.file.path,
    line: lineAt(lines, offset),
    column: columnAt(lines, offset),
    message,
    language: 'ruby',
  };
}

/** Source text from `start` to `end` on one line, whitespace collapsed, cut to `max` characters. */
export function excerpt(text: string, start: number, end: number, max = 80): string {
  const flat = text.slice(start, Math.min(end, start + max * 4)).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
