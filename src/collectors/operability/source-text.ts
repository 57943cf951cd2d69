// A file's text as the detectors read it. Nearly every source file holds no operability evidence, so each
// detector first asks the raw text for a literal its patterns cannot match without, and only then reads
// the comment-free lines, which are built on first use and shared.
//
// Testing the raw text is safe because code-lines.ts only turns comment characters into spaces: a literal
// without spaces or line breaks that appears on a comment-free line is in the raw text at the same place.
import type { Language } from '../../evidence.js';
import { codeLines } from './code-lines.js';

export interface SourceText {
  /** The file as read. */
  readonly raw: string;
  /** The comment-free lines (index 0 is line 1), built on the first call. */
  lines(): readonly string[];
}

export function sourceText(raw: string, language: Language): SourceText {
  let lines: string[] | undefined;
  return {
    raw,
    lines: () => (lines ??= codeLines(raw, language)),
  };
}

/** True when the text holds at least one of the literals. */
export function includesAny(text: string, literals: readonly string[]): boolean {
  return literals.some((literal) => text.includes(literal));
}

/** One regex that finds any of the literals: a single pass over a text instead of one per literal. */
function anyLiteral(literals: readonly string[]): RegExp {
  // An empty pattern would match every text; no literals must match none.
  if (literals.length === 0) return /(?!)/;
  return new RegExp([...new Set(literals)].map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}

/** Per language, a regex that finds any of the literals `literalsOf` gives for it (built on first use). */
export function literalSignal(literalsOf: (language: Language) => readonly string[]): (language: Language) => RegExp {
  const signals = new Map<Language, RegExp>();
  return (language) => {
    let signal = signals.get(language);
    if (signal === undefined) {
      signal = anyLiteral(literalsOf(language));
      signals.set(language, signal);
    }
    return signal;
  };
}
