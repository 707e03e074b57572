import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type PersonalHeaders, readBearerToken, readJsonBody, readPersonalHeaders } from './readRequest.ts';

type Outcome =
  | { readonly ok: true; readonly body: unknown }
  | { readonly ok: false; readonly status: 400 | 401 | 403 | 404 | 409; readonly message: string };

/** A round each person takes part in once, privately: what they send, and what they get back of their own. */
export interface RoundService {
  submit(meetingId: string, token: string | null, headers: PersonalHeaders, body: unknown): Promise<Outcome>;
  readMine(meetingId: string, token: string | null, headers: PersonalHeaders): Promise<Outcome>;
}

/**
 * `POST /api/meetings/:id/<round>` and `GET /api/meetings/:id/<round>/mine`, for `check-ins` and `check-outs`:
 * the person's link token, id and secret key in the headers, a small JSON body.
 */
export function createRoundRoutes(round: 'check-ins' | 'check-outs', service: RoundService) {
  const app = new Hono();
  app.use(
    `/api/meetings/:id/${round}`,
    bodyLimit({ maxSize: 8 * 1024, onError: (c) => c.json({ error: 'The request body is over 8 KiB' }, 413) }),
  );

  app.post(`/api/meetings/:id/${round}`, async (c) => {
    const outcome = await service.submit(
      c.req.param('id'),
      readBearerToken(c),
      readPersonalHeaders(c),
      await readJsonBody(c),
    );
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });

  app.get(`/api/meetings/:id/${round}/mine`, async (c) => {
    c.header('cache-control', 'no-store');
    const outcome = await service.readMine(c.req.param('id'), readBearerToken(c), readPersonalHeaders(c));
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });

  return app;
}
