import { VoterHeader } from '@debrief/shared';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { LessonOutcome, LessonService, VoterHeaders } from '../meeting/createLessonService.ts';

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
    reply(c, await service.castVote(c.req.param('id'), readBearerToken(c), readVoterHeaders(c), await readJsonBody(c))),
  );

  app.get('/api/meetings/:id/votes/mine', async (c) => {
    // Someone's own votes: never kept by a shared cache.
    c.header('cache-control', 'no-store');
    return reply(c, await service.readMyVotes(c.req.param('id'), readBearerToken(c), readVoterHeaders(c)));
  });

  return app;
}

function reply<T>(c: Context, outcome: LessonOutcome<T>) {
  if (!outcome.ok) return c.json({ error: outcome.message }, outcome.status);
  return c.json(outcome.body as object, outcome.status);
}

function readBearerToken(c: Context): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  return match?.[1] ?? null;
}

function readVoterHeaders(c: Context): VoterHeaders {
  return {
    participantId: c.req.header(VoterHeader.participantId) ?? null,
    voterKey: c.req.header(VoterHeader.voterKey) ?? null,
  };
}

/** The JSON body, or undefined when there is none or it is not JSON; the parsers then name what is wrong. */
async function readJsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}
