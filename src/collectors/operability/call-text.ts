/**
 * The text of a call from its opening parenthesis to the matching close, across at most `maxLines`
 * comment-free lines (parentheses inside strings are counted too; good enough for keyword checks).
 */
export function callText(lines: readonly string[], index: number, openParen: number, maxLines = 30): string {
  let depth = 0;
  let text = '';
  for (let current = index; current < Math.min(lines.length, index + maxLines); current++) {
    const line = (lines[current] as string).slice(current === index ? openParen : 0);
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
      if (depth === 0) return text + line.slice(0, i + 1);
    }
    text += `${line}\n`;
  }
  return text;
}
