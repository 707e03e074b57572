import type { Ballot } from '@debrief/shared';

/**
 * Private ballots: how many votes each voter put on each card. A ballot is known only by the person's ballot id,
 * a one-way hash of their secret key of its own (see `personalKeys`) that nothing else in the database holds, so
 * neither other people (who see participant ids) nor a copy of the database can tell who voted for what. The
 * documents only ever hold per-card totals.
 */
export interface VoteStore {
  readBallot(meetingId: string, ballotId: string): Promise<Ballot>;
  /** Sets one ballot's votes on a card (0 removes them) and resolves with everyone's votes on that card. */
  writeVote(meetingId: string, ballotId: string, cardId: string, count: number): Promise<number>;
  /** How many people have at least one vote placed, for the round's progress. */
  countVoters(meetingId: string): Promise<number>;
  /** Every card's total in the meeting. */
  readTotals(meetingId: string): Promise<Record<string, number>>;
}
