import { type CommandResponse, type MeetingSessionResponse, parseCreateMeetingInput } from '@debrief/shared';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { localRateLimits, type RateLimits } from '../cluster/RateLimits.ts';
import { createLinks, type MeetingService } from '../meeting/createMeetingService.ts';
import { type AccessEnv, EVERYONE, meetingAccess } from './meetingAccess.ts';
import { readJsonBody } from './readRequest.ts';
import { tooLarge } from './tooLarge.ts';

const MAX_BODY_BYTES = 64 * 1024;

/** `POST /api/meetings`, and each meeting's session and agenda commands. */
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
const TAKES_FILES = /^\/api\/(alerts\/[^/]+|meetings\/import|meetings\/[^/]+\/timeline\/import(\/preview)?)$/;

export function createMeetingRoutes(
  service: MeetingService,
  options: { meetingsPerMinute: number; rateLimits?: RateLimits },
) {
  const isAllowed = (options.rateLimits ?? localRateLimits)('meetings', options.meetingsPerMinute, 60_000);
  const app = new Hono<AccessEnv>();
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => tooLarge(c, '64 KiB') });
  // Every API body is held to 64 KiB, but the routes that take files: they set their own, larger limits.
  app.use('/api/*', (c, next) => (TAKES_FILES.test(c.req.path) ? next() : limit(c, next)));

  app.post('/api/meetings', async (c) => {
    const address = getConnInfo(c).remote.address ?? 'unknown';
    if (!(await isAllowed(address))) {
      return c.json({ error: 'Too many meetings created from this address; try again in a minute' }, 429);
    }
    const body = await readJsonBody(c);
    if (body === undefined) return c.json({ error: 'The body must be JSON such as {"title": "Checkout outage"}' }, 400);
    const parsed = parseCreateMeetingInput(body);
    if (!parsed.ok) return c.json({ error: parsed.message }, 400);
    const origin = new URL(c.req.url).origin;
    return c.json(await service.createMeeting(parsed.value, origin), 201);
  });

  app.post(
    '/api/meetings/import',
    bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: (c) => tooLarge(c, '16 MiB') }),
    async (c) => {
      const address = getConnInfo(c).remote.address ?? 'unknown';
      if (!(await isAllowed(address))) {
        return c.json({ error: 'Too many meetings created from this address; try again in a minute' }, 429);
      }
      const body = await readJsonBody(c);
      if (body === undefined) return c.json({ error: 'The body must be a Debrief export (export.json)' }, 400);
      const outcome = await service.importMeeting(body, new URL(c.req.url).origin);
      return outcome.ok ? c.json(outcome.created, 201) : c.json({ error: outcome.message }, outcome.status);
    },
  );

  app.get('/api/meetings/:id/session', meetingAccess(service, { roles: EVERYONE, person: 'optional' }), (c) => {
    const access = c.get('access');
    const { session, tokens } = service.getSession(access);
    service.prepareForVisit(access.meeting.id);
    c.header('Cache-Control', 'no-store');
    const links = tokens ? createLinks(new URL(c.req.url).origin, access.meeting.id, tokens) : undefined;
    return c.json({ ...session, links } satisfies MeetingSessionResponse);
  });

  // Every role reaches the stage machine, which answers 403 for those who may not run the meeting.
  app.post('/api/meetings/:id/commands', meetingAccess(service, { roles: EVERYONE, person: 'optional' }), async (c) => {
    const outcome = await service.applyCommand(c.get('access'), await readJsonBody(c));
    if (!outcome.ok) return c.json({ error: outcome.message }, outcome.status);
    return c.json({ state: outcome.state } satisfies CommandResponse);
  });

  return app;
}
