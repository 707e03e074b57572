import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Metrics } from '../metrics/createMetrics.ts';
import type { Room } from '../sync/Room.ts';
import type { RoomFanOut } from './RoomFanOut.ts';

/** Messages older than this are trimmed from a document's stream: by then every instance has them, or reads the store. */
const KEEP_MS = 60_000;
/** A stream nobody writes to for this long is dropped. */
const IDLE_EXPIRY_MS = 10 * 60_000;
/** How long one read waits for news before it looks again at which documents are loaded. */
const READ_BLOCK_MS = 1000;
const READ_COUNT = 1000;
/** How long a room's load waits for Redis to say where its stream is before it starts from the clock. */
const MARK_TIMEOUT_MS = 1000;

/** Kinds of message in a document's stream. */
const UPDATE = 'u';
const PRESENCE = 'p';
/** "This instance has stored up to here": sent after it was cut off, so others read what they missed from the store. */
const HEAD = 'h';

export interface RedisFanOut extends RoomFanOut {
  readonly instanceId: string;
}

/**
 * Fan-out over Redis streams, one per document (`XADD`, and `XREAD` from the last id seen), so an instance that loses
 * Redis for a while reads on from where it was, and fills anything older from the store. Plain pub/sub would drop
 * messages silently and leave a document waiting for an update it will never hear of.
 */
