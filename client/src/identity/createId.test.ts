import { describe, expect, it } from 'vitest';
import { createId, createSecret } from './createId.ts';

describe('createId', () => {
  it('makes different version 4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 1000 }, createId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes secrets of the asked length', () => {
    expect(createSecret(32)).toMatch(/^[0-9a-f]{64}$/);
    expect(createSecret(32)).not.toBe(createSecret(32));
  });
});
