import type { AddressInfo } from 'node:net';
import { MAX_MESSAGE_BYTES } from '@debrief/shared';
import { serve } from '@hono/node-server';
import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import type { WebSocket } from 'ws';
import type { ServerConfig } from './config.ts';
import { createLessonService } from './meeting/createLessonService.ts';
import { createMeetingService } from './meeting/createMeetingService.ts';
import { prepareMeetingDocument } from './meeting/prepareMeetingDocument.ts';
import { createMetrics } from './metrics/createMetrics.ts';
import { createSqliteMeetingStore } from './persistence/createSqliteMeetingStore.ts';
import { createSqliteRoomStore } from './persistence/createSqliteRoomStore.ts';
import { createSqliteVoteStore } from './persistence/createSqliteVoteStore.ts';
import type { MeetingStore } from './persistence/MeetingStore.ts';
import { openSqliteDatabase } from './persistence/openSqliteDatabase.ts';
import type { RoomStore } from './persistence/RoomStore.ts';
import type { VoteStore } from './persistence/VoteStore.ts';
import { createClientAppRoutes } from './routes/clientApp.ts';
import { createHealthRoutes } from './routes/health.ts';
import { createLessonRoutes } from './routes/lessons.ts';
import { logRequest } from './routes/logRequest.ts';
import { createMeetingRoutes } from './routes/meetings.ts';
import { createMetricsRoutes } from './routes/metrics.ts';
import { createRoomRegistry } from './sync/createRoomRegistry.ts';
import { handleSyncSocket } from './sync/handleSyncSocket.ts';

export interface DebriefServer {
  readonly url: string;
  readonly port: number;
  /** Closes every socket, flushes every room to disk, then closes the database. */
  close(): Promise<void>;
}

export interface CreateServerOptions {
  /** Replaces the SQLite document store, for example with PostgreSQL. */
  readonly store?: RoomStore;
  /** Replaces the SQLite meeting store. */
  readonly meetings?: MeetingStore;
  /** Replaces the SQLite store of private lesson votes. */
  readonly votes?: VoteStore;
}

export async function createServer(config: ServerConfig, options: CreateServerOptions = {}): Promise<DebriefServer> {
  const db = options.store && options.meetings && options.votes ? null : openSqliteDatabase(config.dataDir);
  const store = options.store ?? createSqliteRoomStore(db as NonNullable<typeof db>);
  const meetings = options.meetings ?? createSqliteMeetingStore(db as NonNullable<typeof db>);
  const metrics = createMetrics();
  const registry = createRoomRegistry(store, metrics, prepareMeetingDocument);
  const meetingService = createMeetingService({ meetings, registry });
  const votes = options.votes ?? createSqliteVoteStore(db as NonNullable<typeof db>);
  const lessonService = createLessonService({ sessions: meetingService, registry, votes });
  const sockets = new Set<WebSocket>();

  const app = new Hono();
  const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app });
  // @hono/node-ws leaves ws's 100 MiB default; larger frames are closed with 1009.
  wss.options.maxPayload = MAX_MESSAGE_BYTES;

  if (config.logRequests) app.use(logRequest);
  app.route('/', createHealthRoutes());
  app.route('/', createMetricsRoutes(metrics));
  app.route('/', createMeetingRoutes(meetingService, { meetingsPerMinute: config.meetingsPerMinute }));
  app.route('/', createLessonRoutes(lessonService));
  app.get(
    '/sync/:docName',
    upgradeWebSocket(handleSyncSocket({ registry, metrics, sockets, resolveAccess: meetingService.resolveSyncAccess })),
  );
  app.route('/', createClientAppRoutes(config.clientDir));
  app.onError((error, c) => {
    console.error('Request failed:', error);
    return c.json({ error: 'Something went wrong on the server' }, 500);
  });

  const httpServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(server));
  });
  injectWebSocket(httpServer);
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | null = null;
  async function close(): Promise<void> {
    closing ??= (async () => {
      const closed = [...sockets].map(
        (socket) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === socket.CLOSED) return resolve();
            socket.once('close', () => resolve());
            socket.close(4503, 'The server is restarting');
            setTimeout(() => socket.terminate(), 2000).unref();
          }),
      );
      await Promise.all(closed);
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await registry.flushAll();
      await store.close();
      db?.close();
    })();
    return closing;
  }

  return { url: `http://${shownHost}:${port}`, port, close };
}
