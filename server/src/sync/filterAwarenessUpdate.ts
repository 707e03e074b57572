import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly json: string;
}

/**
 * Keeps the entries of an awareness update (client id, clock, JSON state) that `accept` allows, in the format of
 * y-protocols' `encodeAwarenessUpdate`: the update itself when all are kept, null when none are. `accept` sees each
 * entry with its state parsed (null when the client removes its presence), once, in order. Throws on an update
 * that cannot be read.
 */
export function filterAwarenessUpdate(
  update: Uint8Array,
  accept: (clientId: number, clock: number, state: unknown) => boolean,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (accept(clientId, clock, JSON.parse(json))) kept.push({ clientId, clock, json });
  }
  if (kept.length === count) return update;
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}
