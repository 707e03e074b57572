import {
  addAction,
  addCard,
  addTimelineEvent,
  ensureIncidentFactTexts,
  getIncidentFactText,
  replaceLessonSummary,
} from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countStageHints } from './countStageHints.ts';
import { hintKey } from './dismissedHints.ts';
import { findHints } from './findHints.ts';

function meetingWithBlame(): Y.Doc {
  const doc = new Y.Doc();
  ensureIncidentFactTexts(doc);
  getIncidentFactText(doc, 'impact')?.insert(0, 'Checkout failed for 40 minutes. Root cause: human error.');
  const at = { at: '2026-11-02T14:02:00.000Z', timeZone: 'UTC', createdAt: 1 };
  const events = [
    { id: 'e1', description: 'Bob should have checked the config.', kind: 'action' },
    { id: 'e2', description: 'Error rate alert fired.', kind: 'detection' },
  ] as const;
  for (const event of events) expect(addTimelineEvent(doc, { ...at, ...event }).ok).toBe(true);
  replaceLessonSummary(doc, 'The review was sloppy.');
  addCard(doc, { id: 'c1', prompt: 'slowed', text: 'Obviously the runbook was stale.', author: null, now: 1 });
  addCard(doc, { id: 'c2', prompt: 'helped', text: 'The alert fired in two minutes.', author: null, now: 1 });
  addAction(doc, { id: 'a1', title: 'Add a config check to CI', now: 1 });
  return doc;
}

describe('countStageHints', () => {
  it('counts open hints in each stage’s writing', () => {
    expect(countStageHints(meetingWithBlame(), new Set())).toEqual({
      prepare: 1,
      timeline: 1,
      lessons: 2,
      actions: 0,
    });
  });

  it('leaves out what this person dismissed, by the same key the field uses', () => {
    const doc = meetingWithBlame();
    const text = 'Bob should have checked the config.';
    const [finding] = findHints(text, 'event:e1', new Set());
    if (!finding) throw new Error('expected a hint');
    const counts = countStageHints(doc, new Set([hintKey('event:e1', text, finding)]));
    expect(counts.timeline).toBe(0);
    expect(counts.lessons).toBe(2);
  });
});
