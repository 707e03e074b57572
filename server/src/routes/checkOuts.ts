import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CheckOutService } from '../meeting/createCheckOutService.ts';
import { readBearerToken, readJsonBody, readPersonalHeaders } from './readRequest.ts';

/** `POST /api/meetings/:id/check-outs` and `GET /api/meetings/:id/check-outs/mine`. */
export function createCheckOutRoutes(service: CheckOutService) {
  const app = new Hono();
  app.use(
    '/api/meetings/:id/check-outs',
    bodyLimit({ maxSize: 8 * 1024, onError: (c) => c.json({ error: 'The request body is over 8 KiB' }, 413) }),
  );

  app.post('/api/meetings/:id/check-outs', async (c) => {
    const outcome = await service.checkOut(
      c.req.param('id'),
      readBearerToken(c),
      readPersonalHeaders(c),
      await readJsonBody(c),
    );
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });

  app.get('/api/meetings/:id/check-outs/mine', async (c) => {
    c.header('cache-control', 'no-store');
    const outcome = await service.readMine(c.req.param('id'), readBearerToken(c), readPersonalHeaders(c));
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });

  return app;
}
