import type { AddressInfo } from 'node:net';
import { MAX_MESSAGE_BYTES, readMeetingMeta } from '@debrief/shared';
import { serve } from '@hono/node-server';
import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import type { WebSocket } from 'ws';
import { createPostgresLocks } from './cluster/createPostgresLocks.ts';
import { createRedisFanOut } from './cluster/createRedisFanOut.ts';
import { createRedisRateLimits } from './cluster/createRedisRateLimits.ts';
import type { ServerConfig } from './config.ts';
import { createAlertFeedService } from './meeting/createAlertFeedService.ts';
import { createCheckInService } from './meeting/createCheckInService.ts';
import { createCheckOutService } from './meeting/createCheckOutService.ts';
import { createImportService } from './meeting/createImportService.ts';
import { createLessonService } from './meeting/createLessonService.ts';
import { createLibraryService } from './meeting/createLibraryService.ts';
import { createMeetingService } from './meeting/createMeetingService.ts';
import { createRoundTally } from './meeting/createRoundTally.ts';
import { createMetrics } from './metrics/createMetrics.ts';
import { createWebhook, type WebhookTiming } from './notify/createWebhook.ts';
import { startOverdueReminders } from './notify/startOverdueReminders.ts';
import { createSqliteStores } from './persistence/createSqliteStores.ts';
import { openSqliteDatabase } from './persistence/openSqliteDatabase.ts';
import { createPostgresStores } from './persistence/postgres/createPostgresStores.ts';
import type { Stores } from './persistence/Stores.ts';
import { startWalCheckpointer } from './persistence/startWalCheckpointer.ts';
import { createAlertFeedRoutes } from './routes/alertFeedRoutes.ts';
import { createBoardRoutes } from './routes/boardRoutes.ts';
import { checkSyncRequest } from './routes/checkOrigin.ts';
import { createClientAppRoutes } from './routes/clientApp.ts';
import { createHealthRoutes } from './routes/health.ts';
import { createImportRoutes } from './routes/importRoutes.ts';
import { createLessonRoutes } from './routes/lessons.ts';
import { createLibraryRoutes } from './routes/libraryRoutes.ts';
import { logRequest } from './routes/logRequest.ts';
import { createMeetingRoutes } from './routes/meetings.ts';
import { createMetricsRoutes } from './routes/metrics.ts';
import { createReportRoutes } from './routes/reportRoutes.ts';
import { requireJsonBody } from './routes/requireJsonBody.ts';
import { createRoundRoutes } from './routes/roundRoutes.ts';
import { securityHeaders } from './routes/securityHeaders.ts';
import { createRoomRegistry, type RoomCluster } from './sync/createRoomRegistry.ts';
import { handleSyncSocket } from './sync/handleSyncSocket.ts';

export interface DebriefServer {
  readonly url: string;
  readonly port: number;
  /** Closes every socket, flushes every room to disk, then closes the database. */
  close(): Promise<void>;
}

export interface CreateServerOptions {
  /** Replaces some or all of the SQLite stores, for example with PostgreSQL. */
  readonly stores?: Partial<Stores>;
  /** Shorter waits for the webhook, for tests. */
  readonly webhookTiming?: WebhookTiming;
}

/** Every store, so that adding one to `Stores` without adding it here fails to compile. */
const everyStore: Record<keyof Stores, true> = {
  rooms: true,
  meetings: true,
  votes: true,
  heldCheckIns: true,
  participants: true,
  checkOutRatings: true,
  alertFeeds: true,
  outbox: true,
  library: true,
  boardImages: true,
};

