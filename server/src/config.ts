import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSafeHttpUrl } from '@debrief/shared';
import { defaultSyncLimits, type SyncLimits } from './sync/SyncLimits.ts';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Folder of the built client; served when it exists. */
  readonly clientDir: string;
  /** Meetings one address may create per minute. */
  readonly meetingsPerMinute: number;
  /** Notifications one meeting's alert feed takes per minute (`ALERT_NOTIFICATIONS_PER_MINUTE`). */
  readonly alertNotificationsPerMinute: number;
  /** Print one line per request: method, path without its query, status, time. */
  readonly logRequests: boolean;
  /** What one sync connection and one document may cost. */
  readonly syncLimits: SyncLimits;
  /** Origins besides the server's own whose pages may open its websocket (`ALLOWED_ORIGINS`, comma-separated). */
  readonly allowedOrigins: readonly string[];
  /** Where meeting notices are posted (`WEBHOOK_URL`); null sends none. */
  readonly webhook: WebhookSettings | null;
  /** The address people open Debrief at (`PUBLIC_URL`), without a trailing slash; null leaves links out of notices. */
  readonly publicUrl: string | null;
  /** The tldraw licence key the board needs when served over HTTPS from a real domain (`TLDRAW_LICENSE_KEY`). */
  readonly tldrawLicenseKey: string | null;
  /** PostgreSQL as the store instead of SQLite (`DATABASE_URL`): for several instances, or a database already run. */
  readonly databaseUrl: string | null;
  /** Redis, to carry updates and presence between instances that share the PostgreSQL store (`REDIS_URL`). */
  readonly redisUrl: string | null;
}

export interface WebhookSettings {
  readonly url: string;
  /** The wait before the first retry of a failed delivery (`WEBHOOK_RETRY_BASE_MS`); it doubles on each retry. */
  readonly retryBaseMs: number;
}

const defaultClientDir = fileURLToPath(new URL('../../client/dist', import.meta.url));

/** Reads settings from the environment, once, at start. Throws with a plain message on a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env.PORT}"`);
  }
  const meetingsPerMinute = env.MEETINGS_PER_MINUTE ? Number(env.MEETINGS_PER_MINUTE) : 30;
  if (!Number.isInteger(meetingsPerMinute) || meetingsPerMinute < 1) {
    throw new Error(`MEETINGS_PER_MINUTE must be a whole number above 0, not "${env.MEETINGS_PER_MINUTE}"`);
  }
  const syncLimits: SyncLimits = {
    updatesPerSecond: readPositiveWholeNumber(env, 'SYNC_UPDATES_PER_SECOND', defaultSyncLimits.updatesPerSecond),
    presencePerSecond: readPositiveWholeNumber(env, 'SYNC_PRESENCE_PER_SECOND', defaultSyncLimits.presencePerSecond),
    maxPresenceBytes: readPositiveWholeNumber(env, 'MAX_PRESENCE_BYTES', defaultSyncLimits.maxPresenceBytes),
    maxDocumentBytes: readPositiveWholeNumber(env, 'MAX_DOCUMENT_BYTES', defaultSyncLimits.maxDocumentBytes),
    maxConnectionsPerDocument: readPositiveWholeNumber(
      env,
      'MAX_CONNECTIONS_PER_DOCUMENT',
      defaultSyncLimits.maxConnectionsPerDocument,
    ),
    maxBufferedBytes: readPositiveWholeNumber(env, 'MAX_BUFFERED_BYTES', defaultSyncLimits.maxBufferedBytes),
  };
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/\s]+$/i.test(origin)) {
      throw new Error(`ALLOWED_ORIGINS must list origins such as https://debrief.example.com, not "${origin}"`);
    }
  }
  const webhookUrl = env.WEBHOOK_URL?.trim() ?? '';
  // The address is a secret (it lets anyone post to the channel), so it is never repeated in a message.
  if (webhookUrl !== '' && !isSafeHttpUrl(webhookUrl)) {
    throw new Error('WEBHOOK_URL must be an http:// or https:// address, without a user name or password');
  }
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, '') ?? '';
  if (publicUrl !== '' && (!isSafeHttpUrl(publicUrl) || /[?#]/.test(publicUrl))) {
    throw new Error(
      `PUBLIC_URL must be an http:// or https:// address such as https://debrief.example.com, not "${env.PUBLIC_URL}"`,
    );
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a PostgreSQL address such as postgres://user:password@host:5432/debrief');
  }
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl !== null && !/^rediss?:\/\//i.test(redisUrl)) {
    throw new Error('REDIS_URL must be a Redis address such as redis://host:6379');
  }
  // Instances that each kept their own SQLite file would each hold a different meeting.
  if (redisUrl !== null && databaseUrl === null) {
    throw new Error('REDIS_URL needs DATABASE_URL too: instances that share meetings must share one PostgreSQL store');
  }
  return {
    databaseUrl,
    redisUrl,
    syncLimits,
    allowedOrigins,
    meetingsPerMinute,
    alertNotificationsPerMinute: readPositiveWholeNumber(env, 'ALERT_NOTIFICATIONS_PER_MINUTE', 60),
    logRequests: env.LOG_REQUESTS ? env.LOG_REQUESTS !== '0' : env.NODE_ENV !== 'test',
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    clientDir: path.resolve(env.CLIENT_DIR || defaultClientDir),
    webhook:
      webhookUrl === ''
        ? null
        : { url: webhookUrl, retryBaseMs: readPositiveWholeNumber(env, 'WEBHOOK_RETRY_BASE_MS', 1000) },
    publicUrl: publicUrl === '' ? null : publicUrl,
    tldrawLicenseKey: env.TLDRAW_LICENSE_KEY?.trim() || null,
  };
}

/** A setting that must be a whole number above 0; unset or empty gives the default. */
function readPositiveWholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number above 0, not "${text}"`);
  }
  return value;
}
