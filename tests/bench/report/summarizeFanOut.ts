import type { CollectResult } from '../clients/workerMessages.ts';
import { type LatencyStats, summarizeLatencies } from './percentiles.ts';

export interface FanOutStats {
  /** Per edit: from its send until the last other client of the room has it (the budgeted figure). */
  readonly allReceived: LatencyStats;
  /** Per edit and receiver: from its send until that one client has it. */
  readonly eachDelivery: LatencyStats;
  readonly edits: number;
  readonly deliveries: number;
  /** Deliveries that never arrived before the measurement closed. */
  readonly missing: number;
}

interface EditRecord {
  readonly sentAt: number;
  received: number;
  lastArrival: number;
}

/** Joins what the writers sent with what the readers received, for edits sent in [from, to). */
export function summarizeFanOut(
  collected: readonly CollectResult[],
  receiversPerRoom: number,
  window: { readonly from: number; readonly to: number } = { from: -Infinity, to: Infinity },
): FanOutStats {
  const edits = new Map<string, EditRecord>();
  for (const { sends } of collected) {
    for (let i = 0; i < sends.length; i += 3) {
      const sentAt = sends[i + 2] as number;
      if (sentAt < window.from || sentAt >= window.to) continue;
      edits.set(`${sends[i]}:${sends[i + 1]}`, { sentAt, received: 0, lastArrival: sentAt });
    }
  }
  const delays: number[] = [];
  for (const { arrivals } of collected) {
    for (let i = 0; i < arrivals.length; i += 4) {
      const record = edits.get(`${arrivals[i]}:${arrivals[i + 1]}`);
      if (!record) continue;
      const arrivedAt = arrivals[i + 3] as number;
      record.received++;
      record.lastArrival = Math.max(record.lastArrival, arrivedAt);
      delays.push(arrivedAt - record.sentAt);
    }
  }
  const completions: number[] = [];
  let missing = 0;
  for (const record of edits.values()) {
    const short = receiversPerRoom - record.received;
    missing += Math.max(0, short);
    completions.push(short > 0 ? Number.POSITIVE_INFINITY : record.lastArrival - record.sentAt);
    for (let i = 0; i < short; i++) delays.push(Number.POSITIVE_INFINITY);
  }
  return {
    allReceived: summarizeLatencies(completions),
    eachDelivery: summarizeLatencies(delays),
    edits: edits.size,
    deliveries: delays.length - missing,
    missing,
  };
}
