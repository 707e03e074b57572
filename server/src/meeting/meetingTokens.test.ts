import { describe, expect, it } from 'vitest';
import { createMeetingId, createToken, hashToken, resolveRole } from './meetingTokens.ts';

describe('meeting tokens', () => {
  it('are long, URL-safe and different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, createToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(createMeetingId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('resolve to the role whose hash they match, and to nothing otherwise', () => {
    const tokens = { facilitator: createToken(), participant: createToken(), observer: createToken() };
    const hashes = {
      facilitator: hashToken(tokens.facilitator),
      participant: hashToken(tokens.participant),
      observer: hashToken(tokens.observer),
    };
    expect(resolveRole(hashes, tokens.facilitator)).toBe('facilitator');
    expect(resolveRole(hashes, tokens.participant)).toBe('participant');
    expect(resolveRole(hashes, tokens.observer)).toBe('observer');
    expect(resolveRole(hashes, createToken())).toBeNull();
    expect(resolveRole(hashes, '')).toBeNull();
    expect(resolveRole(hashes, undefined)).toBeNull();
    expect(hashes.facilitator).not.toContain(tokens.facilitator);
  });
});
