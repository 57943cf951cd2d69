import { closeSync, constants, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

export type ReadOutcome = { text: string } | { skipped: 'binary' | 'unreadable' | 'symlink' };

// O_NOFOLLOW makes the open itself refuse a symlink, so a file swapped for a link after we listed it
// still cannot be read through. (Windows has no such flag; there links are refused by lstat alone.)
// O_NONBLOCK: a file swapped for a named pipe after we listed it must not hang the open (no effect on files).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

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

/** Why an open failed, as a skip; rethrows anything that is not about this one file. */
function openFailure(error: unknown): ReadOutcome {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP' || code === 'EMLINK') return { skipped: 'symlink' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'EISDIR') return { skipped: 'unreadable' };
  throw error;
}

export async function readText(absolutePath: string): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(absolutePath, OPEN_FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const text = decodeText(await handle.readFile());
    return text === undefined ? { skipped: 'binary' } : { text };
  } finally {
    await handle.close();
  }
}

/**
 * The same as readText, synchronously: the scan reads thousands of small files in a row (on worker threads
 * when it can), where one blocking read costs a fraction of the promise round trips of fs/promises.
 */
export function readTextSync(absolutePath: string): ReadOutcome {
  let fd;
  try {
    fd = openSync(absolutePath, OPEN_FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const text = decodeText(readFileSync(fd));
    return text === undefined ? { skipped: 'binary' } : { text };
  } catch (error) {
    // A folder opened read-only on Linux fails only here.
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { skipped: 'unreadable' };
    throw error;
  } finally {
    closeSync(fd);
  }
}
