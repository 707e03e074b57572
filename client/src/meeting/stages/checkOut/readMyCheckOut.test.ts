import { describe, expect, it } from 'vitest';
import { readMyCheckOut } from './checkOutApi.ts';

describe('readMyCheckOut', () => {
  it('reads the rating from either reply, and refuses anything else', () => {
    expect(readMyCheckOut({ worth: 4 })).toEqual({ worth: 4 });
    expect(readMyCheckOut({ worth: null })).toEqual({ worth: null });
    expect(readMyCheckOut({ checkOut: {}, mine: { worth: 2 } })).toEqual({ worth: 2 });
    expect(readMyCheckOut({ worth: 7 })).toBeNull();
    expect(readMyCheckOut({})).toBeNull();
    expect(readMyCheckOut(null)).toBeNull();
  });
});
