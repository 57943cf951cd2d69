// One pass over JavaScript/TypeScript text producing significant tokens and comment ranges.
// It is a lexer, not a parser: regex-vs-division and JSX are decided by the previous token.
import { charClass, DIGIT_CHAR, IDENTIFIER_CHAR, isDigit, isIdentifierStart, OTHER_CHAR, skipIdentifier, SPACE_CHAR } from './chars.js';
import { closeBracket, openBracket, reportUnclosed } from './brackets.js';
import { looksLikeTypeParameters, startJsx } from './jsx.js';
import { createLexState, loseTrack, scanComment, takeTokens, type LexState, type LostTrack } from './lex-state.js';
import { scanRegex, scanString, scanTemplateText } from './literals.js';
import {
  ARROW,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  ELLIPSIS,
  IDENT,
  INCREMENT,
  isPropertyName,
  NUMBER,
  OPTIONAL_CHAIN,
  OTHER_OPERATOR,
  PUNCT,
  REGEX,
  STRING,
  TEMPLATE,
  TEMPLATE_TAIL,
  pushToken,
  TEMPLATE_HEAD,
  TEMPLATE_MIDDLE,
  type TokenBuffer,
} from './tokens.js';

export interface LexResult {
  tokens: TokenBuffer;
  commentStarts: number[];
  commentEnds: number[];
  lostTrack: LostTrack | undefined;
}

export interface Flavour {
  /** JSX elements may appear: every JavaScript extension and .tsx. */
  jsx: boolean;
  /** .tsx: `<T,>` and `<T extends X>` are type parameters. */
  tsx: boolean;
}

/** Keywords after which an expression starts, so `/` begins a regex and `<` may begin JSX. */
const EXPRESSION_KEYWORDS = new Set([
  'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await',
]);

/**
 * javascript-code and mock-data both lex every JavaScript/TypeScript file, one right after the other on
 * the same string with the same flavour, so the last result is kept and handed out again. Safe because
 * no consumer mutates a LexResult.
 */
let lastLex: { text: string; jsx: boolean; tsx: boolean; result: LexResult } | undefined;

export function lexJavaScript(text: string, flavour: Flavour): LexResult {
  if (lastLex !== undefined && lastLex.text === text && lastLex.jsx === flavour.jsx && lastLex.tsx === flavour.tsx) {
    return lastLex.result;
  }
  const result = lex(text, flavour);
  lastLex = { text, jsx: flavour.jsx, tsx: flavour.tsx, result };
  return result;
}

function lex(text: string, flavour: Flavour): LexResult {
  const state = createLexState(text, flavour.jsx, flavour.tsx);
  skipHashbang(state);
  lexCode(state);
  reportUnclosed(state);
  return {
    tokens: takeTokens(state),
    commentStarts: state.commentStarts,
    commentEnds: state.commentEnds,
    lostTrack: state.lostTrack,
  };
}

/** The main loop keeps the position in a local; only symbols go through `state.pos`. */
function lexCode(state: LexState): void {
  const { text, tokens } = state;
  let pos = state.pos;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    const kind = charClass(code);
    if (kind === SPACE_CHAR) {
      pos++;
    } else if (kind === IDENTIFIER_CHAR) {
      const start = pos;
      pos = skipIdentifier(text, pos + 1);
      pushToken(tokens, IDENT, start, pos);
    } else if (kind === DIGIT_CHAR || (code === 46 && isDigit(text.charCodeAt(pos + 1)))) {
      pos = scanNumber(state, pos);
    } else {
      state.pos = pos;
      readSymbol(state, code);
      pos = state.pos;
    }
  }
  state.pos = pos;
}

function skipHashbang(state: LexState): void {
  const { text } = state;
  if (text.charCodeAt(0) === 0xfeff) state.pos = 1;
  if (text.startsWith('#!', state.pos)) {
    const newline = text.indexOf('\n', state.pos);
    state.pos = newline === -1 ? text.length : newline;
  }
}

/** Reads the number starting at `start` and returns the offset after it. */
function scanNumber(state: LexState, start: number): number {
  const { text } = state;
  const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
    if (!exponentSign && code !== 46 && !isIdentifierStart(code) && !isDigit(code)) break;
    pos++;
  }
  pushToken(state.tokens, NUMBER, start, pos);
  return pos;
}

/**
 * TypeScript's `value!` ends an operand, so a `/` after it divides (`value! / 2`). A `!` right after an
 * operand on the same line can only be that; on a new line it may be a prefix `!` after automatic
 * semicolon insertion (`a\n!/re/.test(s)`).
 */
