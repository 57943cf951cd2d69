// Small readers over statement tokens: dotted names, def and class headers, one-word bodies.
import type { Token } from './lexer.js';
import type { Statement } from './structure.js';

/** `a.b.c` starting at `from`, as its parts; empty when no name starts there. */
export function dottedNameAt(tokens: readonly Token[], from: number): string[] {
  const parts: string[] = [];
  let i = from;
  while (tokens[i]?.type === 'name') {
    parts.push(tokens[i]?.text ?? '');
    if (tokens[i + 1]?.text !== '.') break;
    i += 2;
  }
  return parts;
}

/** The dotted name a decorator applies, without its call arguments: `@pytest.mark.skip(…)` → pytest.mark.skip. */
export function decoratorName(decorator: Statement): string[] {
  return dottedNameAt(decorator.tokens, 1);
}

export function lastPart(parts: readonly string[]): string {
  return parts[parts.length - 1] ?? '';
}

/** The name after `def` or `class`. */
export function definedName(statement: Statement): string {
  const token = statement.tokens[1];
  return token?.type === 'name' ? token.text : '';
}

export interface ClassHeader {
  name: string;
  /** Each positional base as a dotted name (subscripts dropped: `Protocol[T]` → Protocol). */
  bases: string[][];
  /** Keyword arguments as dotted names, e.g. `metaclass` → [abc, ABCMeta]. */
  keywords: Map<string, string[]>;
}

/** Index of the bracket closing the one at `open`, or -1. */
export function closingBracket(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const text = tokens[i]?.type === 'op' ? tokens[i]?.text : undefined;
    if (text === '(' || text === '[' || text === '{') depth += 1;
    else if (text === ')' || text === ']' || text === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function classHeader(statement: Statement): ClassHeader {
  const { tokens } = statement;
  const header: ClassHeader = { name: definedName(statement), bases: [], keywords: new Map() };
  let open = 2;
  if (tokens[open]?.text === '[') open = closingBracket(tokens, open) + 1;
  if (tokens[open]?.text !== '(') return header;
  const closing = closingBracket(tokens, open);
  const close = closing < 0 ? tokens.length : closing;
  let argumentStart = open + 1;
  let depth = 0;
  for (let i = open + 1; i <= close; i++) {
    const text = tokens[i]?.type === 'op' ? tokens[i]?.text : undefined;
    if (text === '(' || text === '[' || text === '{') depth += 1;
    else if ((text === ')' || text === ']' || text === '}') && i < close) depth -= 1;
    else if ((text === ',' && depth === 0) || i === close) {
      if (tokens[argumentStart + 1]?.text === '=' && tokens[argumentStart]?.type === 'name') {
        header.keywords.set(tokens[argumentStart]?.text ?? '', dottedNameAt(tokens, argumentStart + 2));
      } else {
        const base = dottedNameAt(tokens, argumentStart);
        if (base.length > 0) header.bases.push(base);
      }
      argumentStart = i + 1;
    }
  }
  return header;
}

/** True when the statement is exactly one of `words`, e.g. `pass` or `...`. */
export function isSingleToken(statement: Statement, words: ReadonlySet<string>): boolean {
  const token = statement.tokens[0];
  return statement.kind === 'simple' && statement.tokens.length === 1 && token !== undefined &&
    token.type !== 'string' && words.has(token.text);
}

/** A docstring-like statement: only string literals (implicitly joined). */
export function isStringOnly(statement: Statement): boolean {
  return statement.kind === 'simple' && statement.tokens.every((token) => token.type === 'string');
}

/** Whitespace-collapsed source of `tokens[from..to)`, cut to `max` characters. */
export function sourceOf(text: string, tokens: readonly Token[], from: number, to: number, max = 80): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first === undefined || last === undefined || to <= from) return '';
  const source = text.slice(first.start, Math.min(last.end, first.start + max * 4)).replace(/\s+/g, ' ');
  return source.length > max ? `${source.slice(0, max - 1)}…` : source;
}
