// The seeded random source: same seed → same sequence, helpers stay in range, seeds are well mixed.
import { describe, expect, it } from 'vitest';
import { createRng, hashString, mixSeed } from '../../src/sample/prng.js';

describe('sample prng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRng(2024);
    const b = createRng(2024);
    const c = createRng(2025);
    const seqA = Array.from({ length: 50 }, () => a.next());
    const seqB = Array.from({ length: 50 }, () => b.next());
    const seqC = Array.from({ length: 50 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(3, 6);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct elements, shuffles without losing any, and picks by weight', () => {
    const rng = createRng(1);
    const items = ['a', 'b', 'c', 'd', 'e'];
    const sample = rng.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample(items, 10)).toHaveLength(5);
    expect(rng.shuffle(items).sort()).toEqual(items);
    let heavy = 0;
    for (let i = 0; i < 1000; i++) if (rng.weighted([['x', 9], ['y', 1]] as const) === 'x') heavy++;
    expect(heavy).toBeGreaterThan(800);
    expect(() => rng.pick([])).toThrow();
  });

  it('mixes seed parts and hashes strings deterministically', () => {
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    expect(new Set(Array.from({ length: 1000 }, (_, i) => mixSeed(2024, i))).size).toBe(1000);
    expect(hashString('IH_CALC_BOX1_INCOME')).toBe(hashString('IH_CALC_BOX1_INCOME'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});
