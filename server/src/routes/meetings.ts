import { parseCreateMeetingInput } from '@debrief/shared';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createLinks, type MeetingService } from '../meeting/createMeetingService.ts';
import { createRateLimiter } from './createRateLimiter.ts';
import { readBearerToken, readJsonBody, readPersonalHeaders } from './readRequest.ts';

const MAX_BODY_BYTES = 64 * 1024;

export function createMeetingRoutes(service: MeetingService, options: { meetingsPerMinute: number }) {
  const isAllowed = createRateLimiter(options.meetingsPerMinute, 60_000);
  const app = new Hono();
  app.use(
    '/api/*',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'The request body is over 64 KiB' }, 413) }),
  );

  app.post('/api/meetings', async (c) => {
    const address = getConnInfo(c).remote.address ?? 'unknown';
    if (!isAllowed(address)) {
      return c.json({ error: 'Too many meetings created from this address; try again in a minute' }, 429);
    }
    const body = await readJsonBody(c);
    if (body === undefined) return c.json({ error: 'The body must be JSON such as {"title": "Checkout outage"}' }, 400);
    const parsed = parseCreateMeetingInput(body);
    if (!parsed.ok) return c.json({ error: parsed.message }, 400);
    const origin = new URL(c.req.url).origin;
    return c.json(await service.createMeeting(parsed.value, origin), 201);
  });

  app.get('/api/meetings/:id/session', async (c) => {
    const session = await service.getSession(c.req.param('id'), readBearerToken(c), readPersonalHeaders(c));
    if (!session.ok) return c.json({ error: session.message }, session.status);
    service.prepareForVisit(session.meeting.id);
    c.header('Cache-Control', 'no-store');
    const links = session.tokens
      ? createLinks(new URL(c.req.url).origin, session.meeting.id, session.tokens)
      : undefined;
    return c.json({ meeting: session.meeting, role: session.role, links });
  });

  app.post('/api/meetings/:id/commands', async (c) => {
    const body = await readJsonBody(c);
    const outcome = await service.applyCommand(c.req.param('id'), readBearerToken(c), readPersonalHeaders(c), body);
    if (!outcome.ok) return c.json({ error: outcome.message }, outcome.status);
    return c.json({ state: outcome.state });
  });

  return app;
}
