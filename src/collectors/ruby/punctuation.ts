// Operators and brackets, and the characters that start a literal only where a value may begin:
// `/` (regex), `%` (percent literal), `<<` (heredoc), `?` (character) and `:` (symbol).
import { isSpace } from './chars.js';
import {
  dropTrailingNewline,
  emit,
  innermostFrame,
  loseTrack,
  AFTER_IDENTIFIER,
  AFTER_VALUE,
  EXPECT_VALUE,
  type RubyLexState,
} from './lex-state.js';
import {
  openString,
  readCharacterLiteral,
  readHeredocStart,
  readPercentLiteral,
  readSymbol,
  regexClosesOnLine,
} from './literals.js';
import {
  BLOCK_PARAMETERS_END,
  CLOSE_BRACE,
  COMMAND,
  DOT,
  HASH_ROCKET,
  IDENT,
  OPEN_BRACE,
  OTHER_OPERATOR,
  PUNCT,
  QUOTED,
  REGEX,
  SAFE_NAVIGATION,
  SCOPE,
  PIPE,
} from './tokens.js';

export function readPunctuation(state: RubyLexState, code: number): void {
  const { text } = state;
  const pos = state.pos;
  const next = text.charCodeAt(pos + 1);
  switch (code) {
    case 34:
      openString(state, pos, pos + 1, code, true, QUOTED, 'string');
      return;
    case 39:
      openString(state, pos, pos + 1, code, false, QUOTED, 'string');
      return;
    case 96:
      openString(state, pos, pos + 1, code, true, COMMAND, 'backtick command');
      return;
    case 40:
    case 91:
    case 123:
      openBracket(state, code);
      return;
    case 41:
    case 93:
    case 125:
      closeBracket(state, code);
      return;
    case 47:
      if (startsLiteral(state, next) && (state.expect === EXPECT_VALUE || regexClosesOnLine(text, pos))) {
        openString(state, pos, pos + 1, code, true, REGEX, 'regex');
        return;
      }
      break;
    case 37:
      if (startsLiteral(state, next) && readPercentLiteral(state)) return;
      break;
    case 60:
      if (next === 60) {
        if (startsLiteral(state, text.charCodeAt(pos + 2)) && readHeredocStart(state, state.expect !== EXPECT_VALUE)) return;
        punct(state, 2, OTHER_OPERATOR);
        return;
      }
      break;
    case 63:
      if (startsLiteral(state, next) && readCharacterLiteral(state)) return;
      break;
    case 58:
      if (next === 58) {
        punct(state, 2, SCOPE);
        return;
      }
      if (readSymbol(state)) return;
      break;
    case 124:
      readPipe(state, next);
      return;
    case 46:
      if (next === 46) {
        punct(state, text.charCodeAt(pos + 2) === 46 ? 3 : 2, OTHER_OPERATOR);
        return;
      }
      dropTrailingNewline(state);
      punct(state, 1, DOT);
      return;
    case 38:
      if (next === 46) {
        dropTrailingNewline(state);
        punct(state, 2, SAFE_NAVIGATION);
        return;
      }
      if (next === 38) {
        punct(state, 2, OTHER_OPERATOR);
        return;
      }
      break;
    case 61:
      if (next === 62) {
        punct(state, 2, HASH_ROCKET);
        return;
      }
      // `==`, `===` and `=~` are comparisons; a lone `=` assigns (or starts an endless method body).
      if (next === 61 || next === 126) {
        punct(state, next === 61 && text.charCodeAt(pos + 2) === 61 ? 3 : 2, OTHER_OPERATOR);
        return;
      }
      break;
    case 33:
      if (next === 61 || next === 126) {
        punct(state, 2, OTHER_OPERATOR);
        return;
      }
      break;
  }
  punct(state, 1, code);
}

/**
 * Whether a literal may start here: wherever a value is expected, or after a bare identifier and a
 * space when the next character is not a space or `=` (`puts /x/`, `p %w[a]`, but `a / b`, `a /= 2`).
 */
function startsLiteral(state: RubyLexState, next: number): boolean {
  if (state.expect === EXPECT_VALUE) return true;
  if (state.expect !== AFTER_IDENTIFIER || !isSpace(state.text.charCodeAt(state.pos - 1))) return false;
  return !Number.isNaN(next) && next !== 10 && next !== 61 && !isSpace(next);
}

function punct(state: RubyLexState, length: number, value: number): void {
  emit(state, PUNCT, state.pos, state.pos + length, value, EXPECT_VALUE);
  state.pos += length;
}

function openBracket(state: RubyLexState, code: number): void {
  const frame = innermostFrame(state);
  if (frame?.type === 'code') {
    if (code === OPEN_BRACE) frame.braces++;
  } else {
    state.openBrackets.push(state.tokens.count);
  }
  punct(state, 1, code);
}

function closeBracket(state: RubyLexState, code: number): void {
  const frame = innermostFrame(state);
  if (frame?.type === 'code') {
    if (code === CLOSE_BRACE) {
      if (frame.braces === 0) {
        // The `}` ending `#{ … }`: back to the string around it.
        state.frames.pop();
        state.pos++;
        return;
      }
      frame.braces--;
    }
    emit(state, PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
    state.pos++;
    return;
  }
  const { tokens } = state;
  const depth = state.openBrackets.length;
  const open = depth === 0 ? -1 : (state.openBrackets[depth - 1] ?? -1);
  const opener = code === 41 ? 40 : code - 2;
  if (open !== -1 && tokens.values[open] === opener) {
    state.openBrackets.pop();
    tokens.partners[open] = tokens.count;
    emit(state, PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
    tokens.partners[tokens.count - 1] = open;
  } else {
    loseTrack(state, state.pos, `unmatched \`${String.fromCharCode(code)}\``);
    emit(state, PUNCT, state.pos, state.pos + 1, code, AFTER_VALUE);
  }
  state.pos++;
}

/** `|` opening or closing a block's parameters (`do |a, b|`, `{ |x| }`), else the operator. */
function readPipe(state: RubyLexState, next: number): void {
  if (state.inBlockParameters) {
    state.inBlockParameters = false;
    punct(state, 1, BLOCK_PARAMETERS_END);
    return;
  }
  const opensBlock = (state.lastKind === PUNCT && state.lastValue === OPEN_BRACE) ||
    (state.lastKind === IDENT && state.lastKeyword === 'do');
  if (opensBlock && next === 124) {
    punct(state, 2, BLOCK_PARAMETERS_END);
  } else if (opensBlock) {
    state.inBlockParameters = true;
    punct(state, 1, PIPE);
  } else {
    punct(state, next === 124 ? 2 : 1, next === 124 ? OTHER_OPERATOR : PIPE);
  }
}

