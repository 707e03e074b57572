import { CloseCode, closeReasons, SyncMessageType } from '@debrief/shared';
import type { Context } from 'hono';
import type { WSContext, WSEvents } from 'hono/ws';
import type { WebSocket } from 'ws';
import type { Metrics } from '../metrics/createMetrics.ts';
import type { StoredAnswer } from './answerFromStored.ts';
import type { RoomRegistry } from './createRoomRegistry.ts';
import { encodeWebSocketFrame } from './encodeWebSocketFrame.ts';
import { idleTransport } from './idleTransport.ts';
import type { Room } from './Room.ts';
import type { PresencePolicy, SyncConnection, UpdateCheck } from './SyncConnection.ts';
import { BURST_SECONDS } from './SyncLimits.ts';
import { TokenBucket } from './TokenBucket.ts';

export type { PresencePolicy } from './SyncConnection.ts';

export type SyncAccess =
  | {
      readonly allowed: true;
      /** Asked for every update, since permission can change while connected (a meeting closes). */
      readonly canWrite: () => boolean;
      /** Null: this connection publishes no presence at all (observers, clients that did not say who they are). */
      readonly presence: PresencePolicy | null;
      /** An observer link on the content: counted, without a name, in the presence the server itself shows. */
      readonly watching?: boolean;
      /** Checks what each update holds, for documents whose content the server polices (the board). */
      readonly checkUpdate?: UpdateCheck;
    }
  | { readonly allowed: false; readonly code: CloseCode };

/** Decides who may open a document and whether they may write to it. */
export type ResolveSyncAccess = (
  docName: string,
  params: {
    readonly token: string | undefined;
    readonly clientVersion: number | undefined;
    /** The participant id this connection says it is, and the presence key that proves it (`?person=&proof=`). */
    readonly person: string | undefined;
    readonly proof: string | undefined;
  },
) => SyncAccess | Promise<SyncAccess>;

export interface SyncSocketOptions {
  readonly registry: RoomRegistry;
  readonly metrics: Metrics;
  readonly resolveAccess: ResolveSyncAccess;
  /** Every open socket, so shutdown can close them all. */
  readonly sockets: Set<WebSocket>;
}

