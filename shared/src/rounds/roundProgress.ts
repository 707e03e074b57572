import type * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';

/** Counts the server keeps for rounds whose details are private, such as how many people have voted. */
export interface RoundProgress {
  readonly voters: number;
}

export function writeRoundProgress(doc: Y.Doc, progress: Partial<RoundProgress>): void {
  const map = getContentMap<number>(doc, ContentRoot.roundProgress);
  doc.transact(() => {
    if (progress.voters !== undefined && map.get('voters') !== progress.voters) map.set('voters', progress.voters);
  });
}

export function readRoundProgress(doc: Y.Doc): RoundProgress {
  const voters = getContentMap(doc, ContentRoot.roundProgress).get('voters');
  return { voters: typeof voters === 'number' && voters >= 0 ? voters : 0 };
}
