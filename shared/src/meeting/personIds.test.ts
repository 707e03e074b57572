import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derivePresenceKey, isDerivedParticipantId, participantIdFromPresenceKey } from './personIds.ts';

describe('person ids', () => {
  it('derive the same ids as SHA-256 in base64url, different per meeting and per key', () => {
    const key = 'a'.repeat(64);
    const presence = derivePresenceKey('meeting-one', key);
    expect(presence).toBe(
      createHash('sha256')
        .update('debrief\0presence\0meeting-one\0' + key)
        .digest('base64url'),
    );
    const id = participantIdFromPresenceKey(presence);
    expect(isDerivedParticipantId(id)).toBe(true);
    expect(id).not.toBe(participantIdFromPresenceKey(derivePresenceKey('meeting-two', key)));
    expect(id).not.toBe(participantIdFromPresenceKey(derivePresenceKey('meeting-one', 'b'.repeat(64))));
    expect(isDerivedParticipantId('p-chosen-by-anyone')).toBe(false);
  });
});
