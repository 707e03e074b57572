import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { LessonService } from '../meeting/createLessonService.ts';
import type { MeetingService } from '../meeting/createMeetingService.ts';
import { type AccessEnv, CONTRIBUTORS, meetingAccess, requirePerson } from './meetingAccess.ts';
import { readJsonBody } from './readRequest.ts';
import { tooLarge } from './tooLarge.ts';

const MAX_BODY_BYTES = 16 * 1024;

/**
 * `POST /api/meetings/:id/cards` (anonymous lesson cards), `POST /api/meetings/:id/votes` and
 * `GET /api/meetings/:id/votes/mine`: written by the server so no Yjs client id ties them to a person.
 */
export function createLessonRoutes(access: Pick<MeetingService, 'resolveAccess'>, service: LessonService) {
  const app = new Hono<AccessEnv>();
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => tooLarge(c, '16 KiB'),
  });
  // An anonymous card must not know who sends it: no personal key is even read.
  const anonymous = meetingAccess(access, {
    roles: CONTRIBUTORS,
    forbidden: 'Observers can follow the meeting but not add cards',
    person: 'ignored',
  });
  const voter = meetingAccess(access, {
    roles: CONTRIBUTORS,
    forbidden: 'Observers can follow the meeting but not vote',
    person: 'required',
  });

  app.post('/api/meetings/:id/cards', limit, anonymous, async (c) => {
    const outcome = await service.addAnonymousCard(c.get('access'), await readJsonBody(c));
    return outcome.ok ? c.json(outcome.body, outcome.status) : c.json({ error: outcome.message }, outcome.status);
  });

  app.post('/api/meetings/:id/votes', limit, voter, async (c) => {
    const outcome = await service.castVote(c.get('access'), requirePerson(c), await readJsonBody(c));
    return outcome.ok ? c.json(outcome.body, outcome.status) : c.json({ error: outcome.message }, outcome.status);
  });

  app.get('/api/meetings/:id/votes/mine', voter, async (c) => {
    // Someone's own votes: never kept by a shared cache.
    c.header('cache-control', 'no-store');
    const outcome = await service.readMyVotes(c.get('access'), requirePerson(c));
    return outcome.ok ? c.json(outcome.body, outcome.status) : c.json({ error: outcome.message }, outcome.status);
  });

  return app;
}
