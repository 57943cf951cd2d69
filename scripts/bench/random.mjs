// A seeded generator (mulberry32), so the same seed always gives the same repository.

export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  /** A value spread evenly on a log scale between min and max: many small, few large. */
  const logUniform = (min, max) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))));
  /** Picks a key of `weights` with probability proportional to its weight. */
  const weighted = (weights) => {
    const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
    let roll = next() * total;
    for (const [key, weight] of Object.entries(weights)) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return Object.keys(weights)[0];
  };
  return { next, int, pick, chance, logUniform, weighted };
}
