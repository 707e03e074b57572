import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEventEvidence, removeEventEvidence, updateEventEvidence } from './eventEvidence.ts';
import { addTimelineEvent, deleteTimelineEvent, readTimelineEvent } from './timelineEvents.ts';

function docWithEvent(): Y.Doc {
  const doc = new Y.Doc();
  addTimelineEvent(doc, {
    id: 'e1',
    at: '2026-11-20T14:00:00Z',
    timeZone: 'UTC',
    kind: 'action',
    description: 'Rolled back',
    createdAt: 1,
  });
  return doc;
}

const link = {
  id: 'l1',
  url: 'https://github.com/acme/app/pull/42',
  label: 'Rollback PR',
  kind: 'merge-request',
  addedAt: 5,
} as const;

describe('event evidence', () => {
  it('attaches, updates and removes links on an event', () => {
    const doc = docWithEvent();
    expect(addEventEvidence(doc, 'e1', link)).toEqual({ ok: true });
    expect(
      addEventEvidence(doc, 'e1', {
        ...link,
        id: 'l2',
        url: 'https://chat.example.com/m/1',
        kind: 'chat-message',
        addedAt: 6,
      }),
    ).toEqual({
      ok: true,
    });
    expect(readTimelineEvent(doc, 'e1')?.evidence.map((e) => e.kind)).toEqual(['merge-request', 'chat-message']);
    expect(updateEventEvidence(doc, 'e1', 'l1', { label: 'Revert of #41' })).toEqual({ ok: true });
    expect(readTimelineEvent(doc, 'e1')?.evidence[0]?.label).toBe('Revert of #41');
    expect(removeEventEvidence(doc, 'e1', 'l1')).toEqual({ ok: true });
    expect(removeEventEvidence(doc, 'e1', 'l1')).toEqual({ ok: true });
    expect(readTimelineEvent(doc, 'e1')?.evidence.map((e) => e.id)).toEqual(['l2']);
  });

  it('refuses links that are not http(s), with the plain-English message', () => {
    const doc = docWithEvent();
    for (const url of ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'file:///etc/hosts']) {
      expect(addEventEvidence(doc, 'e1', { ...link, url })).toEqual({
        ok: false,
        message: 'Only links starting with http:// or https:// can be added',
      });
    }
    addEventEvidence(doc, 'e1', link);
    expect(updateEventEvidence(doc, 'e1', 'l1', { url: 'javascript:void(0)' })).toMatchObject({ ok: false });
    expect(readTimelineEvent(doc, 'e1')?.evidence).toHaveLength(1);
    expect(readTimelineEvent(doc, 'e1')?.evidence[0]?.url).toBe(link.url);
  });

  it('refuses links on a deleted event', () => {
    const doc = docWithEvent();
    deleteTimelineEvent(doc, 'e1');
    expect(addEventEvidence(doc, 'e1', link)).toEqual({ ok: false, message: 'This event was deleted in the meantime' });
    expect(updateEventEvidence(doc, 'e1', 'l1', { label: 'x' })).toMatchObject({ ok: false });
    expect(removeEventEvidence(doc, 'e1', 'l1')).toEqual({ ok: true });
  });
});
