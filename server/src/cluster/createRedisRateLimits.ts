import { Redis } from 'ioredis';
import { createRateLimiter } from '../routes/createRateLimiter.ts';
import type { RateLimits } from './RateLimits.ts';

export interface RedisRateLimits {
  readonly limits: RateLimits;
  close(): Promise<void>;
}

/**
 * Limits counted together by every instance on one Redis, in fixed windows (`INCR` on a key per window, which
 * expires with it). Without Redis for a moment, each instance counts on its own rather than turning people away.
 */
export function createRedisRateLimits(redisUrl: string): RedisRateLimits {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  return {
    limits: (name, limit, windowMs) => {
      const fallback = createRateLimiter(limit, windowMs);
      return async (key) => {
        const window = Math.floor(Date.now() / windowMs);
        const counter = `debrief:rate:${name}:${window}:${key}`;
        try {
          const [[incrementError, hits] = [null, 0]] =
            (await redis.multi().incr(counter).pexpire(counter, windowMs).exec()) ?? [];
          if (incrementError) throw incrementError;
          return Number(hits) <= limit;
        } catch {
          return fallback(key);
        }
      };
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
