import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import { writeMeetingMeta } from '../doc/meetingMeta.ts';
import {
  ensureIncidentFactTexts,
  getIncidentFactText,
  INCIDENT_FACT_TEXTS,
  observeIncidentFacts,
  readIncidentFacts,
  replaceIncidentFactText,
  setIncidentCost,
  setIncidentTime,
} from './incidentFacts.ts';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('incident facts', () => {
  it('reads empty facts from a new document', () => {
    expect(readIncidentFacts(new Y.Doc())).toEqual({
      title: '',
      severity: 'SEV3',
      started: null,
      detected: null,
      mitigated: null,
      resolved: null,
      howWeBecameAware: '',
      impact: '',
      howItWasSolved: '',
      cost: null,
    });
  });

  it('round-trips every fact, with title and severity from the meta', () => {
    const doc = new Y.Doc();
    writeMeetingMeta(doc, {
      title: 'Checkout outage',
      incidentSummary: '',
      occurredAt: null,
      severity: 'SEV2',
      createdAt: 1,
    });
    expect(setIncidentTime(doc, 'started', { at: '2026-11-20T23:40:00+01:00', timeZone: 'Europe/Berlin' })).toEqual({
      ok: true,
    });
    setIncidentTime(doc, 'detected', { at: '2026-11-20T23:05:00Z', timeZone: 'Europe/Berlin' });
    setIncidentTime(doc, 'mitigated', { at: '2026-11-21T01:10:00Z', timeZone: 'UTC' });
    setIncidentTime(doc, 'resolved', { at: '2026-11-22T08:00:00Z', timeZone: 'America/New_York' });
    replaceIncidentFactText(doc, 'howWeBecameAware', 'A customer wrote to support.');
    replaceIncidentFactText(doc, 'impact', 'Checkout failed for EU customers for 2 h.');
    replaceIncidentFactText(doc, 'howItWasSolved', 'Rolled back the config at 02:10.');
    expect(setIncidentCost(doc, { amount: 40, unit: 'person-hours' })).toEqual({ ok: true });

    expect(readIncidentFacts(doc)).toEqual({
      title: 'Checkout outage',
      severity: 'SEV2',
      started: { at: '2026-11-20T22:40:00.000Z', timeZone: 'Europe/Berlin' },
      detected: { at: '2026-11-20T23:05:00.000Z', timeZone: 'Europe/Berlin' },
      mitigated: { at: '2026-11-21T01:10:00.000Z', timeZone: 'UTC' },
      resolved: { at: '2026-11-22T08:00:00.000Z', timeZone: 'America/New_York' },
      howWeBecameAware: 'A customer wrote to support.',
      impact: 'Checkout failed for EU customers for 2 h.',
      howItWasSolved: 'Rolled back the config at 02:10.',
      cost: { amount: 40, unit: 'person-hours' },
    });

    setIncidentTime(doc, 'mitigated', null);
    setIncidentCost(doc, null);
    expect(readIncidentFacts(doc)).toMatchObject({ mitigated: null, cost: null });
  });

  it('refuses a time without a real zone or instant, and a bad cost, writing nothing', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(setIncidentTime(doc, 'started', { at: '2026-11-20T10:00:00', timeZone: 'UTC' })).toMatchObject({
      ok: false,
    });
    expect(setIncidentTime(doc, 'started', { at: '2026-11-20T10:00:00Z', timeZone: '+01:00' })).toMatchObject({
      ok: false,
    });
    expect(setIncidentTime(doc, 'cost' as never, { at: '2026-11-20T10:00:00Z', timeZone: 'UTC' })).toMatchObject({
      ok: false,
    });
    expect(setIncidentCost(doc, { amount: -5, unit: 'money' })).toMatchObject({ ok: false });
    expect(replaceIncidentFactText(doc, 'impact', 'x'.repeat(20_001))).toMatchObject({ ok: false });
    expect(updates).toBe(0);
  });

  it('exposes each text as a Y.Text once created, and merges concurrent typing in it', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    expect(getIncidentFactText(alice, 'impact')).toBeNull();
    ensureIncidentFactTexts(alice);
    sync(alice, bob);
    for (const field of INCIDENT_FACT_TEXTS) expect(getIncidentFactText(bob, field)).toBeInstanceOf(Y.Text);

    replaceIncidentFactText(alice, 'impact', 'Checkout failed.');
    sync(alice, bob);
    replaceIncidentFactText(alice, 'impact', 'All EU customers: Checkout failed.');
    getIncidentFactText(bob, 'impact')?.insert('Checkout failed.'.length, ' For 2 hours.');
    sync(alice, bob);
    expect(readIncidentFacts(alice).impact).toBe('All EU customers: Checkout failed. For 2 hours.');
    expect(readIncidentFacts(bob).impact).toBe(readIncidentFacts(alice).impact);
  });

  it('keeps plain text found where a Y.Text belongs, and ensuring twice writes nothing', () => {
    const doc = new Y.Doc();
    getContentMap(doc, ContentRoot.facts).set('impact', 'Checkout down');
    expect(readIncidentFacts(doc).impact).toBe('Checkout down');
    ensureIncidentFactTexts(doc);
    expect(getIncidentFactText(doc, 'impact')?.toString()).toBe('Checkout down');
    let updates = 0;
    doc.on('update', () => updates++);
    ensureIncidentFactTexts(doc);
    expect(updates).toBe(0);
  });

  it('tells an observer about changes to facts, evidence, schedule and meta until unsubscribed', () => {
    const doc = new Y.Doc();
    let calls = 0;
    const stop = observeIncidentFacts(doc, () => calls++);
    setIncidentCost(doc, { amount: 1, unit: 'money' });
    replaceIncidentFactText(doc, 'impact', 'x');
    getContentMap(doc, ContentRoot.schedule).set('meeting', null);
    expect(calls).toBe(3);
    stop();
    setIncidentCost(doc, null);
    expect(calls).toBe(3);
  });

  it('writes each change in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    replaceIncidentFactText(doc, 'howItWasSolved', 'Rolled back');
    expect(transactions).toBe(1);
  });
});
