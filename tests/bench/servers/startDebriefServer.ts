import type { CreateMeetingResponse } from '@debrief/shared';
import { spawnServerProcess } from '../../support/spawnServerProcess.ts';
import { trackChild } from '../support/childProcesses.ts';
import type { BenchServer, RoomAddress } from './BenchServer.ts';
import { spawnCandidateServer } from './spawnCandidateServer.ts';
import { stopChild } from './stopChild.ts';

export interface DebriefBenchServer extends BenchServer {
  readonly kind: 'debrief';
  readonly url: string;
  createMeeting(title?: string): Promise<CreateMeetingResponse>;
  roomOf(meeting: CreateMeetingResponse): RoomAddress;
}

/** Debrief's own server, started as `pnpm serve` starts it, on its real SQLite store in `dataDir` unless told otherwise. */
export async function startDebriefServer(
  dataDir: string,
  /** More settings, such as `DATABASE_URL` and `REDIS_URL` for an instance of several. */
  settings: Record<string, string> = {},
): Promise<DebriefBenchServer> {
  const env = { MEETINGS_PER_MINUTE: '1000000', LOG_REQUESTS: '0', NODE_ENV: 'production', ...settings };
  // BENCH_DEBRIEF_CPU_PROFILE_DIR=dir writes a V8 CPU profile of each Debrief server run, for finding hot spots.
  const profileDir = process.env.BENCH_DEBRIEF_CPU_PROFILE_DIR;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const candidateDir = process.env.BENCH_DEBRIEF_SERVER_DIR;
  const server = candidateDir
    ? await spawnCandidateServer(candidateDir, dataDir, env)
    : await spawnServerProcess(dataDir, env, nodeArgs);
  trackChild(server.child);
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('The Debrief server has no pid');

  async function createMeeting(title = 'Checkout outage after database failover'): Promise<CreateMeetingResponse> {
    const response = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, incident: { summary: 'Payments failed for 12 minutes', severity: 'SEV2' } }),
    });
    if (response.status !== 201)
      throw new Error(`Creating a meeting failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as CreateMeetingResponse;
  }

  const roomOf = (meeting: CreateMeetingResponse): RoomAddress => ({
    kind: 'debrief',
    url: server.wsUrl,
    docName: meeting.id,
    token: meeting.tokens.participant,
  });

  return {
    kind: 'debrief',
    pid,
    url: server.url,
    createMeeting,
    roomOf,
    createRoom: async () => roomOf(await createMeeting()),
    addressOf: (room) => ({ ...room, url: server.wsUrl }),
    async loadedDocuments() {
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const match = /^debrief_documents (\d+)$/m.exec(metrics);
      return match?.[1] ? Number(match[1]) : null;
    },
    stop: () => stopChild(server.child),
  };
}
