import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import {
  addIncidentEvidence,
  readIncidentEvidence,
  removeIncidentEvidence,
  updateIncidentEvidence,
} from './incidentEvidence.ts';

const link = {
  id: 'ev-1',
  url: 'https://logs.example.com/q?id=1',
  label: 'Error logs',
  kind: 'log',
  addedAt: 2000,
} as const;

describe('incident evidence', () => {
  it('adds, reads oldest first, updates and removes links', () => {
    const doc = new Y.Doc();
    expect(addIncidentEvidence(doc, { ...link, id: 'ev-2', addedAt: 3000, kind: 'ci-run', addedBy: 'p-1' })).toEqual({
      ok: true,
    });
    expect(addIncidentEvidence(doc, link)).toEqual({ ok: true });
    expect(readIncidentEvidence(doc).map((entry) => entry.id)).toEqual(['ev-1', 'ev-2']);
    expect(readIncidentEvidence(doc)[1]).toEqual({
      id: 'ev-2',
      url: 'https://logs.example.com/q?id=1',
      label: 'Error logs',
      kind: 'ci-run',
      addedAt: 3000,
      addedBy: 'p-1',
    });

    expect(updateIncidentEvidence(doc, 'ev-1', { label: ' Grafana ', kind: 'metric' })).toEqual({ ok: true });
    expect(readIncidentEvidence(doc)[0]).toMatchObject({ label: 'Grafana', kind: 'metric' });

    expect(removeIncidentEvidence(doc, 'ev-1')).toEqual({ ok: true });
    expect(removeIncidentEvidence(doc, 'ev-1')).toEqual({ ok: true });
    expect(readIncidentEvidence(doc).map((entry) => entry.id)).toEqual(['ev-2']);
  });

  it('refuses anything but an http(s) link, and writes nothing', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(addIncidentEvidence(doc, { ...link, url: 'javascript:alert(document.cookie)' })).toEqual({
      ok: false,
      message: 'Only links starting with http:// or https:// can be added',
    });
    expect(addIncidentEvidence(doc, { ...link, kind: 'rumour' as never })).toMatchObject({ ok: false });
    expect(addIncidentEvidence(doc, { ...link, id: '' })).toMatchObject({ ok: false });
    expect(addIncidentEvidence(doc, { ...link, label: 'x'.repeat(201) })).toMatchObject({ ok: false });
    expect(updates).toBe(0);

    addIncidentEvidence(doc, link);
    expect(updateIncidentEvidence(doc, 'ev-1', { url: 'data:text/html,hi' })).toMatchObject({ ok: false });
    expect(readIncidentEvidence(doc)[0]?.url).toBe(link.url);
    expect(addIncidentEvidence(doc, link)).toEqual({ ok: false, message: 'This link was already added' });
    expect(updateIncidentEvidence(doc, 'gone', { label: 'x' })).toMatchObject({ ok: false });
  });

  it('never reads back a stored link that is not http(s)', () => {
    const doc = new Y.Doc();
    const entry = new Y.Map<unknown>();
    getContentMap(doc, ContentRoot.evidence).set('evil', entry);
    entry.set('url', 'javascript:alert(1)');
    entry.set('kind', 'log');
    addIncidentEvidence(doc, link);
    expect(readIncidentEvidence(doc).map((e) => e.id)).toEqual(['ev-1']);
  });
});
