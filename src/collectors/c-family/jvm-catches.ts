// `catch.generic` for Java and Kotlin: a clause whose type, or one alternative of a multi-catch, is
// Exception, Throwable or RuntimeException, plain or qualified (`java.lang.`, Kotlin's `kotlin.`).
import type { Finding } from '../../evidence.js';
import { clauseText, type CatchClause } from './catch-clauses.js';
import { findingAtToken, type ScanContext } from './context.js';
import { annotationAt } from './jvm-declarations.js';
import { COLON, DOT, IDENT, isKind, isPunct, isWord, partnerOf, PIPE, tokenText } from './tokens.js';

/** What each generic type catches, for the message. */
const GENERIC_TYPES: ReadonlyMap<string, string> = new Map([
  ['Exception', 'every exception'],
  ['Throwable', 'every error and exception'],
  ['RuntimeException', 'every unchecked exception'],
]);
const QUALIFIERS = new Set(['java.lang.', 'kotlin.']);

export function collectJvmGenericCatches(context: ScanContext, clauses: readonly CatchClause[], kotlin: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const clause of clauses) {
    if (clause.open === -1) continue;
    const types = kotlin ? kotlinCaughtTypes(context, clause.open) : javaCaughtTypes(context, clause.open);
    const caught = types.map(genericMeaning).find((meaning) => meaning !== undefined);
    if (caught === undefined) continue;
    const message = `\`${clauseText(context, clause)}\` catches ${caught}; catch the exceptions you expect`;
    findings.push(findingAtToken(context, 'catch.generic', clause.keyword, message));
  }
  return findings;
}

function genericMeaning(type: string): string | undefined {
  const dot = type.lastIndexOf('.');
  const simple = type.slice(dot + 1);
  const qualifier = type.slice(0, dot + 1);
  return qualifier === '' || QUALIFIERS.has(qualifier) ? GENERIC_TYPES.get(simple) : undefined;
}

/** A dotted name starting at `from`: its text and the index after it. */
function dottedName(context: ScanContext, from: number): { name: string; next: number } {
  const { tokens, text } = context;
  let name = '';
  let index = from;
  while (isKind(tokens, index, IDENT)) {
    name += tokenText(text, tokens, index++);
    if (!isPunct(tokens, index, DOT)) break;
    name += '.';
    index++;
  }
  return { name, next: index };
}

/** `catch (final @A IOException | Exception e)` → the alternatives' names. */
function javaCaughtTypes(context: ScanContext, open: number): string[] {
  const { tokens, text } = context;
  const close = partnerOf(tokens, open);
  let index = open + 1;
  for (;;) {
    const annotation = annotationAt(context, index);
    if (annotation !== undefined) index = annotation.last + 1;
    else if (isWord(text, tokens, index, 'final')) index++;
    else break;
  }
  const types: string[] = [];
  while (index < close) {
    const type = dottedName(context, index);
    if (type.name === '') break;
    types.push(type.name);
    if (!isPunct(tokens, type.next, PIPE)) break;
    index = type.next + 1;
  }
  return types;
}

/** `catch (e: Exception)` → `[Exception]`. */
function kotlinCaughtTypes(context: ScanContext, open: number): string[] {
  const { tokens } = context;
  if (!isKind(tokens, open + 1, IDENT) || !isPunct(tokens, open + 2, COLON)) return [];
  const type = dottedName(context, open + 3);
  return type.name === '' ? [] : [type.name];
}
