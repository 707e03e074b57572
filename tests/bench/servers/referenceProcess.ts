// Child process: the reference y-websocket server (@y/websocket-server's setupWSConnection, wired exactly as its
// bin/server wires it) with a file persistence, so that its documents unload when empty and load again from disk.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { docs, setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { ServerProcessMessage, ServerProcessRequest } from './serverProcessMessages.ts';

const persistDir = process.env.BENCH_PERSIST_DIR;
if (!persistDir) throw new Error('BENCH_PERSIST_DIR is required');
const dir = persistDir;

function fileOf(docName: string): string {
  return path.join(dir, `${encodeURIComponent(docName)}.ydoc`);
}

setPersistence({
  provider: null,
  // Loads synchronously, before the server sends its first sync step: the best case for this server.
  bindState: (docName: string, doc: Y.Doc) => {
    const file = fileOf(docName);
    if (fs.existsSync(file)) Y.applyUpdate(doc, new Uint8Array(fs.readFileSync(file)));
  },
  writeState: async (docName: string, doc: Y.Doc) => {
    fs.writeFileSync(fileOf(docName), Y.encodeStateAsUpdate(doc));
  },
});

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});

const send = (message: ServerProcessMessage) => process.send?.(message);
process.on('message', (request: ServerProcessRequest) => {
  if (request.type === 'documents') send({ type: 'documents', id: request.id, count: docs.size });
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') send({ type: 'listening', port: address.port });
});
