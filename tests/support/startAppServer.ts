import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ServerProcess, spawnServerProcess } from './spawnServerProcess.ts';
import { createTempDataDir } from './startTestServer.ts';

const clientIndex = fileURLToPath(new URL('../../client/dist/index.html', import.meta.url));

/** Runs the production server, serving the built client, as its own process. */
export async function startAppServer(): Promise<ServerProcess & { stop(): Promise<void> }> {
  if (!fs.existsSync(clientIndex)) {
    throw new Error('The client is not built. Run the test suite with "npm test", which builds it first.');
  }
  const server = await spawnServerProcess(createTempDataDir());
  return {
    ...server,
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
    },
  };
}
