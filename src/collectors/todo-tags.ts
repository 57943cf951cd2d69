// TODO-style tags in comment text, shared by every language's collector so `todo.comments` means the
// same thing everywhere: TODO, FIXME, XXX or HACK as an uppercase whole word, one finding per comment.

const TAG = /(?<![A-Za-z0-9_])(TODO|FIXME|XXX|HACK)(?![A-Za-z0-9_])/;
const MESSAGE_LIMIT = 120;
/** A newline and the `*` that starts each line of a JSDoc-style block. */
const BLOCK_LINE_START = /\r?\n[ \t]*\*?(?!\/)/g;
const LEADING_PUNCTUATION = /^[\s:\-–]+/;

export interface TodoTag {
  tag: string;
  /** Offset of the tag in the comment body. */
  index: number;
}

/** The first tag in a comment's body (the text without its `#`, `//` or `/* … *\/` markers). */
export function findTodoTag(body: string): TodoTag | undefined {
  const match = TAG.exec(body);
  return match === null ? undefined : { tag: match[1] ?? 'TODO', index: match.index };
}

function clean(value: string): string {
  return value.replace(BLOCK_LINE_START, ' ').replace(LEADING_PUNCTUATION, '').trim();
}

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MESSAGE_LIMIT ? `${flat.slice(0, MESSAGE_LIMIT)}…` : flat;
}

/** "TAG: the words after the tag" (`# TODO: retry` → "TODO: retry"), or the whole comment when none follow. */
export function todoMessage(body: string, found: TodoTag): string {
  const window = MESSAGE_LIMIT * 4;
  const start = found.index + found.tag.length;
  const after = clean(body.slice(start, start + window));
  return `${found.tag}: ${shorten(after.length > 0 ? after : clean(body.slice(0, window)))}`;
}
