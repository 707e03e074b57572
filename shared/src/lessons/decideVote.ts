/** One person's votes as the server tells them: "you have 2 of 3 votes left". */
export interface MyVotes {
  readonly votesPerPerson: number;
  readonly used: number;
  readonly remaining: number;
  /** votes by card id, only for cards that still exist */
  readonly cards: Readonly<Record<string, number>>;
}

/** A person's votes by card id. */
export type Ballot = Readonly<Record<string, number>>;

export type VoteDecision = { ok: true; count: number } | { ok: false; message: string };

/** Summarises a ballot; votes on deleted cards no longer count, so they are handed back. */
export function summariseMyVotes(votesPerPerson: number, ballot: Ballot, liveCardIds: ReadonlySet<string>): MyVotes {
  const cards: Record<string, number> = {};
  let used = 0;
  for (const [cardId, count] of Object.entries(ballot)) {
    if (!liveCardIds.has(cardId) || count <= 0) continue;
    cards[cardId] = count;
    used += count;
  }
  return { votesPerPerson, used, remaining: Math.max(0, votesPerPerson - used), cards };
}

/** Whether a person may add (+1) or take back (-1) a vote on a card, and their count on it afterwards. */
export function decideVote(mine: MyVotes, cardId: string, delta: 1 | -1): VoteDecision {
  const current = mine.cards[cardId] ?? 0;
  if (delta === -1) {
    if (current === 0) return { ok: false, message: 'You have no vote on this card to take back' };
    return { ok: true, count: current - 1 };
  }
  if (mine.votesPerPerson === 0) return { ok: false, message: 'Voting is off: the facilitator gave everyone 0 votes' };
  if (mine.remaining === 0) {
    const plural = mine.votesPerPerson === 1 ? 'vote' : 'votes';
    return { ok: false, message: `You have used all ${mine.votesPerPerson} of your ${plural}; take one back first` };
  }
  return { ok: true, count: current + 1 };
}
