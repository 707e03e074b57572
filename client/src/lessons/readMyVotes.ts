import type { MyVotes } from '@debrief/shared';

/** Reads a server's `MyVotes` reply, checking its shape; null when it is not one. */
export function readMyVotes(body: unknown): MyVotes | null {
  if (typeof body !== 'object' || body === null) return null;
  const { votesPerPerson, used, remaining, cards } = body as Record<string, unknown>;
  if (!isCount(votesPerPerson) || !isCount(used) || !isCount(remaining)) return null;
  if (typeof cards !== 'object' || cards === null || Array.isArray(cards)) return null;
  const ballot: Record<string, number> = {};
  for (const [cardId, count] of Object.entries(cards)) {
    if (isCount(count) && count > 0) ballot[cardId] = count;
  }
  return { votesPerPerson, used, remaining, cards: ballot };
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}
