import { WebSocket } from 'ws';

export interface RawSocket {
  readonly socket: WebSocket;
  readonly messages: Uint8Array[];
  /** Resolves with the close code and reason once the server closes the socket. */
  readonly closed: Promise<{ code: number; reason: string }>;
}

/** A bare websocket to `/sync/<docName>`, for sending what no well-behaved client would. */
export async function openRawSocket(wsUrl: string, docName: string, token?: string): Promise<RawSocket> {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(`${wsUrl}/${docName}${query}`);
  const messages: Uint8Array[] = [];
  socket.binaryType = 'nodebuffer';
  socket.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  socket.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('close', () => resolve());
    socket.once('error', reject);
  });
  return { socket, messages, closed };
}
