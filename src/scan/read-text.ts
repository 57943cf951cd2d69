import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type ReadOutcome = { text: string } | { skipped: 'binary' | 'unreadable' | 'symlink' };

// O_NOFOLLOW makes the open itself refuse a symlink, so a file swapped for a link after we listed it
// still cannot be read through. (Windows has no such flag; there links are refused by lstat alone.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

function hasNulByte(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decodes UTF-8 (BOM dropped, invalid bytes replaced) or UTF-16 with a BOM; NUL bytes mean binary. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes);
  if (hasNulByte(bytes)) return undefined;
  return utf8.decode(bytes);
}

export async function readText(absolutePath: string): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(absolutePath, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { skipped: 'symlink' };
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'EISDIR') {
      return { skipped: 'unreadable' };
    }
    throw error;
  }
  try {
    const text = decodeText(await handle.readFile());
    return text === undefined ? { skipped: 'binary' } : { text };
  } finally {
    await handle.close();
  }
}
