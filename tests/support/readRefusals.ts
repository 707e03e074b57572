import * as decoding from 'lib0/decoding';

/** The reasons of the auth messages (type 2, permission denied) among the messages a raw socket received. */
export function readRefusals(messages: readonly Uint8Array[]): string[] {
  const reasons: string[] = [];
  for (const message of messages) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== 2 || decoding.readVarUint(decoder) !== 0) continue;
    reasons.push(decoding.readVarString(decoder));
  }
  return reasons;
}
