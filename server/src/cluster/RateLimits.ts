import { createRateLimiter } from '../routes/createRateLimiter.ts';

/** Whether one more hit for `key` is within the limit; counting it. */
export type RateLimit = (key: string) => Promise<boolean>;

/** Makes a limit of `limit` hits per `windowMs` for each key, named so that instances sharing it count together. */
export type RateLimits = (name: string, limit: number, windowMs: number) => RateLimit;

/** Limits counted by this instance alone. */
export const localRateLimits: RateLimits = (_name, limit, windowMs) => {
  const isAllowed = createRateLimiter(limit, windowMs);
  return async (key) => isAllowed(key);
};