export function createRedisFanOut(redisUrl: string, metrics: Metrics): RedisFanOut {
  const instanceId = randomUUID();
  // Commands issued in one turn of the event loop go out in one write.
  const writer = new Redis(redisUrl, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  const reader = new Redis(redisUrl, { maxRetriesPerRequest: null });
  /** When each document's stream was last given its idle expiry. */
  const expirySetAt = new Map<string, number>();
  const joined = new Map<string, { room: Room; lastId: string }>();
  let closed = false;
  /** The reading connection's id, so that a read waiting for news can be cut short when a room joins. */
  let readerClientId: number | null = null;
  let reading = false;
  let readerWasDown = false;
  let writerWasDown = false;

  const streamKey = (docName: string) => `debrief:doc:${docName}`;

  writer.on('error', (error: Error) => logOnce('Redis (publishing)', error));
  reader.on('error', (error: Error) => logOnce('Redis (reading)', error));
  writer.on('close', () => {
    writerWasDown = true;
  });
  reader.on('close', () => {
    readerWasDown = true;
  });
  // Back after a break: what others stored meanwhile may never come through Redis, so it is read from the store; and
  // what this instance stored meanwhile is announced, so the others read it from the store too.
  reader.on('ready', () => {
    readerClientId = null;
    reader
      .client('ID')
      .then((id) => {
        readerClientId = Number(id);
      })
      .catch(() => undefined);
    if (!readerWasDown) return;
    readerWasDown = false;
    for (const { room } of joined.values()) {
      room.catchUp().catch((error: unknown) => console.error(`Could not catch up ${room.name}:`, error));
    }
  });
  writer.on('ready', () => {
    if (!writerWasDown) return;
    writerWasDown = false;
    for (const { room } of joined.values()) append(room.name, [HEAD, 'to', String(room.knownSeq)]);
  });

  const lastErrors = new Map<string, number>();
  function logOnce(what: string, error: Error): void {
    const now = Date.now();
    if (now - (lastErrors.get(what) ?? 0) < 10_000) return;
    lastErrors.set(what, now);
    console.error(`${what}: ${error.message}`);
  }

  function append(docName: string, fields: (string | Buffer)[]): void {
    const key = streamKey(docName);
    const now = Date.now();
    writer
      .xadd(key, 'MINID', '~', `${now - KEEP_MS}`, '*', 'from', instanceId, 'kind', ...fields)
      .then(() => {
        metrics.counters.fanOutSent++;
      })
      .catch((error: Error) => {
        // Stored already: the others read it from the store once this instance's HEAD reaches them.
        metrics.counters.fanOutFailures++;
        writerWasDown = true;
        logOnce('Redis (publishing)', error);
      });
    // After the message, which makes the stream if it is new. Renewed now and then rather than with every message:
    // it only has to outlast the idle time.
    if (now - (expirySetAt.get(docName) ?? 0) > IDLE_EXPIRY_MS / 10) {
      expirySetAt.set(docName, now);
      writer.pexpire(key, IDLE_EXPIRY_MS).catch(() => expirySetAt.delete(docName));
    }
  }

  async function readLoop(): Promise<void> {
    while (!closed) {
      if (joined.size === 0) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      const names = [...joined.keys()];
      const keys = names.map(streamKey);
      const ids = names.map((name) => joined.get(name)?.lastId ?? '$');
      let answer: [Buffer, [Buffer, Buffer[]][]][] | null;
      try {
        reading = true;
        answer = (await reader.xreadBuffer('COUNT', READ_COUNT, 'BLOCK', READ_BLOCK_MS, 'STREAMS', ...keys, ...ids)) as
          | [Buffer, [Buffer, Buffer[]][]][]
          | null;
      } catch (error) {
        reading = false;
        if (closed) return;
        logOnce('Redis (reading)', error as Error);
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      reading = false;
      if (!answer) continue;
      for (const [keyBytes, entries] of answer) {
        const name = keyBytes.toString().slice('debrief:doc:'.length);
        const entry = joined.get(name);
        if (!entry) continue;
        for (const [idBytes, fields] of entries) {
          entry.lastId = idBytes.toString();
          deliver(entry.room, fields);
        }
      }
    }
  }

  function deliver(room: Room, fields: Buffer[]): void {
    const values = new Map<string, Buffer>();
    for (let index = 0; index + 1 < fields.length; index += 2) {
      values.set((fields[index] as Buffer).toString(), fields[index + 1] as Buffer);
    }
    if (values.get('from')?.toString() === instanceId) return;
    const kind = values.get('kind')?.toString();
    const data = values.get('data');
    try {
      if (kind === UPDATE && data) {
        metrics.counters.fanOutReceived++;
        room.applyRemote(new Uint8Array(data), Number(values.get('fromSeq')), Number(values.get('toSeq')));
      } else if (kind === PRESENCE && data) {
        room.applyRemotePresence(new Uint8Array(data));
      } else if (kind === HEAD) {
        room.heardOfPosition(Number(values.get('to')));
      }
    } catch (error) {
      console.error(`Could not apply a message from another instance to ${room.name}:`, error);
    }
  }

  void readLoop();

  return {
    instanceId,
    async mark(docName) {
      const fallback = `${Date.now() - READ_BLOCK_MS}-0`;
      try {
        const last = await Promise.race([
          writer.xrevrange(streamKey(docName), '+', '-', 'COUNT', 1),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), MARK_TIMEOUT_MS).unref()),
        ]);
        if (last === null) return fallback;
        return last[0]?.[0] ?? '0-0';
      } catch {
        return fallback;
      }
    },
    join(room, mark) {
      joined.set(room.name, { room, lastId: mark });
      // The read under way waits on the other documents only: it is cut short to take this one in at once.
      if (reading && readerClientId !== null) writer.client('UNBLOCK', readerClientId).catch(() => undefined);
    },
    leave(room) {
      if (joined.get(room.name)?.room === room) joined.delete(room.name);
      expirySetAt.delete(room.name);
    },
    publishUpdate(docName, { update, fromSeq, toSeq }) {
      append(docName, [
        UPDATE,
        'fromSeq',
        String(fromSeq),
        'toSeq',
        String(toSeq),
        'data',
        Buffer.from(update.buffer, update.byteOffset, update.byteLength),
      ]);
    },
    publishPresence(docName, update) {
      append(docName, [PRESENCE, 'data', Buffer.from(update.buffer, update.byteOffset, update.byteLength)]);
    },
    async close() {
      closed = true;
      joined.clear();
      reader.disconnect();
      await writer.quit().catch(() => writer.disconnect());
    },
  };
}
