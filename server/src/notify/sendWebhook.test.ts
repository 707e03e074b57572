import { describe, expect, it } from 'vitest';
import { readDeliveryOutcome } from './sendWebhook.ts';

describe('readDeliveryOutcome', () => {
  it('counts any 2xx as delivered', () => {
    for (const status of [200, 201, 202, 204]) expect(readDeliveryOutcome(status).kind).toBe('delivered');
  });

  it('tries again after a timeout, a rate limit or a server error', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(readDeliveryOutcome(status).kind).toBe('retry');
  });

  it('gives up on a redirect or a refusal, which would only be repeated', () => {
    for (const status of [301, 302, 400, 401, 403, 404, 410, 413]) {
      expect(readDeliveryOutcome(status)).toEqual({ kind: 'failed', reason: `answered ${status}` });
    }
  });
});
