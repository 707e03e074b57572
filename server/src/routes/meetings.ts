import { parseCreateMeetingInput } from '@debrief/shared';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createLinks, type MeetingService } from '../meeting/createMeetingService.ts';
import { createRateLimiter } from './createRateLimiter.ts';

const MAX_BODY_BYTES = 64 * 1024;

function readBearerToken(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

async function readJson(c: Context): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await c.req.json() };
  } catch {
    return { ok: false };
  }
}

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
    const json = await readJson(c);
    if (!json.ok) return c.json({ error: 'The body must be JSON such as {"title": "Checkout outage"}' }, 400);
    const parsed = parseCreateMeetingInput(json.body);
    if (!parsed.ok) return c.json({ error: parsed.message }, 400);
    const origin = new URL(c.req.url).origin;
    return c.json(await service.createMeeting(parsed.value, origin), 201);
  });

  app.get('/api/meetings/:id/session', async (c) => {
    const session = await service.getSession(c.req.param('id'), readBearerToken(c));
    if (!session.ok) return c.json({ error: session.message }, session.status);
    c.header('Cache-Control', 'no-store');
    const links = session.tokens
      ? createLinks(new URL(c.req.url).origin, session.meeting.id, session.tokens)
      : undefined;
    return c.json({ meeting: session.meeting, role: session.role, links });
  });

  app.post('/api/meetings/:id/commands', async (c) => {
    const json = await readJson(c);
    const participantId = c.req.header('x-participant-id') ?? null;
    const outcome = await service.applyCommand(
      c.req.param('id'),
      readBearerToken(c),
      participantId,
      json.ok ? json.body : undefined,
    );
    if (!outcome.ok) return c.json({ error: outcome.message }, outcome.status);
    return c.json({ state: outcome.state });
  });

  return app;
}
