import { digest } from 'lib0/hash/sha256';
import { encodeUtf8 } from 'lib0/string';

/**
 * A person's ids in one meeting, derived from the secret personal key their browser keeps, the same way on both
 * sides. The presence key proves the participant id on the websocket; the participant id is what everyone sees.
 * Neither can be turned back into the key, nor into the ballot and rating ids the server derives apart.
 */
export function derivePresenceKey(meetingId: string, personalKey: string): string {
  return hashParts('presence', meetingId, personalKey);
}

export function participantIdFromPresenceKey(presenceKey: string): string {
  return `p-${hashParts('participant', presenceKey).slice(0, 22)}`;
}

function hashParts(...parts: string[]): string {
  return toBase64Url(digest(encodeUtf8(['debrief', ...parts].join('\0'))));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63];
    if (c !== undefined) out += ALPHABET[n & 63];
  }
  return out;
}
