import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { LessonOutcome, LessonService } from '../meeting/createLessonService.ts';
import { readBearerToken, readJsonBody, readPersonalHeaders } from './readRequest.ts';

const MAX_BODY_BYTES = 16 * 1024;

/**
 * `POST /api/meetings/:id/cards` (anonymous lesson cards), `POST /api/meetings/:id/votes` and
 * `GET /api/meetings/:id/votes/mine`: written by the server so no Yjs client id ties them to a person.
 */
export function createLessonRoutes(service: LessonService) {
  const app = new Hono();
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: 'The request body is over 16 KiB' }, 413),
  });
  app.use('/api/meetings/:id/cards', limit);
  app.use('/api/meetings/:id/votes', limit);

  app.post('/api/meetings/:id/cards', async (c) =>
    reply(c, await service.addAnonymousCard(c.req.param('id'), readBearerToken(c), await readJsonBody(c))),
  );

  app.post('/api/meetings/:id/votes', async (c) =>
    reply(
      c,
      await service.castVote(c.req.param('id'), readBearerToken(c), readPersonalHeaders(c), await readJsonBody(c)),
    ),
  );

  app.get('/api/meetings/:id/votes/mine', async (c) => {
    // Someone's own votes: never kept by a shared cache.
    c.header('cache-control', 'no-store');
    return reply(c, await service.readMyVotes(c.req.param('id'), readBearerToken(c), readPersonalHeaders(c)));
  });

  return app;
}

function reply<T>(c: Context, outcome: LessonOutcome<T>) {
  if (!outcome.ok) return c.json({ error: outcome.message }, outcome.status);
  return c.json(outcome.body as object, outcome.status);
}
