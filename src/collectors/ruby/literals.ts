// Ruby literals whose content never counts: quoted and percent strings, regexes, heredocs,
// symbols and `?a` characters. A string's content is scanned by `scanStringContent` one frame at a
// time; `#{` pushes a code frame that the main lexer reads until its balancing `}`.
import { isDigit, isIdentifierPart, isIdentifierStart, isSpace, isUpper, skipIdentifier, skipPredicateSuffix } from './chars.js';
import { emit, loseTrack, AFTER_VALUE, EXPECT_VALUE, type RubyLexState, type StringFrame } from './lex-state.js';
import { CHARACTER, COMMAND, QUOTED, REGEX, STRING, SYMBOL, WORDS } from './tokens.js';

/** Operator method names that may follow `:` in a symbol (`:<=>`, `:[]=`), longest first. */
const OPERATOR_NAMES = [
  '[]=', '<=>', '===', '[]', '==', '=~', '!=', '!~', '**', '+@', '-@', '<<', '>>', '<=', '>=',
  '+', '-', '*', '/', '%', '<', '>', '!', '&', '|', '^', '~', '`',
];

export function operatorNameAt(text: string, pos: number): string | undefined {
  return OPERATOR_NAMES.find((name) => text.startsWith(name, pos));
}

export function openString(
  state: RubyLexState,
  start: number,
  contentStart: number,
  delimiter: number,
  interpolates: boolean,
  value: number,
  what: string,
): void {
  const close = closingDelimiter(delimiter);
  state.frames.push({
    type: 'string',
    start,
    close,
    open: close === delimiter ? -1 : delimiter,
    depth: 0,
    interpolates,
    value,
    what,
  });
  state.pos = contentStart;
}

function closingDelimiter(open: number): number {
  if (open === 40) return 41;
  if (open === 91) return 93;
  if (open === 123) return 125;
  if (open === 60) return 62;
  return open;
}

/** Reads string content up to its end (then emits the literal) or up to a `#{`. */
export function scanStringContent(state: RubyLexState, frame: StringFrame): void {
  const { text } = state;
  let pos = state.pos;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 92) {
      pos += 2;
    } else if (code === 35 && frame.interpolates && text.charCodeAt(pos + 1) === 123) {
      state.frames.push({ type: 'code', start: pos, braces: 0 });
      state.pos = pos + 2;
      state.expect = EXPECT_VALUE;
      return;
    } else if (code === frame.open) {
      frame.depth++;
      pos++;
    } else if (code === frame.close && frame.depth > 0) {
      frame.depth--;
      pos++;
    } else if (code === frame.close) {
      pos++;
      // Regex options: /…/imxo and the encodings n, e, s, u.
      if (frame.value === REGEX) while (pos < text.length && isIdentifierPart(text.charCodeAt(pos))) pos++;
      state.frames.pop();
      emit(state, STRING, frame.start, pos, frame.value, AFTER_VALUE);
      state.pos = pos;
      return;
    } else {
      pos++;
    }
  }
  state.pos = text.length;
}

/** True when a regex from `pos` closes on its own line: required where `/` could also divide. */
export function regexClosesOnLine(text: string, pos: number): boolean {
  for (let at = pos + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return false;
    if (code === 92) at++;
    else if (code === 47) return true;
  }
  return false;
}

const PERCENT_TYPES: Record<string, { value: number; interpolates: boolean; what: string }> = {
  q: { value: QUOTED, interpolates: false, what: '%q string' },
  Q: { value: QUOTED, interpolates: true, what: '%Q string' },
  w: { value: WORDS, interpolates: false, what: '%w array' },
  W: { value: WORDS, interpolates: true, what: '%W array' },
  i: { value: WORDS, interpolates: false, what: '%i array' },
  I: { value: WORDS, interpolates: true, what: '%I array' },
  r: { value: REGEX, interpolates: true, what: '%r regex' },
  s: { value: SYMBOL, interpolates: false, what: '%s symbol' },
  x: { value: COMMAND, interpolates: true, what: '%x command' },
};

function isPercentDelimiter(code: number): boolean {
  return code > 32 && code < 127 && !isIdentifierPart(code);
}

/** `%q(…)`, `%w[…]`, `%(…)`… at `state.pos`; false when the `%` is the modulo operator. */
export function readPercentLiteral(state: RubyLexState): boolean {
  const { text } = state;
  const start = state.pos;
  const letter = text.charAt(start + 1);
  const typed = PERCENT_TYPES[letter];
  if (typed !== undefined && isPercentDelimiter(text.charCodeAt(start + 2))) {
    openString(state, start, start + 3, text.charCodeAt(start + 2), typed.interpolates, typed.value, typed.what);
    return true;
  }
  if (!isPercentDelimiter(text.charCodeAt(start + 1))) return false;
  openString(state, start, start + 2, text.charCodeAt(start + 1), true, QUOTED, '%() string');
  return true;
}

/**
 * `<<~ID`, `<<-ID`, `<<ID` or a quoted ID. Where `<<` could also append (after a bare identifier),
 * only `<<~`/`<<-` forms and uppercase IDs are heredocs, as in `puts <<~EOS` or `p <<EOS`.
 */
