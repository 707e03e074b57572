import { stageLabels } from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { Icon } from '../ui/Icon.tsx';
import { countStageHints, HINTED_STAGES, type HintedStage } from './countStageHints.ts';
import { useDismissedHints } from './useDismissedHints.ts';
import './coach.css';
import { onDocChange } from '../sync/onDocChange.ts';

// Counted again at most this often while people type: a count a second late helps as much as one on time.
const RECOUNT_MS = 1500;

/** For facilitators: how many wording hints are open in each stage's writing, to steer the conversation by. */
export function StageHintCounts({ doc, meetingId }: { readonly doc: Y.Doc; readonly meetingId: string }) {
  const dismissed = useDismissedHints(meetingId);
  const [counts, setCounts] = useState(() => countStageHints(doc, dismissed));

  useEffect(() => {
    setCounts(countStageHints(doc, dismissed));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setCounts(countStageHints(doc, dismissed));
      }, RECOUNT_MS);
    };
    const stop = onDocChange(doc, onUpdate);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [doc, dismissed]);

  const open = HINTED_STAGES.filter((stage) => counts[stage] > 0);
  return (
    <p className="hint-counts" aria-live="polite">
      <Icon name="bulb" />
      {open.length === 0 ? (
        'No wording hints open: the writing so far keeps to the process.'
      ) : (
        <>
          <span>Wording hints open:</span>
          {open.map((stage: HintedStage) => (
            <span key={stage} className="hint-counts__stage" data-stage={stage}>
              {stageLabels[stage]} <strong>{counts[stage]}</strong>
            </span>
          ))}
        </>
      )}
    </p>
  );
}
