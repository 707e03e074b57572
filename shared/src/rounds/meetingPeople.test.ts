import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createControlState } from '../meeting/controlState.ts';
import { writeCheckIn } from './checkIns.ts';
import { writeCheckOut } from './checkOuts.ts';
import { markFacilitating, readMeetingPeople } from './meetingPeople.ts';

describe('readMeetingPeople', () => {
  it('names attendees from both rounds once, and facilitators by the link they used or their promotion', () => {
    const rounds = new Y.Doc();
    writeCheckIn(rounds, { participantId: 'p-fay', name: 'Fay', at: 1, note: null, mood: null, passed: true });
    markFacilitating(rounds, 'p-fay');
    writeCheckIn(rounds, { participantId: 'p-ben', name: 'Ben', at: 2, note: 'hi', mood: 3, passed: false });
    writeCheckOut(rounds, { participantId: 'p-ben', name: 'Ben', note: 'bye', rated: false, at: 3 });
    writeCheckOut(rounds, { participantId: 'p-ana', name: ' Ana ', note: '', rated: true, at: 4 });
    writeCheckIn(rounds, { participantId: 'p-nobody', name: '  ', at: 5, note: null, mood: null, passed: true });
    const control = { ...createControlState(0), facilitatorIds: ['p-ben'] };

    expect(readMeetingPeople(rounds, control)).toEqual({
      attendees: ['Ana', 'Ben', 'Fay'],
      facilitators: ['Ben', 'Fay'],
    });
    expect(readMeetingPeople(rounds, null)).toEqual({ attendees: ['Ana', 'Ben', 'Fay'], facilitators: ['Fay'] });
  });
});