function isNonNullAssertion(state: LexState, bang: number): boolean {
  const { tokens } = state;
  const previous = bang - 1;
  if (previous < 0) return false;
  const between = state.text.slice(tokens.ends[previous] ?? 0, tokens.starts[bang] ?? 0);
  if (between.includes('\n')) return false;
  const kind = tokens.kinds[previous];
  if (kind === NUMBER || kind === STRING || kind === TEMPLATE || kind === TEMPLATE_TAIL || kind === REGEX) return true;
  if (kind === PUNCT) {
    const value = tokens.values[previous];
    return value === CLOSE_PAREN || value === CLOSE_BRACKET;
  }
  if (kind !== IDENT) return false;
  const start = tokens.starts[previous] ?? 0;
  return !EXPRESSION_KEYWORDS.has(state.text.slice(start, tokens.ends[previous] ?? 0));
}

/** True when the previous token ends where an expression may begin. */
function atExpressionStart(state: LexState): boolean {
  const { tokens } = state;
  const last = tokens.count - 1;
  if (last < 0) return true;
  const kind = tokens.kinds[last];
  if (kind === PUNCT) {
    const value = tokens.values[last];
    if (value === 33 && isNonNullAssertion(state, last)) return false;
    return value !== CLOSE_PAREN && value !== CLOSE_BRACKET && value !== INCREMENT;
  }
  if (kind === IDENT) {
    const start = tokens.starts[last] ?? 0;
    const end = tokens.ends[last] ?? 0;
    return end - start <= 10 && !isPropertyName(tokens, last) && EXPRESSION_KEYWORDS.has(state.text.slice(start, end));
  }
  return kind === TEMPLATE_HEAD || kind === TEMPLATE_MIDDLE;
}

function readSymbol(state: LexState, code: number): void {
  const { text } = state;
  const pos = state.pos;
  switch (code) {
    case 34:
    case 39:
      scanString(state);
      return;
    case 96:
      state.pos++;
      scanTemplateText(state, pos, -1, pos);
      return;
    case 40:
    case 91:
    case 123:
      openBracket(state, code);
      return;
    case CLOSE_PAREN:
    case CLOSE_BRACKET:
    case CLOSE_BRACE:
      closeBracket(state, code);
      return;
    case 47:
      readSlash(state);
      return;
    case 60:
      if (state.jsx && startsJsx(state)) {
        startJsx(state);
        return;
      }
      break;
    case 35:
      if (isIdentifierStart(text.charCodeAt(pos + 1))) {
        state.pos = skipIdentifier(text, pos + 1);
        pushToken(state.tokens, IDENT, pos, state.pos);
        return;
      }
      break;
  }
  readPunctuator(state, code);
}

function startsJsx(state: LexState): boolean {
  const { text } = state;
  const next = text.charCodeAt(state.pos + 1);
  if (next !== 62 && !isIdentifierStart(next)) return false;
  if (!atExpressionStart(state)) return false;
  return !(state.tsx && looksLikeTypeParameters(state, state.pos + 1));
}

function readSlash(state: LexState): void {
  const { text } = state;
  const pos = state.pos;
  const next = text.charCodeAt(pos + 1);
  if (next === 47 || next === 42) {
    scanComment(state);
    return;
  }
  if (atExpressionStart(state)) {
    if (scanRegex(state)) return;
    loseTrack(state, pos, 'unterminated regular expression');
  }
  const length = next === 61 ? 2 : 1;
  pushToken(state.tokens, PUNCT, pos, pos + length, length === 2 ? OTHER_OPERATOR : 47);
  state.pos += length;
}

/** Operators the analysis tells apart get their own value; `>` stays single so `A<B<C>>` closes. */
function readPunctuator(state: LexState, code: number): void {
  const { text } = state;
  const pos = state.pos;
  const next = text.charCodeAt(pos + 1);
  // Every longer operator continues with punctuation; most symbols are followed by a name or a space.
  if (charClass(next) !== OTHER_CHAR) {
    pushToken(state.tokens, PUNCT, pos, pos + 1, code);
    state.pos++;
    return;
  }
  const third = text.charCodeAt(pos + 2);
  let length = 1;
  let value = code;
  if (code === 61 && next === 62) {
    length = 2;
    value = ARROW;
  } else if (code === 63 && next === 46 && !isDigit(third)) {
    length = 2;
    value = OPTIONAL_CHAIN;
  } else if (code === 46 && next === 46 && third === 46) {
    length = 3;
    value = ELLIPSIS;
  } else if ((code === 43 || code === 45) && next === code) {
    length = 2;
    value = INCREMENT;
  } else if (next === 61 && isOperatorCharacter(code)) {
    length = (code === 61 || code === 33) && third === 61 ? 3 : 2;
    value = OTHER_OPERATOR;
  } else if (next === code && (code === 38 || code === 124 || code === 42 || code === 63 || code === 60)) {
    // `<<` is one operator so its second `<` is never mistaken for the start of JSX.
    length = third === 61 ? 3 : 2;
    value = OTHER_OPERATOR;
  }
  pushToken(state.tokens, PUNCT, pos, pos + length, value);
  state.pos += length;
}

function isOperatorCharacter(code: number): boolean {
  // = ! + - * % & | ^ ?
  return code === 61 || code === 33 || code === 43 || code === 45 || code === 42 || code === 37 ||
    code === 38 || code === 124 || code === 94 || code === 63;
}
