import { createRedisRateLimits } from '@debrief/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../support/services/startRedis.ts';

let redis: TestRedis;

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await redis?.stop();
});

describe('rate limits shared through Redis', () => {
  it('counts the hits of every instance together', async () => {
    const first = createRedisRateLimits(redis.url);
    const second = createRedisRateLimits(redis.url);
    try {
      const onFirst = first.limits('meetings', 3, 60_000);
      const onSecond = second.limits('meetings', 3, 60_000);
      const answers = [
        await onFirst('10.0.0.1'),
        await onSecond('10.0.0.1'),
        await onFirst('10.0.0.1'),
        await onSecond('10.0.0.1'),
      ];
      expect(answers).toEqual([true, true, true, false]);
      // Another address, and another limit, are counted apart.
      expect(await onSecond('10.0.0.2')).toBe(true);
      expect(await second.limits('alerts', 3, 60_000)('10.0.0.1')).toBe(true);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('counts on its own, rather than turning everyone away, while Redis is down', async () => {
    const limits = createRedisRateLimits(redis.url);
    try {
      const limit = limits.limits('import', 2, 60_000);
      await redis.stop();
      expect([await limit('10.0.0.3'), await limit('10.0.0.3'), await limit('10.0.0.3')]).toEqual([true, true, false]);
    } finally {
      await limits.close();
      await redis.restart();
    }
  });
});
