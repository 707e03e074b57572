import { readConfig } from './config.ts';
import { createServer } from './createServer.ts';

const config = readConfig();
const server = await createServer(config);
const where = config.databaseUrl ? 'data in PostgreSQL' : `data in ${config.dataDir}`;
console.log(
  `Debrief is running at ${server.url} (${where}${config.redisUrl ? ', sharing meetings through Redis' : ''})`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('Shutting down: saving every open meeting…');
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  });
}
