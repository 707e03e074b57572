import type * as Y from 'yjs';
import { ControlRoot, getControlRootMap } from '../doc/docSchema.ts';
import { getCardsMap } from './cardFields.ts';

/**
 * Every card of the content document with its vote total from the control document, 0 when it has none. Only
 * the server writes totals (see `writeVoteTotal`), counted from its private ballots, where no participant can.
 */
export function readVoteTotals(control: Y.Doc, content: Y.Doc): Record<string, number> {
  const votes = getControlRootMap(control, ControlRoot.voteTotals);
  const totals: Record<string, number> = {};
  for (const cardId of getCardsMap(content).keys()) {
    const total = votes.get(cardId);
    totals[cardId] = Number.isInteger(total) && (total as number) > 0 ? (total as number) : 0;
  }
  return totals;
}

/** Every vote total the control document holds, by card id (cards may since have been deleted). */
export function readAllVoteTotals(control: Y.Doc): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [cardId, total] of getControlRootMap(control, ControlRoot.voteTotals).entries()) {
    if (Number.isInteger(total) && (total as number) > 0) totals[cardId] = total as number;
  }
  return totals;
}

/** Server only: sets a card's vote total in the control document. */
export function writeVoteTotal(control: Y.Doc, cardId: string, total: number): void {
  const votes = getControlRootMap(control, ControlRoot.voteTotals);
  if ((votes.get(cardId) ?? 0) === total) return;
  control.transact(() => {
    if (total > 0) votes.set(cardId, total);
    else votes.delete(cardId);
  });
}
