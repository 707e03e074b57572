import { SERVER_KINDS, type ServerKind } from './servers/BenchServer.ts';
import type { LargeMeetingSize } from './workloads/buildLargeMeeting.ts';
import type { CapacityConfig } from './workloads/runCapacity.ts';
import type { FanOutScenario } from './workloads/runFanOut.ts';
import type { LibrarySearchConfig } from './workloads/runLibrarySearch.ts';
import type { TypingConfig } from './workloads/runTypingLatency.ts';

export interface BenchConfig {
  readonly workers: number;
  readonly fanOut: readonly FanOutScenario[];
  /** Times each fan-out scenario runs, the servers' order reversed every other round. */
  readonly fanOutRounds: number;
  readonly capacity: Omit<CapacityConfig, 'deadline'>;
  readonly largeMeeting: LargeMeetingSize;
  /** A meeting of the usual size, opened in the browser beside the large one. */
  readonly typicalMeeting: LargeMeetingSize;
  readonly coldLoadRepeats: number;
  readonly browserRepeats: number;
  readonly librarySearch: LibrarySearchConfig;
  /** Keystroke-to-paint latency in the large meeting while others edit it. */
  readonly typing: TypingConfig;
  /** Fan-out on one instance (SQLite, PostgreSQL) and on two sharing meetings through Redis. */
  readonly instances: { readonly scenarios: readonly FanOutScenario[]; readonly rounds: number };
}

export const WORKLOADS = ['entry', 'fanout', 'capacity', 'cold', 'browser', 'search', 'typing', 'instances'] as const;
export type Workload = (typeof WORKLOADS)[number];

const edits = { edits: 100, intervalMs: 20 } as const;

/** The full run, as the README reports it. */
export const fullConfig: BenchConfig = {
  workers: 3,
  fanOut: [
    { id: 'room-10', label: 'fan-out, 1 room × 10', rooms: 1, clientsPerRoom: 10, ...edits },
    { id: 'room-100', label: 'fan-out, 1 room × 100', rooms: 1, clientsPerRoom: 100, ...edits },
    { id: 'room-300', label: 'fan-out, 1 room × 300', rooms: 1, clientsPerRoom: 300, ...edits },
    { id: 'rooms-100x10', label: 'fan-out, 100 rooms × 10', rooms: 100, clientsPerRoom: 10, ...edits },
  ],
  fanOutRounds: 4,
  capacity: {
    roomSize: 10,
    memoryRooms: 100,
    stepRooms: 50,
    maxConnections: 5000,
    windowMs: 3000,
    p99LimitMs: 100,
    editIntervalMs: 1000,
  },
  largeMeeting: { timelineEvents: 2000, cards: 500, actions: 100 },
  typicalMeeting: { timelineEvents: 100, cards: 60, actions: 15 },
  coldLoadRepeats: 5,
  browserRepeats: 5,
  librarySearch: { postMortems: 1000, repeats: 10 },
  typing: { otherClients: 10, updatesPerSecondEach: 5, keystrokes: 100 },
  instances: {
    scenarios: [
      { id: 'room-10', label: 'fan-out, 1 room × 10', rooms: 1, clientsPerRoom: 10, ...edits },
      { id: 'room-100', label: 'fan-out, 1 room × 100', rooms: 1, clientsPerRoom: 100, ...edits },
      { id: 'rooms-50x10', label: 'fan-out, 50 rooms × 10', rooms: 50, clientsPerRoom: 10, ...edits },
    ],
    rounds: 2,
  },
};

/** A smoke run of under a minute: few clients, few edits, a small meeting. */
export const quickConfig: BenchConfig = {
  workers: 2,
  fanOut: [
    { id: 'room-10', label: 'fan-out, 1 room × 5', rooms: 1, clientsPerRoom: 5, edits: 20, intervalMs: 20 },
    { id: 'room-100', label: 'fan-out, 1 room × 20', rooms: 1, clientsPerRoom: 20, edits: 20, intervalMs: 20 },
    { id: 'rooms-100x10', label: 'fan-out, 5 rooms × 5', rooms: 5, clientsPerRoom: 5, edits: 20, intervalMs: 20 },
  ],
  fanOutRounds: 1,
  capacity: {
    roomSize: 10,
    memoryRooms: 5,
    stepRooms: 5,
    maxConnections: 100,
    windowMs: 1500,
    p99LimitMs: 100,
    editIntervalMs: 1000,
  },
  largeMeeting: { timelineEvents: 200, cards: 50, actions: 10 },
  typicalMeeting: { timelineEvents: 100, cards: 60, actions: 15 },
  coldLoadRepeats: 2,
  browserRepeats: 1,
  librarySearch: { postMortems: 1000, repeats: 2 },
  typing: { otherClients: 10, updatesPerSecondEach: 5, keystrokes: 20 },
  instances: {
    scenarios: [
      { id: 'room-10', label: 'fan-out, 1 room × 5', rooms: 1, clientsPerRoom: 5, edits: 20, intervalMs: 20 },
      { id: 'rooms-5x5', label: 'fan-out, 5 rooms × 5', rooms: 5, clientsPerRoom: 5, edits: 20, intervalMs: 20 },
    ],
    rounds: 1,
  },
};

export interface BenchOptions {
  readonly quick: boolean;
  readonly only: ReadonlySet<Workload>;
  /** The servers to run; all three unless `--servers=debrief,…` narrows it while working on one of them. */
  readonly servers: readonly ServerKind[];
}

/** `--quick` (or BENCH_QUICK=1), `--only=fanout,cold` (or BENCH_ONLY) and `--servers=debrief` (or BENCH_SERVERS). */
export function readBenchOptions(args: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const quick = args.includes('--quick') || env.BENCH_QUICK === '1';
  const onlyArg = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? env.BENCH_ONLY ?? '';
  const named = onlyArg
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of named) {
    if (!(WORKLOADS as readonly string[]).includes(name)) {
      throw new Error(`Unknown workload "${name}"; choose from ${WORKLOADS.join(', ')}`);
    }
  }
  const serversArg = args.find((arg) => arg.startsWith('--servers='))?.slice('--servers='.length) ?? env.BENCH_SERVERS;
  const servers = (serversArg ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of servers) {
    if (!(SERVER_KINDS as readonly string[]).includes(name)) {
      throw new Error(`Unknown server "${name}"; choose from ${SERVER_KINDS.join(', ')}`);
    }
  }
  return {
    quick,
    only: new Set((named.length > 0 ? named : WORKLOADS) as Workload[]),
    servers: SERVER_KINDS.filter((kind) => servers.length === 0 || servers.includes(kind)),
  };
}
