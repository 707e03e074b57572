import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { checkSyncRequest, isSameHost } from './checkOrigin.ts';

function createApp(allowedOrigins: readonly string[] = []) {
  const app = new Hono();
  app.use('/sync/*', checkSyncRequest(allowedOrigins));
  app.get('/sync/:docName', (c) => c.text('upgraded'));
  return app;
}

function open(app: Hono, path: string, headers: Record<string, string> = {}) {
  return app.request(`http://debrief.test${path}`, { headers: { host: 'debrief.test:3000', ...headers } });
}

describe('checkSyncRequest', () => {
  it('lets the server’s own origin through, over http or https', async () => {
    const app = createApp();
    expect((await open(app, '/sync/m1', { origin: 'http://debrief.test:3000' })).status).toBe(200);
    expect((await open(app, '/sync/m1', { origin: 'https://debrief.test:3000' })).status).toBe(200);
    expect((await open(app, '/sync/m1', { origin: 'https://DEBRIEF.test:3000' })).status).toBe(200);
  });

  it('refuses another origin, a different port, and the opaque origin "null"', async () => {
    const app = createApp();
    for (const origin of ['https://evil.example', 'http://debrief.test:3001', 'http://debrief.test', 'null', '']) {
      const response = await open(app, '/sync/m1', { origin });
      expect(response.status, origin).toBe(403);
      expect(((await response.json()) as { error: string }).error).toContain('ALLOWED_ORIGINS');
    }
  });

  it('lets the listed origins through, however they are written', async () => {
    const app = createApp(['https://Debrief.Example.com', 'http://localhost:5173/']);
    expect((await open(app, '/sync/m1', { origin: 'https://debrief.example.com' })).status).toBe(200);
    expect((await open(app, '/sync/m1', { origin: 'http://localhost:5173' })).status).toBe(200);
    expect((await open(app, '/sync/m1', { origin: 'http://debrief.example.com' })).status).toBe(403);
  });

  it('lets a client with no Origin through: it is not a browser page', async () => {
    expect((await open(createApp(), '/sync/m1')).status).toBe(200);
  });

  it('answers an address that cannot be decoded with 400 before the upgrade', async () => {
    const app = createApp();
    for (const path of ['/sync/%E0%A4%A', '/sync/%', '/sync/abc%FF']) {
      const response = await open(app, path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
  });
});

describe('isSameHost', () => {
  it('treats a default port, written or not, as the same', () => {
    expect(isSameHost('https://debrief.example.com', 'debrief.example.com')).toBe(true);
    expect(isSameHost('https://debrief.example.com', 'debrief.example.com:443')).toBe(true);
    expect(isSameHost('http://debrief.example.com', 'debrief.example.com:80')).toBe(true);
    expect(isSameHost('http://debrief.example.com', 'debrief.example.com:443')).toBe(false);
    expect(isSameHost('http://[::1]:3000', '[::1]:3000')).toBe(true);
  });

  it('is false with no host, or an origin that is no address', () => {
    expect(isSameHost('http://localhost:3000', undefined)).toBe(false);
    expect(isSameHost('null', 'localhost:3000')).toBe(false);
    expect(isSameHost('file://', 'localhost:3000')).toBe(false);
  });
});
