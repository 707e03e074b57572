import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { encodeWebSocketFrame } from './encodeWebSocketFrame.ts';

let server: WebSocketServer;
let url: string;

beforeAll(async () => {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The frame goes straight onto the TCP socket, as a broadcast writes it.
  server.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => {
      const size = data.readUInt32BE(0);
      const payload = new Uint8Array(size).map((_, i) => i % 251);
      (socket as unknown as { _socket: { write(bytes: Uint8Array): void } })._socket.write(
        encodeWebSocketFrame(payload),
      );
    });
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Asks the server for a frame of `size` bytes and returns what the ws client library read from it. */
async function roundTrip(size: number): Promise<{ data: Buffer; isBinary: boolean }> {
  const client = new WebSocket(url);
  await new Promise((resolve) => client.once('open', resolve));
  const received = new Promise<{ data: Buffer; isBinary: boolean }>((resolve) =>
    client.once('message', (data: Buffer, isBinary: boolean) => resolve({ data, isBinary })),
  );
  const request = Buffer.alloc(4);
  request.writeUInt32BE(size);
  client.send(request);
  const result = await received;
  client.close();
  return result;
}

describe('encodeWebSocketFrame', () => {
  it.each([0, 1, 125, 126, 1000, 65535, 65536, 300_000])(
    'frames %i bytes so that a client reads them back',
    async (size) => {
      const { data, isBinary } = await roundTrip(size);
      expect(isBinary).toBe(true);
      const expected = Buffer.from(new Uint8Array(size).map((_, i) => i % 251));
      expect(data.byteLength).toBe(size);
      expect(Buffer.compare(data, expected)).toBe(0);
    },
  );

  it('uses the shortest length field the protocol allows', () => {
    expect(encodeWebSocketFrame(new Uint8Array(125)).byteLength).toBe(127);
    expect(encodeWebSocketFrame(new Uint8Array(126)).byteLength).toBe(130);
    expect(encodeWebSocketFrame(new Uint8Array(65536)).byteLength).toBe(65546);
  });
});
