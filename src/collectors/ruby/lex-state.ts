// Shared state of one Ruby lexing run. Strings and the code interpolated into them nest through an
// explicit frame stack, so deeply nested input never grows the call stack.
import { NEWLINE, pushToken, type TokenBuffer } from './tokens.js';

/** What the previous token lets the next `/`, `%`, `<<`, `?` or `:` be. */
export const EXPECT_VALUE = 0;
/** After a value (`)`, a literal, a variable…): `/` divides, `?` is the ternary operator. */
export const AFTER_VALUE = 1;
/** After a bare identifier, which may be a method called without parentheses (`puts /x/`). */
export const AFTER_IDENTIFIER = 2;

export interface StringFrame {
  type: 'string';
  /** Offset of the literal's first character, where its token starts. */
  start: number;
  close: number;
  /** The opening bracket when the delimiters nest (`%q(a (b) c)`), else -1. */
  open: number;
  depth: number;
  interpolates: boolean;
  /** The STRING token value: QUOTED, REGEX, SYMBOL… */
  value: number;
  what: string;
}

/** Code inside `#{ … }`; ends at the `}` that balances its own braces. */
export interface CodeFrame {
  type: 'code';
  start: number;
  braces: number;
}

export interface PendingHeredoc {
  /** Offset of the `<<`. */
  start: number;
  terminator: string;
  /** `<<-` and `<<~`: the terminator may be indented. */
  indented: boolean;
}

export interface LostTrack {
  offset: number;
  reason: string;
}

export interface RubyLexState {
  text: string;
  pos: number;
  tokens: TokenBuffer;
  /** Per comment: where it starts (`#` or `=begin`) and its text without the markers. */
  commentStarts: number[];
  bodyStarts: number[];
  bodyEnds: number[];
  frames: Array<StringFrame | CodeFrame>;
  /** Token indices of open `(`, `[`, `{` in top-level code, for partners and unclosed-bracket errors. */
  openBrackets: number[];
  heredocs: PendingHeredoc[];
  expect: number;
  lastKind: number;
  lastValue: number;
  /** The previous token's text when it was a bare keyword (`do`, `and`…), else ''. */
  lastKeyword: string;
  /** Inside `|…|` after `do` or `{`. */
  inBlockParameters: boolean;
  lostTrack: LostTrack | undefined;
}

export function createLexState(text: string, tokens: TokenBuffer): RubyLexState {
  return {
    text,
    pos: text.charCodeAt(0) === 0xfeff ? 1 : 0,
    tokens,
    commentStarts: [],
    bodyStarts: [],
    bodyEnds: [],
    frames: [],
    openBrackets: [],
    heredocs: [],
    expect: EXPECT_VALUE,
    lastKind: 0,
    lastValue: 0,
    lastKeyword: '',
    inBlockParameters: false,
    lostTrack: undefined,
  };
}

/** Records the first place the lexer lost track; later problems are usually its consequences. */
export function loseTrack(state: RubyLexState, offset: number, reason: string): void {
  if (state.lostTrack === undefined) state.lostTrack = { offset, reason };
}

/**
 * Records a token. Tokens inside `#{}` only steer the lexer: the string they belong to becomes one
 * token when it closes, so analyses never see code that is part of a string.
 */
export function emit(state: RubyLexState, kind: number, start: number, end: number, value: number, expect: number): void {
  if (state.frames.length === 0) pushToken(state.tokens, kind, start, end, value);
  state.expect = expect;
  state.lastKind = kind;
  state.lastValue = value;
  state.lastKeyword = '';
}

export function addComment(state: RubyLexState, start: number, bodyStart: number, bodyEnd: number): void {
  state.commentStarts.push(start);
  state.bodyStarts.push(bodyStart);
  state.bodyEnds.push(bodyEnd);
}

/** A `.method` on the next line continues the statement, so the line break before it is taken back. */
export function dropTrailingNewline(state: RubyLexState): void {
  const { tokens } = state;
  // A NEWLINE never has a partner, so the next token pushed here overwrites all that it set.
  if (state.frames.length === 0 && tokens.count > 0 && tokens.kinds[tokens.count - 1] === NEWLINE) tokens.count--;
}

/**
 * The innermost string or interpolation, or undefined in top-level code. Never `frames[length - 1]`
 * on an empty stack: reading index -1 is a slow named-property lookup, and this runs once per token.
 */
export function innermostFrame(state: RubyLexState): StringFrame | CodeFrame | undefined {
  const depth = state.frames.length;
  return depth === 0 ? undefined : state.frames[depth - 1];
}

export function isLineStart(text: string, pos: number): boolean {
  return pos === 0 || text.charCodeAt(pos - 1) === 10;
}
