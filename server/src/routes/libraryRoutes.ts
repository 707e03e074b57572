import type { OpenActionsResponse } from '@debrief/shared';
import { Hono } from 'hono';
import type { LibraryService } from '../meeting/createLibraryService.ts';
import type { MeetingService } from '../meeting/createMeetingService.ts';
import { type AccessEnv, CONTRIBUTORS, EVERYONE, meetingAccess } from './meetingAccess.ts';
import { readJsonBody } from './readRequest.ts';

/**
 * The library: `GET /api/library` (search) and `GET /api/actions` (open actions), for anyone who can reach the
 * server, since publishing is what puts a post-mortem there; and per meeting, its publication (read by any link,
 * changed by the facilitator link), related post-mortems, and an action's status changed from the actions page.
 */
export function createLibraryRoutes(access: Pick<MeetingService, 'resolveAccess'>, library: LibraryService) {
  const app = new Hono<AccessEnv>();
  const anyone = meetingAccess(access, { roles: EVERYONE, person: 'ignored' });
  // Publishing makes the read-only link findable, and only the facilitator link can open it.
  const facilitator = meetingAccess(access, {
    roles: ['facilitator'],
    forbidden: 'Only the facilitator link can publish this post-mortem or take it out of the library',
    person: 'ignored',
  });
  const contributor = meetingAccess(access, {
    roles: CONTRIBUTORS,
    forbidden: 'An observer link cannot change actions',
    person: 'ignored',
  });

  app.get('/api/library', async (c) => {
    const outcome = await library.search(new URL(c.req.url).searchParams);
    c.header('cache-control', 'no-store');
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });

  app.get('/api/actions', async (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ actions: await library.openActions() } satisfies OpenActionsResponse);
  });

  app.get('/api/meetings/:id/publication', anyone, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await library.publication(c.get('access').meeting.id));
  });
  app.post('/api/meetings/:id/publication', facilitator, async (c) => {
    const outcome = await library.publish(c.get('access'), await readJsonBody(c));
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });
  app.delete('/api/meetings/:id/publication', facilitator, async (c) =>
    c.json(await library.withdraw(c.get('access').meeting.id)),
  );

  app.get('/api/meetings/:id/related', anyone, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await library.related(c.get('access').meeting.id));
  });

  app.patch('/api/meetings/:id/actions/:actionId', contributor, async (c) => {
    const outcome = await library.changeActionStatus(
      c.get('access').meeting.id,
      c.req.param('actionId'),
      await readJsonBody(c),
    );
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });

  return app;
}
