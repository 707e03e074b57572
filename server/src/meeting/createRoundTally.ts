import {
  controlDocName,
  getRoundsMap,
  MIN_RATINGS_TO_SHOW,
  RoundsRoot,
  readCheckIns,
  readCheckOuts,
  readControlState,
  readRoundProgress,
  roundsDocName,
  writeRoundProgress,
  writeVoteTotal,
} from '@debrief/shared';
import type { CheckOutRatingStore } from '../persistence/CheckOutRatingStore.ts';
import type { VoteStore } from '../persistence/VoteStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import { createSerialiser } from './createSerialiser.ts';
import type { LegacyContent } from './readLegacyContent.ts';

/**
 * The counts everyone sees, written into the control document from the server's own records: its stores and the
 * rounds document, which only it writes. Nothing here is ever read back from a document a client can write.
 */
export function createRoundTally(deps: {
  readonly registry: RoomRegistry;
  readonly votes: VoteStore;
  readonly ratings: CheckOutRatingStore;
}) {
  const { registry, votes, ratings } = deps;
  const serialise = createSerialiser(deps.registry.locks, 'tally');

  /**
   * Recounts the progress of every round. The ratings are shown once, when the meeting first closes with at least
   * MIN_RATINGS_TO_SHOW people rated, and never change after: a count that moved after a reopened meeting closed
   * again would show what the one person who checked out in between gave.
   */
  function publishProgress(meetingId: string): Promise<void> {
    return serialise(meetingId, async () => {
      const [voters, worth, rounds, state] = await Promise.all([
        votes.countVoters(meetingId),
        ratings.counts(meetingId),
        registry.readDocument(roundsDocName(meetingId), (doc) => ({
          checkedIn: readCheckIns(doc).length,
          checkedOut: readCheckOuts(doc).length,
        })),
        registry.readDocument(controlDocName(meetingId), (doc) => ({
          stage: readControlState(doc)?.stage,
          shown: readRoundProgress(doc).worth,
        })),
      ]);
      const rated = worth.reduce((sum, people) => sum + people, 0);
      const reveal = state.shown === null && state.stage === 'closed' && rated >= MIN_RATINGS_TO_SHOW;
      await registry.applyServerChange(controlDocName(meetingId), (doc) =>
        writeRoundProgress(doc, { voters, ...rounds, rated, ...(reveal ? { worth } : {}) }),
      );
    });
  }

  function publishVoteTotal(meetingId: string, cardId: string, total: number): Promise<void> {
    return registry.applyServerChange(controlDocName(meetingId), (doc) => writeVoteTotal(doc, cardId, total));
  }

  /** Moves what a content document from before version 4 held into the rounds document and the stores. */
  async function upgradeContent(meetingId: string, _from: number, legacy: LegacyContent): Promise<void> {
    if (legacy.checkIns.length > 0 || legacy.checkOuts.length > 0) {
      await registry.applyServerChange(roundsDocName(meetingId), (doc) => {
        const checkIns = getRoundsMap(doc, RoundsRoot.checkIns);
        const checkOuts = getRoundsMap(doc, RoundsRoot.checkOuts);
        for (const [key, value] of legacy.checkIns) if (!checkIns.has(key)) checkIns.set(key, value);
        for (const [key, value] of legacy.checkOuts) if (!checkOuts.has(key)) checkOuts.set(key, value);
      });
    }
    if (legacy.worth) await ratings.importEarlier(meetingId, legacy.worth);
    const totals = await votes.readTotals(meetingId);
    if (Object.keys(totals).length > 0) {
      await registry.applyServerChange(controlDocName(meetingId), (doc) => {
        for (const [cardId, total] of Object.entries(totals)) writeVoteTotal(doc, cardId, total);
      });
    }
    await publishProgress(meetingId);
  }

  return { publishProgress, publishVoteTotal, upgradeContent };
}

export type RoundTally = ReturnType<typeof createRoundTally>;
