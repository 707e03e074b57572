import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requireJsonBody } from './requireJsonBody.ts';

function createApp() {
  const app = new Hono();
  let handled = 0;
  app.use('/api/*', requireJsonBody);
  app.all('/api/*', (c) => {
    handled++;
    return c.json({ ok: true });
  });
  return { app, handled: () => handled };
}

describe('requireJsonBody', () => {
  it('refuses a body of any other type with 415 before the handler runs', async () => {
    const { app, handled } = createApp();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await app.request('/api/meetings', {
          method,
          headers: { 'content-type': type },
          body: '{"title":"x"}',
        });
        expect(response.status, `${method} ${type}`).toBe(415);
        expect(((await response.json()) as { error: string }).error).toContain('application/json');
      }
    }
    expect(handled()).toBe(0);
  });

  it('refuses a write that does not say it is JSON, with a body or without', async () => {
    const { app } = createApp();
    for (const method of ['POST', 'PUT', 'PATCH']) {
      expect((await app.request('/api/meetings', { method, body: '{"title":"x"}' })).status, method).toBe(415);
      expect((await app.request('/api/meetings', { method })).status, method).toBe(415);
    }
  });

  it('takes JSON, with parameters and in any case', async () => {
    const { app, handled } = createApp();
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      const response = await app.request('/api/meetings', {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{}',
      });
      expect(response.status, type).toBe(200);
    }
    expect(handled()).toBe(3);
  });

  it('lets reads, and a DELETE without a body, through', async () => {
    const { app } = createApp();
    expect((await app.request('/api/meetings/m1/session')).status).toBe(200);
    expect((await app.request('/api/meetings/m1/session', { method: 'HEAD' })).status).toBe(200);
    expect((await app.request('/api/meetings/m1', { method: 'DELETE' })).status).toBe(200);
  });
});
