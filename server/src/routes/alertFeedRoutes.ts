import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { localRateLimits, type RateLimits } from '../cluster/RateLimits.ts';
import type { AlertFeedService } from '../meeting/createAlertFeedService.ts';
import type { MeetingService } from '../meeting/createMeetingService.ts';
import { type AccessEnv, meetingAccess } from './meetingAccess.ts';
import { readJsonBody } from './readRequest.ts';
import { tooLarge } from './tooLarge.ts';

const MAX_NOTIFICATION_BYTES = 512 * 1024;

/**
 * The facilitator's `GET`, `POST` (open, or a new address) and `DELETE` (turn off) of
 * `/api/meetings/:id/alert-feed`, and `POST /api/alerts/:secret`, where Alertmanager and Grafana send notifications.
 */
export function createAlertFeedRoutes(
  access: Pick<MeetingService, 'resolveAccess'>,
  service: AlertFeedService,
  options: { readonly notificationsPerMinute: number; readonly rateLimits?: RateLimits },
) {
  const app = new Hono<AccessEnv>();
  // The address is a secret the facilitator link opens, so only that link manages it.
  const facilitator = meetingAccess(access, {
    roles: ['facilitator'],
    forbidden: 'Only the facilitator link can manage the alert feed',
    person: 'ignored',
  });
  const allowed = (options.rateLimits ?? localRateLimits)('alerts', options.notificationsPerMinute, 60_000);

  app.get('/api/meetings/:id/alert-feed', facilitator, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await service.describe(c.get('access')));
  });
  app.post('/api/meetings/:id/alert-feed', facilitator, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await service.open(c.get('access')), 201);
  });
  app.delete('/api/meetings/:id/alert-feed', facilitator, async (c) => c.json(await service.close(c.get('access'))));

  app.post(
    '/api/alerts/:secret',
    bodyLimit({ maxSize: MAX_NOTIFICATION_BYTES, onError: (c) => tooLarge(c, '512 KiB') }),
    async (c) => {
      const meetingId = await service.findMeeting(c.req.param('secret'));
      if (meetingId === null) {
        return c.json(
          { error: 'No alert feed is open at this address: a facilitator may have turned it off or made a new one' },
          404,
        );
      }
      if (!(await allowed(meetingId))) {
        c.header('retry-after', '60');
        return c.json({ error: 'Too many notifications for this meeting; try again in a minute' }, 429);
      }
      const outcome = await service.deliver(meetingId, await readJsonBody(c));
      return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
    },
  );

  return app;
}
