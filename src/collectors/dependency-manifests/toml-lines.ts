// Just enough TOML for dependency tables: table headers, `key = value` lines, and the items of arrays
// that span lines. Inline tables and dotted keys are kept as written; strings are read for their
// text. Not a validator: only an unterminated array or multi-line string is reported as a problem.

export interface TomlEntry {
  /** The table the entry is in, e.g. `tool.poetry.dependencies`; '' before the first header. */
  table: string;
  /** The key as written, quotes removed. */
  key: string;
  /** The value text on the key's line (the whole value for single-line values). */
  value: string;
  line: number;
  /** For an array value: each string item and its line. */
  items?: Array<{ text: string; line: number }>;
}

export interface TomlHeader {
  table: string;
  line: number;
  /** `[[bin]]` array-of-tables headers. */
  array: boolean;
}

export interface TomlLines {
  headers: TomlHeader[];
  entries: TomlEntry[];
  problem?: { line: number; message: string };
}

const HEADER = /^\[(\[)?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const KEY_VALUE = /^("[^"]*"|'[^']*'|[A-Za-z0-9_.\-"']+?)\s*=\s*(.*)$/;
const STRING_ITEM = /"((?:[^"\\]|\\.)*)"|'([^']*)'/g;

export function readTomlLines(text: string): TomlLines {
  const result: TomlLines = { headers: [], entries: [] };
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  let table = '';
  let openArray: TomlEntry | undefined;
  let openString: { line: number; quote: string } | undefined;
  lines.forEach((raw, index) => {
    const number = index + 1;
    if (openString) {
      if (raw.includes(openString.quote)) openString = undefined;
      return;
    }
    if (openArray) {
      addItems(openArray, raw, number);
      if (withoutComment(raw).includes(']')) openArray = undefined;
      return;
    }
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const header = HEADER.exec(line);
    if (header) {
      table = unquoteDotted(header[2] as string);
      result.headers.push({ table, line: number, array: header[1] !== undefined });
      return;
    }
    const pair = KEY_VALUE.exec(line);
    if (!pair) return;
    const value = (pair[2] as string).trim();
    const entry: TomlEntry = { table, key: unquoteDotted(pair[1] as string), value, line: number };
    result.entries.push(entry);
    const multiline = /^("""|''')/.exec(value);
    if (multiline && !value.slice(3).includes(multiline[1] as string)) openString = { line: number, quote: multiline[1] as string };
    if (value.startsWith('[')) {
      entry.items = [];
      addItems(entry, value.slice(1), number);
      if (!withoutComment(value).includes(']')) openArray = entry;
    }
  });
  const unterminated = openArray?.line ?? openString?.line;
  if (unterminated !== undefined) result.problem = { line: unterminated, message: 'invalid TOML: an array or string is never closed' };
  return result;
}

function addItems(entry: TomlEntry, text: string, line: number): void {
  for (const match of withoutComment(text).matchAll(STRING_ITEM)) entry.items?.push({ text: match[1] ?? match[2] ?? '', line });
}

/** Drops a `#` comment that is not inside a string. */
function withoutComment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote !== '') {
      if (char === '\\' && quote === '"') i += 1;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return text.slice(0, i);
  }
  return text;
}

/** `tool."poetry".dependencies` → `tool.poetry.dependencies`; `"my-key"` → `my-key`. */
function unquoteDotted(key: string): string {
  return key
    .split('.')
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .join('.');
}
