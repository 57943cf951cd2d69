// One pass over a PHP file: inline HTML is skipped, and inside each `<?php … ?>` / `<?= … ?>` island
// the significant tokens and the comments are recorded. Brackets pair across islands, as in
// `<?php if ($x) { ?> <p>…</p> <?php } ?>`.
import { isDigit, isIdentifierPart, isIdentifierStart, isSpace, skipSpaces } from './chars.js';
import { readHeredoc, skipInterpolated, skipSingleQuoted } from './strings.js';
import {
  ATTRIBUTE_OPEN,
  createTokenBuffer,
  NAME,
  NUMBER,
  OBJECT_OPERATOR,
  OTHER_OPERATOR,
  OUTPUT,
  PUNCT,
  pushToken,
  SCOPE,
  STRING,
  VARIABLE,
  type TokenBuffer,
} from './tokens.js';

export interface LostTrack {
  offset: number;
  reason: string;
}

export interface PhpLexResult {
  tokens: TokenBuffer;
  commentStarts: number[];
  commentEnds: number[];
  lostTrack: LostTrack | undefined;
}

interface PhpLexState {
  text: string;
  pos: number;
  tokens: TokenBuffer;
  commentStarts: number[];
  commentEnds: number[];
  openBrackets: number[];
  lostTrack: LostTrack | undefined;
}

export function lexPhp(text: string): PhpLexResult {
  const state: PhpLexState = {
    text,
    pos: 0,
    tokens: createTokenBuffer(),
    commentStarts: [],
    commentEnds: [],
    openBrackets: [],
    lostTrack: undefined,
  };
  skipHtml(state, true);
  while (state.pos < text.length) readCode(state);
  const open = state.openBrackets[0];
  if (open !== undefined) {
    const offset = state.tokens.starts[open] ?? 0;
    loseTrack(state, offset, `unclosed \`${text.slice(offset, state.tokens.ends[open] ?? offset + 1)}\``);
  }
  return { tokens: state.tokens, commentStarts: state.commentStarts, commentEnds: state.commentEnds, lostTrack: state.lostTrack };
}

function loseTrack(state: PhpLexState, offset: number, reason: string): void {
  if (state.lostTrack === undefined) state.lostTrack = { offset, reason };
}

/** Moves past inline HTML to the next `<?php` or `<?=`, recording the HTML as output when it is any. */
function skipHtml(state: PhpLexState, atFileStart: boolean): void {
  const { text } = state;
  // A newline right after `?>` belongs to the closing tag, so `?>\n<?php` outputs nothing.
  let htmlStart = state.pos;
  if (text.charCodeAt(htmlStart) === 13) htmlStart++;
  if (text.charCodeAt(htmlStart) === 10) htmlStart++;
  let search = htmlStart;
  while (search < text.length) {
    const tag = text.indexOf('<?', search);
    if (tag === -1) break;
    const echo = text.charCodeAt(tag + 2) === 61;
    const php = text.slice(tag + 2, tag + 5).toLowerCase() === 'php' && (tag + 5 >= text.length || isSpace(text.charCodeAt(tag + 5)));
    if (echo || php) {
      if (tag > htmlStart && !atFileStart) pushToken(state.tokens, OUTPUT, htmlStart, tag);
      if (echo) pushToken(state.tokens, OUTPUT, tag, tag + 3);
      state.pos = tag + (echo ? 3 : 5);
      return;
    }
    search = tag + 2;
  }
  state.pos = text.length;
}

function readCode(state: PhpLexState): void {
  const { text } = state;
  const pos = state.pos;
  const code = text.charCodeAt(pos);
  const next = text.charCodeAt(pos + 1);
  if (isSpace(code)) state.pos = skipSpaces(text, pos + 1);
  else if (code === 63 && next === 62) {
    state.pos += 2;
    skipHtml(state, false);
  } else if (code === 35 && next === 91) openBracket(state, 2, ATTRIBUTE_OPEN);
  else if (code === 35 || (code === 47 && next === 47)) readLineComment(state, code === 35 ? 1 : 2);
  else if (code === 47 && next === 42) readBlockComment(state);
  else if (isIdentifierStart(code) || (code === 92 && isIdentifierStart(next))) readName(state);
  else if (code === 36 && isIdentifierStart(next)) {
    let end = pos + 2;
    while (isIdentifierPart(text.charCodeAt(end))) end++;
    push(state, VARIABLE, end - pos);
  } else if (isDigit(code) || (code === 46 && isDigit(next))) readNumber(state);
  else if (code === 39) readString(state, skipSingleQuoted(text, pos), 'string');
  else if (code === 34 || code === 96) readString(state, skipInterpolated(text, pos), code === 34 ? 'string' : 'backtick command');
  else if (code === 60 && text.startsWith('<<<', pos)) readHeredocLiteral(state);
  else readPunctuation(state, code, next);
}

