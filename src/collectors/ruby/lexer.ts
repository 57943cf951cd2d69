// One pass over Ruby text producing the significant tokens outside strings and the comments. It is
// a lexer, not a parser: whether `/`, `%`, `<<`, `?` or `:` starts a literal is decided by the
// previous token, as Ruby's own lexer does, except that it cannot know local variable names.
import { isDigit, isIdentifierStart, isSpace, isUpper, skipIdentifier, skipPredicateSuffix, skipSpaces } from './chars.js';
import { keywordAt } from './keywords.js';
import {
  addComment,
  createLexState,
  emit,
  innermostFrame,
  isLineStart,
  loseTrack,
  AFTER_IDENTIFIER,
  AFTER_VALUE,
  EXPECT_VALUE,
  type LostTrack,
  type RubyLexState,
} from './lex-state.js';
import { operatorNameAt, scanStringContent, skipHeredocBodies } from './literals.js';
import { readPunctuation } from './punctuation.js';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  CLOSE_PAREN,
  CONST,
  IDENT,
  LABEL,
  MEMBER,
  NEWLINE,
  NUMBER,
  PUNCT,
  BLOCK_PARAMETERS_END,
  DOT,
  SAFE_NAVIGATION,
  SCOPE,
  VARIABLE,
  clearTokens,
  createTokenBuffer,
  pushToken,
  trimmedTokens,
  type TokenBuffer,
} from './tokens.js';

export interface RubyLexResult {
  tokens: TokenBuffer;
  /** Per comment: where it starts, and its text without `#` or `=begin`/`=end`. */
  commentStarts: number[];
  bodyStarts: number[];
  bodyEnds: number[];
  lostTrack: LostTrack | undefined;
}

const CONTINUING_KEYWORDS = new Set(['and', 'or', 'not']);

/**
 * Lexes `text`. With `reuse`, tokens go into that buffer, overwriting what an earlier call put there:
 * for a caller that is done with the previous result before lexing the next file.
 */
export function lexRuby(text: string, reuse?: TokenBuffer): RubyLexResult {
  let tokens = reuse;
  if (tokens === undefined) tokens = createTokenBuffer();
  else clearTokens(tokens);
  const state = createLexState(text, tokens);
  while (state.pos < text.length) {
    const frame = innermostFrame(state);
    if (frame?.type === 'string') scanStringContent(state, frame);
    else if (!readCode(state)) break;
  }
  reportUnclosed(state);
  return {
    tokens: trimmedTokens(state.tokens),
    commentStarts: state.commentStarts,
    bodyStarts: state.bodyStarts,
    bodyEnds: state.bodyEnds,
    lostTrack: state.lostTrack,
  };
}

/** Reads the spaces before one token or comment and that token; false at `__END__`, after which the file is data. */
function readCode(state: RubyLexState): boolean {
  const { text } = state;
  state.pos = skipSpaces(text, state.pos);
  if (state.pos >= text.length) return true;
  const code = text.charCodeAt(state.pos);
  if (code === 10) readNewline(state);
  else if (code === 92 && (text.charCodeAt(state.pos + 1) === 10 || text.startsWith('\r\n', state.pos + 1))) {
    // A backslash at the end of a line joins the next line to this statement.
    state.pos = text.indexOf('\n', state.pos) + 1;
  } else if (code === 35) readLineComment(state);
  else if (code === 61 && isLineStart(text, state.pos) && startsLineWord(text, state.pos, '=begin')) readBlockComment(state);
  else if (isIdentifierStart(code)) return readWord(state);
  else if (isDigit(code)) readNumber(state);
  else if (code === 64 || code === 36) readVariable(state, code);
  else readPunctuation(state, code);
  return true;
}

/** `word` at `pos` followed by a space, a line break or the end of the text. */
function startsLineWord(text: string, pos: number, word: string): boolean {
  if (!text.startsWith(word, pos)) return false;
  const after = text.charCodeAt(pos + word.length);
  return Number.isNaN(after) || after === 10 || isSpace(after);
}

function readNewline(state: RubyLexState): void {
  const { tokens } = state;
  const start = state.pos;
  state.pos++;
  if (state.frames.length === 0 && !continuesStatement(state)) {
    pushToken(tokens, NEWLINE, start, start + 1);
  }
  state.expect = EXPECT_VALUE;
  state.lastKind = NEWLINE;
  state.lastKeyword = '';
  if (state.heredocs.length > 0) skipHeredocBodies(state);
}

/** After an operator, a comma, a label or `and`/`or`/`not`, the statement goes on on the next line. */
function continuesStatement(state: RubyLexState): boolean {
  const { tokens } = state;
  const last = tokens.count - 1;
  if (last < 0) return true;
  const kind = tokens.kinds[last];
  if (kind === NEWLINE || kind === LABEL) return true;
  if (kind === PUNCT) {
    const value = tokens.values[last];
    return value !== CLOSE_PAREN && value !== CLOSE_BRACKET && value !== CLOSE_BRACE && value !== BLOCK_PARAMETERS_END;
  }
  return kind === IDENT && tokens.values[last] !== MEMBER && CONTINUING_KEYWORDS.has(state.lastKeyword);
}

function readLineComment(state: RubyLexState): void {
  const { text } = state;
  const start = state.pos;
  const newline = text.indexOf('\n', start);
  state.pos = newline === -1 ? text.length : newline;
  if (state.frames.length === 0) addComment(state, start, start + 1, state.pos);
}

