import { describe, expect, it } from 'vitest';
import { createToken } from './meetingTokens.ts';
import { openSealedTokens, sealTokens } from './sealTokens.ts';

describe('sealed share links', () => {
  const tokens = { participant: createToken(), observer: createToken() };
  const facilitator = createToken();

  it('open with the facilitator token', () => {
    expect(openSealedTokens(sealTokens(tokens, facilitator), facilitator)).toEqual(tokens);
  });

  it('reveal nothing without it', () => {
    const sealed = sealTokens(tokens, facilitator);
    expect(sealed).not.toContain(tokens.participant);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain(tokens.participant);
    expect(openSealedTokens(sealed, createToken())).toBeNull();
    expect(openSealedTokens(sealed, tokens.participant)).toBeNull();
    expect(openSealedTokens('garbage', facilitator)).toBeNull();
  });
});