function push(state: PhpLexState, kind: number, length: number, value = 0): void {
  pushToken(state.tokens, kind, state.pos, state.pos + length, value);
  state.pos += length;
}

/** `//` and `#` comments end at the line's end or at a `?>`, which closes the code island. */
function readLineComment(state: PhpLexState, markerLength: number): void {
  const { text } = state;
  const start = state.pos;
  let end = start + markerLength;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 10 || (code === 63 && text.charCodeAt(end + 1) === 62)) break;
    end++;
  }
  state.commentStarts.push(start);
  state.commentEnds.push(end);
  state.pos = end;
}

function readBlockComment(state: PhpLexState): void {
  const { text } = state;
  const start = state.pos;
  const close = text.indexOf('*/', start + 2);
  if (close === -1) loseTrack(state, start, 'unterminated block comment');
  state.pos = close === -1 ? text.length : close + 2;
  state.commentStarts.push(start);
  state.commentEnds.push(state.pos);
}

/** A name, qualified or not: `function`, `Exception`, `\Foo\Bar`, `namespace\Baz`. */
function readName(state: PhpLexState): void {
  const { text } = state;
  let end = state.pos;
  do {
    if (text.charCodeAt(end) === 92) end++;
    while (isIdentifierPart(text.charCodeAt(end))) end++;
  } while (text.charCodeAt(end) === 92 && isIdentifierStart(text.charCodeAt(end + 1)));
  push(state, NAME, end - state.pos);
}

function readNumber(state: PhpLexState): void {
  const { text } = state;
  const start = state.pos;
  const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 32) === 120;
  let end = start + 1;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    const exponentSign = (code === 43 || code === 45) && !hex && (text.charCodeAt(end - 1) | 32) === 101;
    if (!exponentSign && code !== 46 && !isIdentifierPart(code)) break;
    end++;
  }
  push(state, NUMBER, end - start);
}

function readString(state: PhpLexState, end: number, what: string): void {
  if (end === -1) {
    loseTrack(state, state.pos, `unterminated ${what}`);
    end = state.text.length;
  }
  push(state, STRING, end - state.pos);
}

function readHeredocLiteral(state: PhpLexState): void {
  const heredoc = readHeredoc(state.text, state.pos);
  if (heredoc === undefined) {
    push(state, PUNCT, 3, OTHER_OPERATOR);
    return;
  }
  readString(state, heredoc.end, `${heredoc.nowdoc ? 'nowdoc' : 'heredoc'} <<<${heredoc.label}`);
}

function readPunctuation(state: PhpLexState, code: number, next: number): void {
  const third = state.text.charCodeAt(state.pos + 2);
  if (code === 40 || code === 91 || code === 123) openBracket(state, 1, code);
  else if (code === 41 || code === 93 || code === 125) closeBracket(state, code);
  else if (code === 45 && next === 62) push(state, PUNCT, 2, OBJECT_OPERATOR);
  else if (code === 63 && next === 45 && third === 62) push(state, PUNCT, 3, OBJECT_OPERATOR);
  else if (code === 58 && next === 58) push(state, PUNCT, 2, SCOPE);
  else push(state, PUNCT, 1, code);
}

function openBracket(state: PhpLexState, length: number, value: number): void {
  state.openBrackets.push(state.tokens.count);
  push(state, PUNCT, length, value);
}

function closeBracket(state: PhpLexState, code: number): void {
  const { tokens } = state;
  const depth = state.openBrackets.length;
  // Never index -1 on an empty stack: that is a slow named-property lookup, not an array read.
  const open = depth === 0 ? undefined : state.openBrackets[depth - 1];
  const openValue = open === undefined ? -1 : tokens.values[open];
  const matches = code === 41 ? openValue === 40 : code === 125 ? openValue === 123 : openValue === 91 || openValue === ATTRIBUTE_OPEN;
  if (open === undefined || !matches) {
    loseTrack(state, state.pos, `unmatched \`${String.fromCharCode(code)}\``);
    push(state, PUNCT, 1, code);
    return;
  }
  state.openBrackets.pop();
  tokens.partners[open] = tokens.count;
  push(state, PUNCT, 1, code);
  tokens.partners[tokens.count - 1] = open;
}
