import { Hono } from 'hono';

export function createHealthRoutes() {
  return new Hono().get('/health', (c) => c.json({ ok: true }));
}
