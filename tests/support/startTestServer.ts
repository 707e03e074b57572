import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CreateServerOptions, createServer, type DebriefServer, readConfig } from '@debrief/server';

export interface TestServer extends DebriefServer {
  readonly dataDir: string;
  readonly wsUrl: string;
}

export function createTempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-test-'));
}

/** Starts a real Debrief server in this process on a free port, with its own SQLite file. */
export async function startTestServer(
  dataDir = createTempDataDir(),
  options: CreateServerOptions = {},
  env: Record<string, string> = {},
): Promise<TestServer> {
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, MEETINGS_PER_MINUTE: '1000', ...env });
  const server = await createServer(config, options);
  return { ...server, close: server.close, dataDir, wsUrl: `ws://127.0.0.1:${server.port}/sync` };
}