export async function createServer(config: ServerConfig, options: CreateServerOptions = {}): Promise<DebriefServer> {
  const postgres = config.databaseUrl ? await createPostgresStores(config.databaseUrl) : null;
  const given = { ...postgres?.stores, ...options.stores };
  const replacesAll = (Object.keys(everyStore) as (keyof Stores)[]).every((name) => given[name] !== undefined);
  const db = replacesAll ? null : openSqliteDatabase(config.dataDir);
  const checkpointer = db ? startWalCheckpointer(db) : null;
  const stores: Stores = { ...(db ? createSqliteStores(db) : {}), ...given } as Stores;
  const metrics = createMetrics();
  // With Redis, any instance can serve any meeting: they share the store, pass on what they accept, and take turns
  // at what only the server writes.
  const cluster: RoomCluster | null =
    config.redisUrl && config.databaseUrl
      ? { fanOut: createRedisFanOut(config.redisUrl, metrics), locks: createPostgresLocks(config.databaseUrl) }
      : null;
  // Limits per address and per feed count every instance's requests together.
  const sharedLimits = cluster && config.redisUrl ? createRedisRateLimits(config.redisUrl) : null;
  const rateLimits = sharedLimits?.limits;
  const webhook = createWebhook({
    settings: config.webhook,
    publicUrl: config.publicUrl,
    outbox: stores.outbox,
    metrics,
    readMeeting: (meetingId) => registry.readDocument(meetingId, readMeetingMeta),
    timing: options.webhookTiming,
  });
  const registry = createRoomRegistry(stores.rooms, metrics, config.syncLimits, webhook.watchDocument, cluster);
  const tally = createRoundTally({ registry, votes: stores.votes, ratings: stores.checkOutRatings });
  const meetingService = createMeetingService({
    meetings: stores.meetings,
    registry,
    participants: stores.participants,
    upgradeContent: tally.upgradeContent,
    boardImages: stores.boardImages,
  });
  const lessonService = createLessonService({ registry, votes: stores.votes, tally });
  const checkInService = createCheckInService({ registry, held: stores.heldCheckIns, tally });
  const checkOutService = createCheckOutService({ registry, ratings: stores.checkOutRatings, tally });
  const alertFeedService = createAlertFeedService({ registry, feeds: stores.alertFeeds });
  const importService = createImportService({ registry });
  const libraryService = createLibraryService({
    registry,
    library: stores.library,
    events: {
      // Not awaited, like every webhook notice; a new post-mortem may bring overdue actions with it.
      published: (meetingId, { title, severity }) => {
        void webhook.notify({ kind: 'published', meeting: { id: meetingId, title, severity }, url: '/library' });
        void reminders?.check();
      },
    },
  });
  meetingService.onStateChange(async (meetingId, before, after) => {
    if (before.checkInsHidden && !after.checkInsHidden) await checkInService.revealAll(meetingId);
    // The ratings are shown when the meeting first closes with enough of them (see RoundTally.publishProgress).
    if ((before.stage === 'closed') !== (after.stage === 'closed')) await tally.publishProgress(meetingId);
    // Not awaited: a webhook notice never holds up or fails the command.
    if (before.stage !== 'closed' && after.stage === 'closed') void webhook.notifyClosed(meetingId);
    // A published post-mortem closed again after more work shows the library what it says now.
    if (before.stage !== 'closed' && after.stage === 'closed') await libraryService.refresh(meetingId);
    // Reopened, the board may change: the record's picture of it is made again at the next close.
    if (before.stage === 'closed' && after.stage !== 'closed') await stores.boardImages.remove(meetingId);
  });
  const reminders = webhook.enabled
    ? startOverdueReminders({
        listOpenActions: async () =>
          (await stores.library.openActions()).map((action) => ({
            ...action,
            actionId: action.id,
          })),
        notify: webhook.notify,
      })
    : null;
  const sockets = new Set<WebSocket>();

  const app = new Hono();
  const { injectWebSocket, upgradeWebSocket, wss } = createNodeWebSocket({ app });
  // @hono/node-ws leaves ws's 100 MiB default; larger frames are closed with 1009.
  wss.options.maxPayload = MAX_MESSAGE_BYTES;

  if (config.logRequests) app.use(logRequest);
  app.use(securityHeaders(config.clientDir));
  app.use('/api/*', requireJsonBody);
  // Source maps would publish the source; a build made elsewhere may still hold some.
  app.get('*', async (c, next) => (c.req.path.endsWith('.map') ? c.json({ error: 'Not found' }, 404) : next()));
  app.route('/', createHealthRoutes());
  app.route('/', createMetricsRoutes(metrics));
  app.route('/', createMeetingRoutes(meetingService, { meetingsPerMinute: config.meetingsPerMinute, rateLimits }));
  app.route('/', createLessonRoutes(meetingService, lessonService));
  app.route('/', createImportRoutes(meetingService, importService));
  app.route('/', createReportRoutes(meetingService, registry, stores.boardImages));
  app.route('/', createLibraryRoutes(meetingService, libraryService));
  app.route('/', createBoardRoutes(meetingService, stores.boardImages, { tldrawLicenseKey: config.tldrawLicenseKey }));
  app.route(
    '/',
    createAlertFeedRoutes(meetingService, alertFeedService, {
      notificationsPerMinute: config.alertNotificationsPerMinute,
      rateLimits,
    }),
  );
  app.route(
    '/',
    createRoundRoutes('check-ins', meetingService, {
      submit: checkInService.checkIn,
      readMine: checkInService.readMine,
    }),
  );
  app.route(
    '/',
    createRoundRoutes('check-outs', meetingService, {
      submit: checkOutService.checkOut,
      readMine: checkOutService.readMine,
    }),
  );
  app.use('/sync/*', checkSyncRequest(config.allowedOrigins));
  app.get(
    '/sync/:docName',
    upgradeWebSocket(handleSyncSocket({ registry, metrics, sockets, resolveAccess: meetingService.resolveSyncAccess })),
  );
  // An address under /api/ that no route answers is an API error, not a page of the app.
  app.all('/api/*', (c) => c.json({ error: 'There is nothing at this address' }, 404));
  app.route('/', createClientAppRoutes(config.clientDir));
  app.notFound((c) => c.json({ error: 'Not found' }, 404));
  app.onError((error, c) => {
    // An address or a header that cannot be decoded is the request's fault, not the server's.
    if (error instanceof URIError) return c.json({ error: 'This address could not be read' }, 400);
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
      await reminders?.stop();
      await webhook.stop();
      await registry.flushAll();
      await cluster?.fanOut.close();
      await cluster?.locks.close();
      await sharedLimits?.close();
      await stores.rooms.close();
      await postgres?.close();
      await checkpointer?.stop();
      db?.close();
    })();
    return closing;
  }

  return { url: `http://${shownHost}:${port}`, port, close };
}
