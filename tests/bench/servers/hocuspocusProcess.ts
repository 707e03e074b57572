// Child process: Hocuspocus with its default settings on loopback. With BENCH_PERSIST_DIR it also stores each
// document in one file (the load / store hooks its Database extension uses), so cold loads come from disk.
import fs from 'node:fs';
import path from 'node:path';
import { type Extension, Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { ServerProcessMessage, ServerProcessRequest } from './serverProcessMessages.ts';

const persistDir = process.env.BENCH_PERSIST_DIR;

function fileOf(dir: string, documentName: string): string {
  return path.join(dir, `${encodeURIComponent(documentName)}.ydoc`);
}

function filePersistence(dir: string): Extension {
  return {
    async onLoadDocument({ document, documentName }) {
      const file = fileOf(dir, documentName);
      if (fs.existsSync(file)) Y.applyUpdate(document, new Uint8Array(fs.readFileSync(file)));
    },
    async onStoreDocument({ document, documentName }) {
      fs.writeFileSync(fileOf(dir, documentName), Y.encodeStateAsUpdate(document));
    },
  };
}

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: persistDir ? [filePersistence(persistDir)] : [],
});
await server.listen();

const send = (message: ServerProcessMessage) => process.send?.(message);
process.on('message', (request: ServerProcessRequest) => {
  if (request.type === 'documents') {
    send({ type: 'documents', id: request.id, count: server.hocuspocus.getDocumentsCount() });
  }
});
// Never outlive the bench.
process.on('disconnect', () => process.exit(0));
send({ type: 'listening', port: server.address.port });
