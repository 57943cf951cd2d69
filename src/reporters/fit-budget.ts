// Finds how much detail fits a size limit (GitHub rejects an over-long summary or comment whole,
// so reporters shed detail instead of letting the upload fail).

/**
 * The rendering for the largest `size` in [0, max] whose `measure` is at most `limit`, assuming a
 * larger size never measures less; undefined when even size 0 does not fit.
 */
export function largestFitting(
  max: number,
  limit: number,
  measure: (text: string) => number,
  renderAt: (size: number) => string,
): string | undefined {
  let best: string | undefined;
  let low = 0;
  let high = max;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const text = renderAt(middle);
    if (measure(text) <= limit) {
      best = text;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}
