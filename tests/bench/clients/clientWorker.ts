// Worker process: hosts many bench clients, each a real Y.Doc with its own websocket, and reports when each edit
// arrived. The bench forks a few of these, apart from the server under test.
import { ContentRoot } from '@debrief/shared';
import * as Y from 'yjs';
import type { RoomAddress } from '../servers/BenchServer.ts';
import { nowMs, sleep, withTimeout } from '../support/timing.ts';
import { createTimingWebSocket, type MessageClock } from './createTimingWebSocket.ts';
import { type BenchClient, openBenchClient } from './openBenchClient.ts';
import type {
  ClientSpec,
  CollectResult,
  MeasureSyncResult,
  OpenResult,
  WorkerEnvelope,
  WorkerResponse,
} from './workerMessages.ts';

interface HostedClient {
  readonly spec: ClientSpec;
  readonly client: BenchClient;
  readonly text: Y.Text;
  nextSeq: number;
  ticker: NodeJS.Timeout | null;
}

const EDIT = /(\d+)@(\d+(?:\.\d+)?);/g;

// y-websocket's provider listens for the process exit, once per client.
process.setMaxListeners(0);

const hosted: HostedClient[] = [];
let sends: number[] = [];
let arrivals: number[] = [];
let arrivalCount = 0;

function host(spec: ClientSpec): HostedClient {
  // A room served by several instances has its writer on one and its readers on another.
  const { readerUrl } = spec.address;
  const client = openBenchClient(spec.writer || !readerUrl ? spec.address : { ...spec.address, url: readerUrl });
  const text = client.doc.getText(ContentRoot.notes);
  const entry: HostedClient = { spec, client, text, nextSeq: 0, ticker: null };
  if (!spec.writer) {
    text.observe((event) => {
      // Edits that come with the first sync are history, not deliveries.
      if (!client.isSynced()) return;
      const arrivedAt = nowMs();
      for (const part of event.delta) {
        if (typeof part.insert !== 'string') continue;
        for (const match of part.insert.matchAll(EDIT)) {
          arrivals.push(spec.room, Number(match[1]), Number(match[2]), arrivedAt);
          arrivalCount++;
        }
      }
    });
  }
  hosted.push(entry);
  return entry;
}

/** One small edit, as a person typing a few characters: the send time travels inside the text. */
function edit(entry: HostedClient): void {
  const seq = entry.nextSeq++;
  const sentAt = nowMs();
  sends.push(entry.spec.room, seq, sentAt);
  entry.text.insert(entry.text.length, `${seq}@${sentAt.toFixed(3)};`);
}

async function open(clients: readonly ClientSpec[], timeoutMs: number): Promise<OpenResult> {
  const started = nowMs();
  const opened = clients.map(host);
  const results = await Promise.allSettled(
    opened.map((entry) => withTimeout(entry.client.synced, timeoutMs, 'A client did not sync')),
  );
  const failed = results.filter((result) => result.status === 'rejected').length;
  return { synced: results.length - failed, failed, ms: nowMs() - started };
}

async function editAll(count: number, intervalMs: number): Promise<number> {
  const writers = hosted.filter((entry) => entry.spec.writer);
  const started = nowMs();
  for (let round = 0; round < count; round++) {
    // Aim each round at its own slot so that slow rounds do not stretch the schedule.
    const wait = started + round * intervalMs - nowMs();
    if (wait > 0) await sleep(wait);
    for (const writer of writers) edit(writer);
  }
  return writers.length * count;
}

function startTicking(intervalMs: number): number {
  const writers = hosted.filter((entry) => entry.spec.writer && entry.ticker === null);
  for (const writer of writers) {
    // A random phase, so that rooms do not all write in the same millisecond.
    writer.ticker = setTimeout(() => {
      edit(writer);
      writer.ticker = setInterval(() => edit(writer), intervalMs);
    }, Math.random() * intervalMs);
  }
  return writers.length;
}

function stopTicking(): void {
  for (const entry of hosted) {
    if (entry.ticker !== null) clearTimeout(entry.ticker);
    entry.ticker = null;
  }
}

function collect(): CollectResult {
  const result = { sends: Float64Array.from(sends), arrivals: Float64Array.from(arrivals) };
  sends = [];
  arrivals = [];
  arrivalCount = 0;
  return result;
}

async function closeAll(): Promise<number> {
  stopTicking();
  const closed = hosted.splice(0);
  for (const entry of closed) entry.client.destroy();
  sends = [];
  arrivals = [];
  arrivalCount = 0;
  // Let the close frames go out before the bench looks at the server again.
  await sleep(closed.length > 0 ? 200 : 0);
  return closed.length;
}

function rootSizes(doc: Y.Doc, roots: readonly string[]): number[] {
  return roots.map((root) => doc.getMap(root).size);
}

async function measureSync(address: RoomAddress, roots: readonly string[], timeoutMs: number) {
  const clock: MessageClock = { lastMessageAt: Number.NaN };
  const started = nowMs();
  const client = openBenchClient(address, new Y.Doc(), createTimingWebSocket(clock));
  try {
    await withTimeout(client.synced, timeoutMs, 'The document did not sync');
    const ms = nowMs() - started;
    const answerMs = clock.lastMessageAt - started;
    return { ms, answerMs, rootSizes: rootSizes(client.doc, roots) } satisfies MeasureSyncResult;
  } finally {
    client.destroy();
  }
}

/** Sends a whole document to the server as a client would, and waits until a second client receives all of it. */
async function push(address: RoomAddress, update: Uint8Array, roots: readonly string[], timeoutMs: number) {
  const source = new Y.Doc();
  Y.applyUpdate(source, update);
  const expected = rootSizes(source, roots);
  const writer = openBenchClient(address, source);
  const reader = openBenchClient(address);
  try {
    await withTimeout(Promise.all([writer.synced, reader.synced]), timeoutMs, 'The pushing clients did not sync');
    const deadline = Date.now() + timeoutMs;
    while (rootSizes(reader.doc, roots).join() !== expected.join()) {
      if (Date.now() > deadline) {
        throw new Error(`A second client saw ${rootSizes(reader.doc, roots).join('/')}, not ${expected.join('/')}`);
      }
      await sleep(20);
    }
    return { bytes: update.byteLength, rootSizes: expected };
  } finally {
    writer.destroy();
    reader.destroy();
    await sleep(200);
  }
}

async function handle(request: WorkerEnvelope): Promise<unknown> {
  switch (request.type) {
    case 'open':
      return open(request.clients, request.timeoutMs);
    case 'edit':
      return editAll(request.count, request.intervalMs);
    case 'startTicking':
      return startTicking(request.intervalMs);
    case 'stopTicking':
      return stopTicking();
    case 'countArrivals':
      return arrivalCount;
    case 'collect':
      return collect();
    case 'closeAll':
      return closeAll();
    case 'measureSync':
      return measureSync(request.address, request.roots, request.timeoutMs);
    case 'push':
      return push(request.address, request.update, request.roots, request.timeoutMs);
  }
}

process.on('message', (request: WorkerEnvelope) => {
  handle(request).then(
    (result) => process.send?.({ id: request.id, ok: true, result } satisfies WorkerResponse),
    (error: unknown) =>
      process.send?.({
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerResponse),
  );
});
// Never outlive the bench.
process.on('disconnect', () => process.exit(0));
process.send?.({ id: -1, ok: true, result: 'ready' } satisfies WorkerResponse);
