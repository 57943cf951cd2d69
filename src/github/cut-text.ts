// GitHub rejects over-long fields with 422 and the whole write is lost, so texts are cut to the
// limit with a note saying so. Lengths are UTF-16 code units, which never undercount characters.

/** Returns `text` if it fits in `limit`, else its start and `note`, `limit` long at most. */
export function cutText(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - note.length);
  // Never leave half of a surrogate pair at the cut.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + note.slice(0, limit);
}