/** Builds the websocket handlers for `/sync/:docName`: the y-websocket protocol over one room. */
export function handleSyncSocket(options: SyncSocketOptions) {
  const { registry, metrics, resolveAccess, sockets } = options;
  const { limits } = registry;

  return async (c: Context): Promise<WSEvents<WebSocket>> => {
    const docName = decodeURIComponent(c.req.param('docName') ?? '');
    const version = Number(c.req.query('v'));
    const wantsWholeDocument = c.req.query('whole') === '1';
    const access = await resolveAccess(docName, {
      token: c.req.query('token'),
      person: c.req.query('person'),
      proof: c.req.query('proof'),
      clientVersion: Number.isInteger(version) ? version : undefined,
    });
    let room: Promise<Room | null> | null = null;
    let loadedRoom: Room | null = null;
    let connection: SyncConnection | null = null;

    return {
      onOpen(_event, ws: WSContext<WebSocket>) {
        const raw = ws.raw;
        if (!raw) return;
        // Without an 'error' listener a protocol error would take the whole process down.
        raw.on('error', (error: Error & { code?: string }) => {
          if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') metrics.counters.oversizeMessages++;
        });
        if (!access.allowed) {
          metrics.counters.refusedConnections++;
          raw.close(access.code, closeReasons[access.code]);
          return;
        }
        sockets.add(raw);
        metrics.gauges.connections++;
        // A client that does not read what it is sent is closed, rather than the server holding ever more for it.
        // Its largest reply (its first sync, usually) does not count: a slow link may take a while over that alone.
        let largestReply = 0;
        const closeIfBehind = (): boolean => {
          if (raw.bufferedAmount <= limits.maxBufferedBytes + largestReply) return false;
          metrics.counters.slowConnections++;
          raw.close(CloseCode.tooSlow, closeReasons[CloseCode.tooSlow]);
          return true;
        };
        const conn: SyncConnection = {
          get canWrite() {
            return access.canWrite();
          },
          presence: access.presence,
          watching: access.watching === true,
          ...(access.checkUpdate ? { checkUpdate: access.checkUpdate } : {}),
          send(message) {
            if (raw.readyState !== raw.OPEN || closeIfBehind()) return;
            if (message.byteLength > largestReply) largestReply = message.byteLength;
            raw.send(message, { binary: true });
          },
          sendShared(message) {
            if (raw.readyState !== raw.OPEN || closeIfBehind()) return;
            const socket = idleTransport(raw);
            if (!socket) {
              raw.send(message.bytes, { binary: true });
              return;
            }
            message.frame ??= encodeWebSocketFrame(message.bytes);
            socket.write(message.frame);
          },
          close(code, reason) {
            if (raw.readyState === raw.OPEN || raw.readyState === raw.CONNECTING) raw.close(code, reason);
          },
        };
        connection = conn;
        room = registry.join(docName, conn).then(
          (joined) => {
            loadedRoom = joined;
            return joined;
          },
          (error) => {
            console.error(`Could not load ${docName}:`, error);
            conn.close(CloseCode.storageFailed, closeReasons[CloseCode.storageFailed]);
            return null;
          },
        );
        let answeredEarly = false;
        const handle = (message: Uint8Array) => {
          if (loadedRoom) {
            loadedRoom.handleMessage(conn, message);
            return;
          }
          const early = answeredEarly ? null : registry.answerWhileLoading(docName, message);
          if (!early) {
            room?.then((loaded) => loaded?.handleMessage(conn, message));
            return;
          }
          // The first sync request, answered from the stored bytes while the room loads; the room adds the rest.
          answeredEarly = true;
          let answer: StoredAnswer | null = null;
          early.then((stored) => {
            answer = stored;
            if (stored && connection === conn) conn.send(stored.message);
          });
          room?.then((loaded) => {
            if (!loaded) return;
            const clientState = answer?.stateVector();
            if (clientState) loaded.catchUpConnection(conn, clientState);
            else loaded.handleMessage(conn, message);
          });
        };
        // A connection may ask for the whole document in its address (`whole=1`), so that the answer need not wait
        // for the page to handle its open event: index.html's early connections do, while the app's code loads.
        if (wantsWholeDocument) handle(WHOLE_DOCUMENT_REQUEST.slice());
        const now = performance.now();
        const updateRate = new TokenBucket(limits.updatesPerSecond, limits.updatesPerSecond * BURST_SECONDS, now);
        const presenceRate = new TokenBucket(limits.presencePerSecond, limits.presencePerSecond * BURST_SECONDS, now);
        // Straight from ws, without a MessageEvent per message: every update waits on this path.
        raw.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
          // What arrives after the server has closed a connection is dropped; the client sends it again.
          if (connection !== conn || raw.readyState !== raw.OPEN) return;
          if (!isBinary) {
            metrics.counters.malformedMessages++;
            conn.close(CloseCode.malformedMessage, 'Expected a binary message');
            return;
          }
          try {
            // A copy: ws may hand out a view of a buffer it reuses, and updates wait in the room's queue.
            const message = toBytes(data);
            const rate = message[0] === SyncMessageType.awareness ? presenceRate : updateRate;
            if (!rate.take(performance.now())) {
              metrics.counters.rateLimited++;
              conn.close(CloseCode.rateLimited, closeReasons[CloseCode.rateLimited]);
              return;
            }
            handle(message);
          } catch (error) {
            // A fault of the server's own must cost this one connection at most, never the process.
            console.error(`Could not handle a message for ${docName}:`, error);
            conn.close(1011, 'The server could not handle that message');
          }
        });
      },
      onClose(_event, ws) {
        if (ws.raw) sockets.delete(ws.raw);
        const conn = connection;
        if (!room || !conn) return;
        connection = null;
        loadedRoom = null;
        metrics.gauges.connections--;
        room.then((loaded) => {
          if (loaded) registry.leave(loaded, conn);
        });
      },
    };
  };
}

/** A sync message (0) holding a sync step 1 (0) with an empty state vector: the whole document, please. */
const WHOLE_DOCUMENT_REQUEST = Uint8Array.from([SyncMessageType.sync, 0, 1, 0]);

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data instanceof ArrayBuffer ? data.slice(0) : data);
}
