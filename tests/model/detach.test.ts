// detachStrings: a deep copy of plain data, equal to the input, sharing no objects with it.
import { describe, expect, it } from 'vitest';
import { detachString, detachStrings } from '../../src/model/detach.js';

describe('detachStrings', () => {
  it('copies nested plain data exactly', () => {
    const source = 'x'.repeat(1000) + 'income_item_amount_total' + 'y'.repeat(1000);
    const long = source.slice(1000, 1024);
    const value = { a: [1, 'ab', long, null, { b: true, c: undefined, d: [long] }], e: 0.37 };
    const copy = detachStrings(value);
    expect(copy).toStrictEqual(value);
    expect(copy).not.toBe(value);
    expect(copy.a).not.toBe(value.a);
    expect(copy.a[4]).not.toBe(value.a[4]);
    expect(detachString(long)).toBe('income_item_amount_total');
  });
});
