import { describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const connect = (token: string) => room.connect(token);

const command = (type: string) => room.command(type);

async function readServerNotes(): Promise<string> {
  const probe = connect(room.meeting.tokens.observer);
  await probe.synced();
  return probe.doc.getText('notes').toString();
}

describe('a closed meeting', () => {
  it('drops participant writes to the content document, and accepts them again once reopened', async () => {
    const participant = connect(room.meeting.tokens.participant);
    const other = connect(room.meeting.tokens.participant);
    await Promise.all([participant.synced(), other.synced()]);
    participant.doc.getText('notes').insert(0, 'before closing. ');
    await eventually(() => expect(other.doc.getText('notes').toString()).toBe('before closing. '));

    expect(await command('close')).toBe(200);
    const before = await room.metric('debrief_refused_writes_total');
    participant.doc.getText('notes').insert(participant.doc.getText('notes').length, 'written while closed');
    await eventually(async () => expect(await room.metric('debrief_refused_writes_total')).toBeGreaterThan(before));
    expect(await readServerNotes()).toBe('before closing. ');
    expect(other.doc.getText('notes').toString()).toBe('before closing. ');

    const late = connect(room.meeting.tokens.facilitator);
    await late.synced();
    late.doc.getMap('checklist').set('impact', 'edited while closed');
    await eventually(async () => expect(await room.metric('debrief_refused_writes_total')).toBeGreaterThan(before + 1));

    expect(await command('reopen')).toBe(200);
    other.doc.getText('notes').insert(0, 'after reopening. ');
    await eventually(async () => expect(await readServerNotes()).toContain('after reopening. '));
  });

  it('stays read-only for connections made after a server restart', async () => {
    expect(await command('close')).toBe(200);
    await room.restart();
    const participant = connect(room.meeting.tokens.participant);
    await participant.synced();
    participant.doc.getText('notes').insert(0, 'sneaky');
    await eventually(async () => expect(await room.metric('debrief_refused_writes_total')).toBe(1));
    expect(await readServerNotes()).toBe('');
  });
});
