import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Folder of the built client; served when it exists. */
  readonly clientDir: string;
  /** Meetings one address may create per minute. */
  readonly meetingsPerMinute: number;
  /** Print one line per request: method, path without its query, status, time. */
  readonly logRequests: boolean;
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
  return {
    meetingsPerMinute,
    logRequests: env.LOG_REQUESTS ? env.LOG_REQUESTS !== '0' : env.NODE_ENV !== 'test',
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    clientDir: path.resolve(env.CLIENT_DIR || defaultClientDir),
  };
}
