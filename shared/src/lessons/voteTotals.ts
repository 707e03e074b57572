import type * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import { getCardsMap } from './cardFields.ts';

/**
 * Every card's vote total, 0 when it has none. Only the server writes totals (see `writeVoteTotal`):
 * who voted is kept on the server, so a vote cannot be traced to the voter's Yjs client.
 */
export function readVoteTotals(doc: Y.Doc): Record<string, number> {
  const votes = getContentMap(doc, ContentRoot.votes);
  const totals: Record<string, number> = {};
  for (const cardId of getCardsMap(doc).keys()) {
    const total = votes.get(cardId);
    totals[cardId] = Number.isInteger(total) && (total as number) > 0 ? (total as number) : 0;
  }
  return totals;
}

/** Sets a card's vote total; the server calls this with totals counted from its private ballots. */
export function writeVoteTotal(doc: Y.Doc, cardId: string, total: number): void {
  const votes = getContentMap(doc, ContentRoot.votes);
  if ((votes.get(cardId) ?? 0) === total) return;
  doc.transact(() => {
    if (total > 0) votes.set(cardId, total);
    else votes.delete(cardId);
  });
}
