// Java and Kotlin annotations and the declaration they precede. A run of annotations and modifiers (in any
// order, across lines, with arguments) belongs to the next method or class declaration.
import type { ScanContext } from './context.js';
import {
  AT,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  DOT,
  EQUALS,
  GREATER,
  IDENT,
  isKind,
  isOneOf,
  isPunct,
  isWord,
  LESS,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  partnerOf,
  PUNCT,
  SEMICOLON,
  tokenText,
} from './tokens.js';

export interface Annotation {
  /** The simple name: `Test` for `@org.junit.jupiter.api.Test`. */
  name: string;
  /** Token index of the `@`. */
  at: number;
  /** Token index of its last token (the name, or the `)` closing its arguments). */
  last: number;
}

export interface Declaration {
  annotations: Annotation[];
  kind: 'method' | 'class' | 'other';
  /** Token index of the declared name, -1 when unknown. */
  name: number;
  /** Token index just after the annotations and modifiers. */
  end: number;
}

const JAVA_MODIFIERS = new Set([
  'public', 'protected', 'private', 'static', 'final', 'abstract', 'synchronized', 'native', 'strictfp',
  'default', 'transient', 'volatile', 'sealed', 'non',
]);
const KOTLIN_MODIFIERS = new Set([
  'public', 'protected', 'private', 'internal', 'open', 'final', 'abstract', 'override', 'sealed', 'data',
  'inner', 'enum', 'annotation', 'companion', 'inline', 'value', 'lateinit', 'const', 'suspend', 'tailrec',
  'operator', 'infix', 'external', 'expect', 'actual',
]);
const CLOSERS: ReadonlySet<number> = new Set([CLOSE_PAREN, CLOSE_BRACKET, CLOSE_BRACE]);
const JAVA_TYPE_KEYWORDS = new Set(['class', 'interface', 'enum', 'record']);
const KOTLIN_TYPE_KEYWORDS = new Set(['class', 'interface', 'object']);
const MINUS = 45;
/** Declaration headers are short; a bound keeps hostile input linear. */
const HEADER_LIMIT = 256;

/** The annotation whose `@` is at `at`, or undefined (Kotlin labels like `return@forEach` are not annotations). */
export function annotationAt(context: ScanContext, at: number): Annotation | undefined {
  const { tokens, text } = context;
  if (!isPunct(tokens, at, AT) || !isKind(tokens, at + 1, IDENT) || isWord(text, tokens, at + 1, 'interface')) return undefined;
  if (isKind(tokens, at - 1, IDENT) && tokens.ends[at - 1] === tokens.starts[at]) return undefined;
  let index = at + 1;
  // Kotlin use-site targets: `@get:Rule`, `@field:JvmField`.
  if (isPunct(tokens, index + 1, COLON) && isKind(tokens, index + 2, IDENT)) index += 2;
  while (isPunct(tokens, index + 1, DOT) && isKind(tokens, index + 2, IDENT)) index += 2;
  const name = tokenText(text, tokens, index);
  const last = isPunct(tokens, index + 1, OPEN_PAREN) ? partnerOf(tokens, index + 1) : index;
  return last < 0 ? undefined : { name, at, last };
}

/** Reads the annotations and modifiers starting at the `@` at `first`, then what they are declared on. */
export function declarationAt(context: ScanContext, first: number, kotlin: boolean): Declaration {
  const { tokens, text } = context;
  const modifiers = kotlin ? KOTLIN_MODIFIERS : JAVA_MODIFIERS;
  const annotations: Annotation[] = [];
  let index = first;
  for (;;) {
    const annotation = annotationAt(context, index);
    if (annotation !== undefined) {
      annotations.push(annotation);
      index = annotation.last + 1;
    } else if (isOneOf(text, tokens, index, modifiers)) {
      index++;
      // Java's `non-sealed`.
      if (isPunct(tokens, index, MINUS) && isWord(text, tokens, index + 1, 'sealed')) index += 2;
    } else {
      break;
    }
  }
  if (annotations.length === 0) return { annotations, kind: 'other', name: -1, end: index };
  const target = kotlin ? kotlinTarget(context, index) : javaTarget(context, index);
  return { annotations, ...target, end: index };
}

function kotlinTarget(context: ScanContext, start: number): Pick<Declaration, 'kind' | 'name'> {
  const { tokens, text } = context;
  if (isOneOf(text, tokens, start, KOTLIN_TYPE_KEYWORDS)) return { kind: 'class', name: start + 1 };
  if (!isWord(text, tokens, start, 'fun')) return { kind: 'other', name: -1 };
  const open = parametersOpen(context, start + 1);
  return open === -1 ? { kind: 'other', name: -1 } : { kind: 'method', name: open - 1 };
}

function javaTarget(context: ScanContext, start: number): Pick<Declaration, 'kind' | 'name'> {
  const { tokens, text } = context;
  const limit = Math.min(tokens.count, start + HEADER_LIMIT);
  for (let index = start; index < limit; index++) {
    if (isOneOf(text, tokens, index, JAVA_TYPE_KEYWORDS)) return { kind: 'class', name: index + 1 };
    if (isPunct(tokens, index, AT)) {
      if (isWord(text, tokens, index + 1, 'interface')) return { kind: 'class', name: index + 2 };
      // A type annotation in the return type, `@NonNull String name()`.
      const annotation = annotationAt(context, index);
      if (annotation !== undefined) index = annotation.last;
      continue;
    }
    if (tokens.kinds[index] !== PUNCT) continue;
    const value = tokens.values[index] ?? 0;
    if (value === OPEN_PAREN) {
      return isKind(tokens, index - 1, IDENT) && index > start ? { kind: 'method', name: index - 1 } : { kind: 'other', name: -1 };
    }
    if (value === OPEN_BRACKET) index = Math.max(index, partnerOf(tokens, index));
    else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS || CLOSERS.has(value)) break;
  }
  return { kind: 'other', name: -1 };
}

/** The `(` of a Kotlin function's parameters, after optional type parameters and a receiver type. */
export function parametersOpen(context: ScanContext, from: number): number {
  const { tokens } = context;
  const limit = Math.min(tokens.count, from + HEADER_LIMIT);
  let angles = 0;
  for (let index = from; index < limit; index++) {
    if (tokens.kinds[index] !== PUNCT) continue;
    const value = tokens.values[index];
    if (value === LESS) angles++;
    else if (value === GREATER) angles--;
    else if (value === OPEN_PAREN && angles <= 0) return isKind(tokens, index - 1, IDENT) ? index : -1;
    else if (value === OPEN_BRACE || value === SEMICOLON || value === EQUALS) return -1;
    else if (partnerOf(tokens, index) > index) index = partnerOf(tokens, index);
  }
  return -1;
}

/** A declared name for messages: Kotlin's `` `a test name` `` loses its backticks. */
export function declaredName(context: ScanContext, index: number): string {
  const name = tokenText(context.text, context.tokens, index);
  return name.startsWith('`') && name.endsWith('`') && name.length >= 2 ? name.slice(1, -1) : name;
}