/** `=begin` … `=end`, each at the start of a line: one comment. */
function readBlockComment(state: RubyLexState): void {
  const { text } = state;
  const start = state.pos;
  const firstLineEnd = text.indexOf('\n', start);
  let search = firstLineEnd;
  while (search !== -1 && !startsLineWord(text, search + 1, '=end')) search = text.indexOf('\n', search + 1);
  if (search === -1 || firstLineEnd === -1) {
    loseTrack(state, start, 'unterminated =begin comment');
    state.pos = text.length;
    addComment(state, start, start + 6, text.length);
    return;
  }
  const endLine = text.indexOf('\n', search + 1);
  state.pos = endLine === -1 ? text.length : endLine;
  addComment(state, start, firstLineEnd + 1, search + 1);
}

function followsMemberAccess(state: RubyLexState): boolean {
  if (state.lastKind !== PUNCT) return false;
  return state.lastValue === DOT || state.lastValue === SAFE_NAVIGATION || state.lastValue === SCOPE;
}

function readWord(state: RubyLexState): boolean {
  const { text } = state;
  const start = state.pos;
  const nameEnd = skipIdentifier(text, start + 1);
  if (text.charCodeAt(nameEnd) === 58 && text.charCodeAt(nameEnd + 1) !== 58 && !followsMemberAccess(state)) {
    emit(state, LABEL, start, nameEnd + 1, 0, EXPECT_VALUE);
    state.pos = nameEnd + 1;
    return true;
  }
  const end = skipPredicateSuffix(text, nameEnd);
  state.pos = end;
  const constant = isUpper(text.charCodeAt(start));
  if (followsMemberAccess(state)) {
    emit(state, constant ? CONST : IDENT, start, end, MEMBER, AFTER_IDENTIFIER);
    return true;
  }
  if (constant) {
    // A constant may be a method called without parentheses too: Cucumber's `Given /^a step$/ do`.
    emit(state, CONST, start, end, 0, AFTER_IDENTIFIER);
    return true;
  }
  const keyword = keywordAt(text, start, end);
  if (keyword === undefined) {
    emit(state, IDENT, start, end, 0, AFTER_IDENTIFIER);
    return true;
  }
  const { word } = keyword;
  if (word === '__END__' && state.frames.length === 0 && isLineStart(text, start) && endsLine(text, end)) return false;
  emit(state, IDENT, start, end, 0, keyword.expect);
  state.lastKeyword = word;
  if (word === 'def') readMethodName(state);
  return true;
}

function endsLine(text: string, pos: number): boolean {
  return pos >= text.length || text.charCodeAt(pos) === 10 || text.startsWith('\r\n', pos);
}

/**
 * The name after `def`, which may be a keyword or an operator (`def end`, `def /(other)`), with an
 * optional receiver (`def self.call`): one MEMBER token, so no analysis mistakes it for a call.
 */
function readMethodName(state: RubyLexState): void {
  const { text } = state;
  const start = skipSpaces(text, state.pos);
  let end = nameEnd(text, start);
  if (end === -1) return;
  if (text.charCodeAt(end) === 46 && isIdentifierStart(text.charCodeAt(start))) {
    const singleton = nameEnd(text, end + 1);
    if (singleton !== -1) end = singleton;
  }
  emit(state, IDENT, start, end, MEMBER, AFTER_VALUE);
  state.pos = end;
}

function nameEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (isIdentifierStart(first)) {
    const end = skipPredicateSuffix(text, skipIdentifier(text, start + 1));
    // A setter: `def name=(value)`; `def name = expr` (with a space) is an endless method.
    return text.charCodeAt(end) === 61 && text.charCodeAt(end + 1) === 40 ? end + 1 : end;
  }
  const operator = operatorNameAt(text, start);
  return operator === undefined ? -1 : start + operator.length;
}

function readNumber(state: RubyLexState): void {
  const { text } = state;
  const start = state.pos;
  const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(pos - 1) | 32) === 101;
    const decimalPoint = code === 46 && isDigit(text.charCodeAt(pos + 1));
    if (!exponentSign && !decimalPoint && !isDigit(code) && !(isIdentifierStart(code) && code < 0x80)) break;
    pos++;
  }
  emit(state, NUMBER, start, pos, 0, AFTER_VALUE);
  state.pos = pos;
}

/** `@x`, `@@x`, `$x`, `$1`, `$-w` and the punctuation globals (`$/`, `$"`, `$'`…), which are not quotes. */
function readVariable(state: RubyLexState, sigil: number): void {
  const { text } = state;
  const start = state.pos;
  let pos = start + 1;
  if (sigil === 64) {
    if (text.charCodeAt(pos) === 64) pos++;
    if (!isIdentifierStart(text.charCodeAt(pos))) {
      emit(state, PUNCT, start, start + 1, sigil, EXPECT_VALUE);
      state.pos = start + 1;
      return;
    }
    pos = skipIdentifier(text, pos + 1);
  } else {
    const next = text.charCodeAt(pos);
    if (isIdentifierStart(next) || isDigit(next)) pos = skipIdentifier(text, pos + 1);
    else if (next === 45) pos += 2;
    else if (pos < text.length && next !== 10) pos++;
  }
  emit(state, VARIABLE, start, pos, 0, AFTER_VALUE);
  state.pos = pos;
}

function reportUnclosed(state: RubyLexState): void {
  const frame = state.frames[0];
  if (frame !== undefined) {
    loseTrack(state, frame.start, frame.type === 'string' ? `unterminated ${frame.what}` : 'unterminated #{ interpolation');
  }
  const heredoc = state.heredocs[0];
  if (heredoc !== undefined) loseTrack(state, heredoc.start, `unterminated heredoc <<${heredoc.terminator}`);
  const open = state.openBrackets[0];
  if (open !== undefined) {
    const offset = state.tokens.starts[open] ?? 0;
    loseTrack(state, offset, `unclosed \`${state.text.charAt(offset)}\``);
  }
}