export function readHeredocStart(state: RubyLexState, ambiguous: boolean): boolean {
  const { text } = state;
  const start = state.pos;
  let pos = start + 2;
  const flag = text.charCodeAt(pos);
  const indented = flag === 126 || flag === 45;
  if (indented) pos++;
  const quote = text.charCodeAt(pos);
  let terminator: string;
  let end: number;
  if (quote === 39 || quote === 34 || quote === 96) {
    const close = text.indexOf(text.charAt(pos), pos + 1);
    const newline = text.indexOf('\n', pos + 1);
    if (close === -1 || (newline !== -1 && newline < close) || (ambiguous && !indented)) return false;
    terminator = text.slice(pos + 1, close);
    end = close + 1;
  } else if (isIdentifierStart(quote) && (!ambiguous || indented || isUpper(quote))) {
    end = skipIdentifier(text, pos + 1);
    terminator = text.slice(pos, end);
  } else {
    return false;
  }
  state.heredocs.push({ start, terminator, indented });
  emit(state, STRING, start, end, QUOTED, AFTER_VALUE);
  state.pos = end;
  return true;
}

/** At the start of the line after heredoc starts: skips each body, in order, past its terminator. */
export function skipHeredocBodies(state: RubyLexState): void {
  const { text } = state;
  for (const heredoc of state.heredocs) {
    let found = false;
    while (state.pos < text.length && !found) {
      const newline = text.indexOf('\n', state.pos);
      const lineEnd = newline === -1 ? text.length : newline;
      let from = state.pos;
      if (heredoc.indented) while (from < lineEnd && isSpace(text.charCodeAt(from))) from++;
      let to = lineEnd;
      if (text.charCodeAt(to - 1) === 13) to--;
      found = to - from === heredoc.terminator.length && text.startsWith(heredoc.terminator, from);
      state.pos = newline === -1 ? text.length : newline + 1;
    }
    if (!found) loseTrack(state, heredoc.start, `unterminated heredoc <<${heredoc.terminator}`);
  }
  state.heredocs.length = 0;
}

/** `?a`, `?\n`, `?\u{1F600}`: the end of a character literal at `pos`, or -1 when `?` is an operator. */
export function characterLiteralEnd(text: string, pos: number): number {
  const first = text.charCodeAt(pos + 1);
  if (Number.isNaN(first) || isSpace(first) || first === 10) return -1;
  let end = pos + 2;
  if (first === 92) {
    // \C-x, \M-x, \M-\C-x, \cx, \uXXXX, \u{…}: control prefixes, then one escaped character.
    let at = pos + 1;
    for (let steps = 0; steps < 4 && text.charCodeAt(at) === 92; steps++) {
      const kind = text.charAt(at + 1);
      if ((kind === 'C' || kind === 'M') && text.charCodeAt(at + 2) === 45) at += 3;
      else if (kind === 'c') at += 2;
      else break;
    }
    if (text.charCodeAt(at) !== 92) return at + 1;
    const kind = text.charAt(at + 1);
    if (kind === 'u' && text.charCodeAt(at + 2) === 123) {
      const close = text.indexOf('}', at);
      return close === -1 ? -1 : close + 1;
    }
    end = at + 2;
    if (kind === 'u') while (end < at + 6 && isIdentifierPart(text.charCodeAt(end))) end++;
    return end;
  }
  if (first >= 0xd800 && first <= 0xdbff) end++;
  if (isIdentifierPart(first) && isIdentifierPart(text.charCodeAt(end))) return -1;
  return end;
}

/** `:name`, `:"…"`, `:'…'`, `:@x`, `:$x`, `:<=>` at `state.pos`; false for a plain `:`. */
export function readSymbol(state: RubyLexState): boolean {
  const { text } = state;
  const start = state.pos;
  const next = text.charCodeAt(start + 1);
  if (next === 34 || next === 39) {
    openString(state, start, start + 2, next, next === 34, SYMBOL, 'quoted symbol');
    return true;
  }
  let end = -1;
  if (isIdentifierStart(next)) {
    end = skipPredicateSuffix(text, skipIdentifier(text, start + 2));
    const after = text.charCodeAt(end + 1);
    if (text.charCodeAt(end) === 61 && after !== 61 && after !== 126 && after !== 62) end++;
  } else if (next === 64 || next === 36) {
    let at = start + 2;
    if (text.charCodeAt(at) === 64) at++;
    if (isIdentifierStart(text.charCodeAt(at)) || (next === 36 && isDigit(text.charCodeAt(at)))) end = skipIdentifier(text, at + 1);
  } else {
    const operator = operatorNameAt(text, start + 1);
    if (operator !== undefined) end = start + 1 + operator.length;
  }
  if (end === -1) return false;
  emit(state, STRING, start, end, SYMBOL, AFTER_VALUE);
  state.pos = end;
  return true;
}

export function readCharacterLiteral(state: RubyLexState): boolean {
  const end = characterLiteralEnd(state.text, state.pos);
  if (end === -1) return false;
  emit(state, STRING, state.pos, end, CHARACTER, AFTER_VALUE);
  state.pos = end;
  return true;
}
