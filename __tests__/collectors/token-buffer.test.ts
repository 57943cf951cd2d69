import { describe, expect, it } from 'vitest';
import { createTokenBuffer, firstTokenFrom, pushToken } from '../../src/collectors/token-buffer.js';

describe('firstTokenFrom', () => {
  // Tokens at [0,3) [4,5) [9,12) [12,13): "abc d    efg(" with gaps between some of them.
  const buffer = createTokenBuffer(2);
  for (const [start, end] of [[0, 3], [4, 5], [9, 12], [12, 13]] as const) pushToken(buffer, 1, start, end);

  it('finds the token starting at an offset, or the next one after a gap', () => {
    expect([0, 1, 4, 5, 9, 12].map((offset) => firstTokenFrom(buffer, offset))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('is the count past the last token start', () => {
    expect(firstTokenFrom(buffer, 13)).toBe(4);
    expect(firstTokenFrom(createTokenBuffer(), 0)).toBe(0);
  });

  it('never answers below the token it is told to search from', () => {
    expect(firstTokenFrom(buffer, 0, 2)).toBe(2);
    expect(firstTokenFrom(buffer, 10, 1)).toBe(3);
  });
});
