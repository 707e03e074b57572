import { readAllVoteTotals } from '@debrief/shared';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocReader } from '../rounds/useDocReader.ts';

/**
 * Each card's vote total, 0 when it has none. Totals come from the control document, which only the server
 * writes from its private ballots; the cards come from the content document.
 */
export function useVoteTotals(controlDoc: Y.Doc, cardIds: readonly string[]): Record<string, number> {
  const all = useDocReader(controlDoc, readAllVoteTotals);
  const key = cardIds.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids' joined key stands for the list
  return useMemo(() => Object.fromEntries(cardIds.map((id) => [id, all[id] ?? 0])), [all, key]);
}
