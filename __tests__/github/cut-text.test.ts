import { describe, expect, it } from 'vitest';
import { cutText } from '../../src/github/cut-text.js';

describe('cutText', () => {
  it.each([
    ['fits', 'abc', 3, 'abc'],
    ['too long', 'abcdef', 4, 'ab..'],
    ['a surrogate pair at the cut', 'a😀bcd', 4, 'a..'],
    ['a note longer than the limit', 'abcdef', 1, '.'],
  ])('%s', (_name, text, limit, expected) => {
    expect(cutText(text, limit, '..')).toBe(expected);
  });
});
