import { type AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { encodeWebSocketFrame } from './encodeWebSocketFrame.ts';
import { idleTransport } from './idleTransport.ts';

let server: WebSocketServer | null = null;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A ws server and one client connected to it; resolves with the server's side of the connection. */
async function connect(perMessageDeflate: boolean): Promise<{ serverSide: WebSocket; client: WebSocket }> {
  const started = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate });
  server = started;
  await new Promise<void>((resolve) => started.once('listening', () => resolve()));
  const serverSide = new Promise<WebSocket>((resolve) => started.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(started.address() as AddressInfo).port}`, { perMessageDeflate });
  await new Promise((resolve) => client.once('open', resolve));
  return { serverSide: await serverSide, client };
}

// ws's private fields: if an upgrade of ws renames or changes them, these fail and broadcasts must go through ws.send.
describe('idleTransport', () => {
  it('finds the TCP socket of an idle ws connection, and a frame written to it reaches the client', async () => {
    const { serverSide, client } = await connect(false);
    const socket = idleTransport(serverSide);
    expect(socket).toBeInstanceOf(Socket);
    const received = new Promise<Buffer>((resolve) => client.once('message', (data: Buffer) => resolve(data)));
    socket?.write(encodeWebSocketFrame(new Uint8Array([1, 2, 3])));
    expect([...(await received)]).toEqual([1, 2, 3]);
    client.close();
  });

  it('finds nothing while ws is still compressing a message, so a frame cannot overtake it', async () => {
    const { serverSide, client } = await connect(true);
    expect(idleTransport(serverSide)).not.toBeNull();
    serverSide.send(Buffer.alloc(100_000, 7), { compress: true });
    expect(idleTransport(serverSide)).toBeNull();
    client.close();
  });

  it('finds nothing once the connection is gone', async () => {
    const { serverSide, client } = await connect(false);
    const closed = new Promise((resolve) => serverSide.once('close', resolve));
    client.terminate();
    await closed;
    expect(idleTransport(serverSide)).toBeNull();
  });
});
