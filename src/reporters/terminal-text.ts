// Making untrusted text safe to print in a terminal or a CI log, and laying it out in columns.

/**
 * C0 controls except tab and newline (ESC among them), DEL, C1 controls, and the bidirectional
 * overrides and isolates that can make a file name display as something else ("Trojan Source").
 */
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes characters that could move the cursor, recolour the terminal or reorder text. */
export function stripControls(text: string): string {
  return text.replace(UNSAFE_CONTROLS, '');
}

/** Untrusted text for a single-line position: controls removed, line breaks and tabs become spaces. */
export function terminalLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
    .replace(/\t/g, ' ')
    .replace(UNSAFE_CONTROLS, '');
}

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * The CLI's output may be printed in an Actions log, where a line starting with `::` (after
 * leading whitespace) is a workflow command and `##[` is a legacy command anywhere in a line
 * (GHSA-mfwh-5m23-j46w). A zero-width space breaks both without changing what a reader sees.
 */
export function neutraliseWorkflowCommands(output: string): string {
  return output
    .split('\n')
    .map((line) => {
      const withoutLegacy = line.replaceAll('##[', `#${ZERO_WIDTH_SPACE}#[`);
      const indent = withoutLegacy.length - withoutLegacy.trimStart().length;
      return withoutLegacy.startsWith('::', indent)
        ? `${withoutLegacy.slice(0, indent + 1)}${ZERO_WIDTH_SPACE}${withoutLegacy.slice(indent + 1)}`
        : withoutLegacy;
    })
    .join('\n');
}

/**
 * Breaks `items` into lines of at most `width` columns, never inside an item; an item longer than
 * the width gets a line to itself. Continuation lines start with `indent`.
 */
export function wrapItems(items: readonly string[], separator: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    if (current === '') {
      current = item;
    } else if (current.length + separator.length + item.length <= width) {
      current += separator + item;
    } else {
      lines.push(current);
      current = indent + item;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Word-wraps prose to `width` columns; the first line starts with `firstIndent`, the rest with `indent`. */
export function wrapText(text: string, width: number, indent: string, firstIndent = indent): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  if (words.length === 0) return [];
  const [first = '', ...rest] = words;
  return wrapItems([firstIndent + first, ...rest], ' ', width, indent);
}
