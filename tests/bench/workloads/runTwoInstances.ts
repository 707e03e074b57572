import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from '../../support/services/startPostgres.ts';
import { startRedis } from '../../support/services/startRedis.ts';
import type { ClientWorkers } from '../clients/startClientWorkers.ts';
import type { BenchServer } from '../servers/BenchServer.ts';
import { type DebriefBenchServer, startDebriefServer } from '../servers/startDebriefServer.ts';
import { type FanOutResult, type FanOutScenario, runFanOut } from './runFanOut.ts';

/** The ways Debrief is run side by side: as installed, on PostgreSQL alone, and as two instances sharing meetings. */
export const DEPLOYMENTS = ['sqlite', 'postgres', 'two-instances'] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

export const deploymentLabels: Record<Deployment, string> = {
  sqlite: 'one instance, SQLite',
  postgres: 'one instance, PostgreSQL',
  'two-instances': 'two instances, PostgreSQL + Redis',
};

export interface DeploymentFanOut extends FanOutResult {
  readonly deployment: Deployment;
}

/**
 * Fan-out with the writer of each room on one instance and its readers on another, beside a single instance on
 * SQLite and on PostgreSQL, in the same run on the same clients. PostgreSQL and Redis are real, throw-away servers.
 */
export async function runTwoInstances(
  workers: ClientWorkers,
  scenarios: readonly FanOutScenario[],
  rounds: number,
  log: (line: string) => void,
): Promise<DeploymentFanOut[]> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const dataDirs: string[] = [];
  const started: DebriefBenchServer[] = [];
  const dataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-instance-'));
    dataDirs.push(dir);
    return dir;
  };
  const start = async (settings: Record<string, string> = {}) => {
    const server = await startDebriefServer(dataDir(), settings);
    started.push(server);
    return server;
  };
  try {
    const shared = { DATABASE_URL: await postgres.createDatabase(), REDIS_URL: redis.url };
    const servers: Record<Deployment, BenchServer> = {
      sqlite: await start(),
      postgres: await start({ DATABASE_URL: await postgres.createDatabase() }),
      'two-instances': pairOf(await start(shared), await start(shared)),
    };
    const results: DeploymentFanOut[] = [];
    for (const deployment of DEPLOYMENTS) {
      log(`  ${deploymentLabels[deployment]}`);
      const measured = await runFanOut([servers[deployment]], workers, scenarios, rounds, log);
      results.push(...measured.map((result) => ({ ...result, deployment })));
    }
    return results;
  } finally {
    await Promise.all(started.map((server) => server.stop()));
    await Promise.all([postgres.stop(), redis.stop()]);
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Two instances as one server under test: rooms are made on the first, written there, and read on the second. */
function pairOf(writerSide: DebriefBenchServer, readerSide: DebriefBenchServer): BenchServer {
  return {
    kind: 'debrief',
    pid: writerSide.pid,
    pids: [writerSide.pid, readerSide.pid],
    async createRoom() {
      const meeting = await writerSide.createMeeting();
      return { ...writerSide.roomOf(meeting), readerUrl: readerSide.roomOf(meeting).url };
    },
    addressOf: (room) => ({ ...writerSide.addressOf(room), readerUrl: readerSide.addressOf(room).url }),
    async loadedDocuments() {
      return writerSide.loadedDocuments();
    },
    async stop() {
      await Promise.all([writerSide.stop(), readerSide.stop()]);
    },
  };
}
