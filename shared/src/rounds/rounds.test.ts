import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseCheckInInput, readCheckIns, writeCheckIn } from './checkIns.ts';
import { parseCheckOutInput, readCheckOuts, writeCheckOut } from './checkOuts.ts';
import { describeMood } from './moods.ts';
import { readRoundProgress, writeRoundProgress } from './roundProgress.ts';

describe('parseCheckInInput', () => {
  it('accepts a note with a mood', () => {
    expect(parseCheckInInput({ note: '  Tired but curious ', mood: 3 })).toEqual({
      ok: true,
      value: { note: 'Tired but curious', mood: 3, passed: false },
    });
  });

  it('treats an empty check-in, or an explicit pass, as a pass', () => {
    expect(parseCheckInInput({})).toEqual({ ok: true, value: { note: null, mood: null, passed: true } });
    expect(parseCheckInInput({ note: 'x', passed: true })).toEqual({
      ok: true,
      value: { note: null, mood: null, passed: true },
    });
  });

  it('accepts a mood without a note', () => {
    expect(parseCheckInInput({ mood: 5 })).toEqual({ ok: true, value: { note: null, mood: 5, passed: false } });
  });

  it.each([
    [null, /object/],
    [{ note: 42 }, /"note"/],
    [{ note: 'x'.repeat(281) }, /"note"/],
    [{ mood: 7 }, /"mood"/],
    [{ mood: 2.5 }, /"mood"/],
    [{ passed: 'yes' }, /"passed"/],
  ])('refuses %j', (body, message) => {
    const result = parseCheckInInput(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('check-ins in the document', () => {
  it('round-trip, sorted by time, and a hidden one carries no text', () => {
    const doc = new Y.Doc();
    writeCheckIn(doc, { participantId: 'b', name: 'Ben', at: 20, hidden: true });
    writeCheckIn(doc, { participantId: 'a', name: 'Ana', at: 10, note: 'Rested', mood: 4, passed: false });
    expect(readCheckIns(doc)).toEqual([
      { participantId: 'a', name: 'Ana', note: 'Rested', mood: 4, passed: false, hidden: false, at: 10 },
      { participantId: 'b', name: 'Ben', note: null, mood: null, passed: false, hidden: true, at: 20 },
    ]);
  });

  it('keeps one check-in per person: a second one replaces the first', () => {
    const doc = new Y.Doc();
    writeCheckIn(doc, { participantId: 'a', name: 'Ana', at: 10, note: 'First', mood: null, passed: false });
    writeCheckIn(doc, { participantId: 'a', name: 'Ana', at: 11, note: null, mood: null, passed: true });
    expect(readCheckIns(doc)).toHaveLength(1);
    expect(readCheckIns(doc)[0]?.passed).toBe(true);
  });
});

describe('check-outs in the document', () => {
  it('round-trip and trim long notes', () => {
    const doc = new Y.Doc();
    writeCheckOut(doc, { participantId: 'a', name: 'Ana', note: ` ${'y'.repeat(300)} `, rated: true, at: 3 });
    const [entry] = readCheckOuts(doc);
    expect(entry?.rated).toBe(true);
    expect(entry?.note.length).toBe(280);
  });
});

describe('parseCheckOutInput', () => {
  it('takes a note and an optional 1–5 rating, and names what is wrong', () => {
    expect(parseCheckOutInput({ note: '  Lighter than I came in ', worth: 4 })).toEqual({
      ok: true,
      value: { note: 'Lighter than I came in', worth: 4 },
    });
    expect(parseCheckOutInput({})).toEqual({ ok: true, value: { note: '', worth: null } });
    expect(parseCheckOutInput({ worth: 6 })).toMatchObject({ ok: false, message: expect.stringContaining('"worth"') });
    expect(parseCheckOutInput({ worth: 2.5 })).toMatchObject({ ok: false });
    expect(parseCheckOutInput({ note: 7 })).toMatchObject({ ok: false, message: '"note" must be text' });
    expect(parseCheckOutInput({ note: 'x'.repeat(281) })).toMatchObject({ ok: false });
    expect(parseCheckOutInput([])).toMatchObject({ ok: false });
  });
});

describe('round progress', () => {
  it('keeps the counts and the revealed ratings, and reads nonsense as none', () => {
    const doc = new Y.Doc();
    expect(readRoundProgress(doc)).toEqual({ voters: 0, checkedIn: 0, checkedOut: 0, rated: 0, worth: null });
    writeRoundProgress(doc, { voters: 3, checkedIn: 4, rated: 3, worth: [0, 1, 0, 2, 0] });
    expect(readRoundProgress(doc)).toEqual({
      voters: 3,
      checkedIn: 4,
      checkedOut: 0,
      rated: 3,
      worth: [0, 1, 0, 2, 0],
    });
    writeRoundProgress(doc, { worth: null });
    expect(readRoundProgress(doc).worth).toBeNull();
    doc.getMap('progress').set('worth', ['a', -1]);
    doc.getMap('progress').set('voters', -3);
    expect(readRoundProgress(doc)).toMatchObject({ voters: 0, worth: null });
  });
});

describe('describeMood', () => {
  it('uses words and faces, not numbers', () => {
    expect(describeMood(1)).toBe('😣 Rough');
    expect(describeMood(5)).toMatch(/Great/);
  });
});
