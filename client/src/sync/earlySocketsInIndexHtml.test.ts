import fs from 'node:fs';
import { derivePresenceKey, participantIdFromPresenceKey } from '@debrief/shared';
import { describe, expect, it } from 'vitest';

const html = fs.readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

/** index.html's own derivation (see its inline script), run here as the browser runs it. */
function deriveAsIndexHtml(meetingId: string, personalKey: string): [string, string] {
  const body = html.slice(html.indexOf('const sha256 = '), html.indexOf('const proof = hash('));
  const derive = new Function(
    'meeting',
    'key',
    `${body}; const proof = hash("presence", meeting, key); return [proof, \`p-\${hash("participant", proof).slice(0, 22)}\`];`,
  );
  return derive(meetingId, personalKey);
}

describe("index.html's early sync connections", () => {
  it('prove the same person as the app, so that the app can take them over', () => {
    for (const [meetingId, personalKey] of [
      ['abcdefgh', 'k'.repeat(64)],
      ['Zx_9-abcdEFG', 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2'],
    ] as const) {
      const presenceKey = derivePresenceKey(meetingId, personalKey);
      expect(deriveAsIndexHtml(meetingId, personalKey)).toEqual([
        presenceKey,
        participantIdFromPresenceKey(presenceKey),
      ]);
    }
  });
});
