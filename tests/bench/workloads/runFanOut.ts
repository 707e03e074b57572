import type { ClientWorkers } from '../clients/startClientWorkers.ts';
import type { CollectResult } from '../clients/workerMessages.ts';
import { type FanOutStats, summarizeFanOut } from '../report/summarizeFanOut.ts';
import type { BenchServer, ServerKind } from '../servers/BenchServer.ts';
import { readCpuMs } from '../servers/readCpuMs.ts';
import { sleep, waitUntil } from '../support/timing.ts';
import { waitForQuiet } from '../support/waitForQuiet.ts';

export interface FanOutScenario {
  readonly id: string;
  readonly label: string;
  readonly rooms: number;
  readonly clientsPerRoom: number;
  /** Edits each room's writer makes; every writer writes at once. */
  readonly edits: number;
  readonly intervalMs: number;
}

export interface FanOutResult {
  readonly scenario: string;
  readonly kind: ServerKind;
  readonly stats: FanOutStats | null;
  /** Time to open and sync every client of the scenario, per round. */
  readonly connectMs: readonly number[];
  /** CPU time the server process used from the first edit until the last delivery, summed over rounds. */
  readonly serverCpuMs: number | null;
  readonly serverCpuMsPer1000Deliveries: number | null;
  readonly errors: readonly string[];
}

interface Measured {
  readonly collected: CollectResult[];
  readonly connectMs: number;
  readonly cpuMs: number;
}

/** Long enough that the clients' and the servers' hot paths are compiled before anything counts. */
const warmUp: FanOutScenario = {
  id: 'warm-up',
  label: 'warm-up',
  rooms: 4,
  clientsPerRoom: 10,
  edits: 100,
  intervalMs: 10,
};

/**
 * One writer per room edits a Y.Text every `intervalMs`; every other client of the room reports when each edit
 * arrived. Only one server is under load at a time. Each scenario runs `rounds` times, the servers' order reversed
 * every other round, so that a noisy neighbour on the machine does not favour one server; the rounds' samples are
 * pooled. Each server first gets a short unrecorded warm-up, so that no one's JIT warm-up is measured.
 */
export async function runFanOut(
  servers: readonly BenchServer[],
  workers: ClientWorkers,
  scenarios: readonly FanOutScenario[],
  rounds: number,
  log: (line: string) => void,
): Promise<FanOutResult[]> {
  // Quiet means every server, not only the one under test: the previous one may still be closing its clients.
  const pids = [...servers.flatMap((server) => server.pids ?? [server.pid]), ...workers.pids];
  for (const server of servers) {
    await measureScenario(server, workers, warmUp, 0, pids).catch((error) =>
      log(`  warm-up on ${server.kind}: ${error}`),
    );
  }
  const measured = new Map<string, Measured[]>();
  const errors = new Map<string, string[]>();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const scenario of scenarios) {
      for (const server of order) {
        const key = `${scenario.id}:${server.kind}`;
        try {
          const result = await measureScenario(server, workers, scenario, round * scenario.rooms, pids);
          measured.set(key, [...(measured.get(key) ?? []), result]);
          const stats = summarizeFanOut(result.collected, scenario.clientsPerRoom - 1);
          log(
            `  ${scenario.label.padEnd(24)} ${server.kind.padEnd(10)} round ${round + 1}: ` +
              `p50 ${stats.allReceived.p50.toFixed(1)} ms, p99 ${stats.allReceived.p99.toFixed(1)} ms, ` +
              `server CPU ${result.cpuMs.toFixed(0)} ms` +
              (stats.missing ? ` (${stats.missing} deliveries missing)` : ''),
          );
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`  ${scenario.label} on ${server.kind} failed: ${message}`);
          errors.set(key, [...(errors.get(key) ?? []), message]);
        }
      }
    }
  }
  return scenarios.flatMap((scenario) =>
    servers.map((server) => {
      const key = `${scenario.id}:${server.kind}`;
      const runs = measured.get(key) ?? [];
      const stats =
        runs.length > 0
          ? summarizeFanOut(
              runs.flatMap((run) => run.collected),
              scenario.clientsPerRoom - 1,
            )
          : null;
      const cpuMs = runs.length > 0 ? runs.reduce((sum, run) => sum + run.cpuMs, 0) : null;
      return {
        scenario: scenario.id,
        kind: server.kind,
        stats,
        connectMs: runs.map((run) => run.connectMs),
        serverCpuMs: cpuMs,
        serverCpuMsPer1000Deliveries:
          stats && cpuMs !== null && stats.deliveries > 0 ? (cpuMs * 1000) / stats.deliveries : null,
        errors: errors.get(key) ?? [],
      } satisfies FanOutResult;
    }),
  );
}

async function measureScenario(
  server: BenchServer,
  workers: ClientWorkers,
  scenario: FanOutScenario,
  firstRoom: number,
  quietPids: readonly number[],
): Promise<Measured> {
  try {
    const rooms = [];
    for (let i = 0; i < scenario.rooms; i++) rooms.push(await server.createRoom());
    const opened = await workers.openRooms(rooms, scenario.clientsPerRoom, { firstRoom });
    // Let the join storm (every client tells every other one it is here) die down, on the server and the clients.
    await sleep(200);
    await waitForQuiet(quietPids);
    await workers.collect();

    const expected = scenario.rooms * scenario.edits * (scenario.clientsPerRoom - 1);
    const serverPids = server.pids ?? [server.pid];
    const readCpu = () => serverPids.reduce((sum, pid) => sum + readCpuMs(pid), 0);
    const cpuBefore = readCpu();
    await workers.all({ type: 'edit', count: scenario.edits, intervalMs: scenario.intervalMs });
    const arrived = async () => {
      const counts = await workers.all<number>({ type: 'countArrivals' });
      return counts.reduce((sum, count) => sum + count, 0) >= expected;
    };
    await waitUntil(arrived, 15_000, 20);
    const cpuMs = readCpu() - cpuBefore;
    return { collected: await workers.collect(), connectMs: opened.ms, cpuMs };
  } finally {
    await workers.closeAll().catch(() => undefined);
    await sleep(300);
  }
}
