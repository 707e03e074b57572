import { describe, expect, it } from 'vitest';
import { parseAnonymousCardInput, parsePersonalHeaders, parseVoteInput } from './lessonsApi.ts';

const PROMPT = '"prompt" must be one of helped, slowed, differently, learned';
const TEXT = '"text" must be 1 to 2000 characters';
const ANONYMOUS = '"anonymous" must be true; cards with your name are added to the document directly';

describe('parseAnonymousCardInput', () => {
  it('accepts a card, trimming its text and dropping other fields', () => {
    expect(
      parseAnonymousCardInput({ prompt: 'slowed', text: '  No runbook  ', anonymous: true, authorId: 'x' }),
    ).toEqual({ ok: true, value: { prompt: 'slowed', text: 'No runbook', anonymous: true } });
    expect(parseAnonymousCardInput({ prompt: 'learned', text: '😀'.repeat(2000), anonymous: true }).ok).toBe(true);
  });

  it.each<[string, unknown, string | RegExp]>([
    ['no body', null, /JSON object/],
    ['an array', [], /JSON object/],
    ['no prompt', { text: 'x', anonymous: true }, PROMPT],
    ['a prompt label', { prompt: 'What helped us?', text: 'x', anonymous: true }, PROMPT],
    ['no text', { prompt: 'helped', anonymous: true }, TEXT],
    ['blank text', { prompt: 'helped', text: '   ', anonymous: true }, TEXT],
    ['text over 2000 characters', { prompt: 'helped', text: 'x'.repeat(2001), anonymous: true }, TEXT],
    ['text that is not a string', { prompt: 'helped', text: 5, anonymous: true }, TEXT],
    ['a named card', { prompt: 'helped', text: 'x', anonymous: false }, ANONYMOUS],
    ['anonymous missing', { prompt: 'helped', text: 'x' }, ANONYMOUS],
  ])('refuses %s', (_case, body, message) => {
    const result = parseAnonymousCardInput(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('parseVoteInput', () => {
  it('accepts +1 and -1 on a card', () => {
    expect(parseVoteInput({ cardId: 'c1', delta: 1 })).toEqual({ ok: true, value: { cardId: 'c1', delta: 1 } });
    expect(parseVoteInput({ cardId: 'c1', delta: -1, extra: true })).toEqual({
      ok: true,
      value: { cardId: 'c1', delta: -1 },
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['no body', 'vote', /JSON object/],
    ['no card id', { delta: 1 }, /"cardId"/],
    ['an empty card id', { cardId: '', delta: 1 }, /"cardId"/],
    ['a long card id', { cardId: 'x'.repeat(129), delta: 1 }, /"cardId"/],
    ['a delta of 2', { cardId: 'c1', delta: 2 }, /"delta"/],
    ['a delta of 0', { cardId: 'c1', delta: 0 }, /"delta"/],
    ['a delta as text', { cardId: 'c1', delta: '1' }, /"delta"/],
  ])('refuses %s', (_case, body, message) => {
    const result = parseVoteInput(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('parsePersonalHeaders', () => {
  const key = 'k'.repeat(16);

  it('needs a participant id and a secret personal key', () => {
    expect(parsePersonalHeaders('p-ana', key)).toEqual({ ok: true, value: { participantId: 'p-ana', voterKey: key } });
    expect(parsePersonalHeaders(null, key)).toMatchObject({ ok: false, message: /"X-Participant-Id"/ });
    expect(parsePersonalHeaders('x'.repeat(65), key)).toMatchObject({ ok: false, message: /"X-Participant-Id"/ });
    expect(parsePersonalHeaders('p-ana', undefined)).toMatchObject({ ok: false, message: /"X-Personal-Key"/ });
    expect(parsePersonalHeaders('p-ana', 'short')).toMatchObject({ ok: false, message: /"X-Personal-Key"/ });
    expect(parsePersonalHeaders('p-ana', `${key}!`)).toMatchObject({ ok: false, message: /"X-Personal-Key"/ });
  });
});
