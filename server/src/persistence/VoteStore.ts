import type { Ballot } from '@debrief/shared';

/**
 * Private ballots: how many votes each voter put on each card. A ballot is known only by a hash of the
 * meeting, the participant id and the voter's secret key, so neither other people (who can see participant
 * ids) nor a copy of the database can tell who voted for what. The document only ever holds per-card totals.
 */
export interface VoteStore {
  readBallot(meetingId: string, ballotId: string): Promise<Ballot>;
  /** Sets one ballot's votes on a card (0 removes them) and resolves with everyone's votes on that card. */
  writeVote(meetingId: string, ballotId: string, cardId: string, count: number): Promise<number>;
  /** How many people have at least one vote placed, for the round's progress. */
  countVoters(meetingId: string): Promise<number>;
}
