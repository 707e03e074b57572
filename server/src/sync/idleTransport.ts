import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/** The two private fields of ws this reads; idleTransport.test.ts fails if ws changes them. */
interface WebSocketInternals {
  readonly _socket?: Duplex;
  readonly _sender?: { readonly _state: number };
}

/**
 * The TCP socket under a ws connection, when a complete frame may be written to it directly: ws's sender is not
 * compressing or reading a Blob (it never does here, without permessage-deflate), so it holds nothing back that
 * this frame could overtake. Null otherwise, and the message goes through ws. A broadcast framed once and written
 * this way costs the server less per client than ws framing it for each (see the README's Performance section).
 */
export function idleTransport(ws: WebSocket): Duplex | null {
  const internals = ws as unknown as WebSocketInternals;
  if (internals._sender?._state !== 0 || !internals._socket || internals._socket.destroyed) return null;
  return internals._socket;
}
