import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

const clientDir = fileURLToPath(new URL('../../client/dist', import.meta.url));
let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(env: Record<string, string> = {}) {
  server = await startTestServer(undefined, {}, env);
  return server;
}

/** Opens a websocket with an Origin header, as a browser page would; resolves with what the server answered. */
function upgradeFrom(url: string, origin: string | undefined): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', () => undefined);
  });
}

describe('web hardening', () => {
  it('sends the security headers on pages, assets, the API and errors, allowing the inline script by its hash', async () => {
    const { url } = await start();
    const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(inline).toContain('__debriefEarlySession');
    const hash = createHash('sha256').update(inline).digest('base64');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '/';
    for (const address of ['/', '/m/some-meeting', asset, '/health', '/api/meetings/nope/session', '/api/nothing']) {
      const response = await fetch(`${url}${address}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, address).toContain("default-src 'self'");
      expect(csp, address).toContain(`'sha256-${hash}'`);
      expect(csp, address).toContain("frame-ancestors 'none'");
      expect(csp, address).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options'), address).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), address).toBe('DENY');
      expect(response.headers.get('referrer-policy'), address).toBe('no-referrer');
    }
  });

  it('serves no source maps', async () => {
    const { url } = await start();
    const maps = fs.readdirSync(path.join(clientDir, 'assets')).filter((name) => name.endsWith('.map'));
    expect(maps).toEqual([]);
    const response = await fetch(`${url}/assets/index.js.map`);
    expect(response.status).toBe(404);
  });

  it('lets only its own origin and ALLOWED_ORIGINS open a websocket from a browser', async () => {
    const { url, wsUrl } = await start({ ALLOWED_ORIGINS: 'https://debrief.example.com' });
    const { id, tokens } = await createTestMeeting(url);
    const address = `${wsUrl}/${id}?token=${tokens.participant}`;
    expect(await upgradeFrom(address, 'https://evil.example')).toBe(403);
    expect(await upgradeFrom(address, 'null')).toBe(403);
    expect(await upgradeFrom(address, url)).toBe('open');
    expect(await upgradeFrom(address, 'https://debrief.example.com')).toBe('open');
    // A client that is not a browser says no origin.
    expect(await upgradeFrom(address, undefined)).toBe('open');
  });

  it('takes API bodies only as JSON, so another site’s form or text post is refused', async () => {
    const { url } = await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${url}/api/meetings`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"title":"Sneaky"}',
      });
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as { error: string }).error).toContain('application/json');
    }
    const json = await fetch(`${url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"title":"Fine"}',
    });
    expect(json.status).toBe(201);
  });

  it('answers no odd path with a server error, and stays healthy', async () => {
    const { url } = await start();
    expect((await fetch(`${url}/sync/%E0%A4%A`)).status).toBe(400);
    const paths = [
      '/sync/%E0%A4%A',
      '/sync/%',
      '/sync/%00',
      '/sync/..%2f..%2fetc%2fpasswd',
      '/sync/a:b:c',
      `/sync/${'x'.repeat(5000)}`,
      '/api/%E0%A4%A',
      '/api/meetings/%E0%A4%A/session',
      '/api/meetings/%FF%FE/commands',
      '/api/meetings/x%00y/votes',
      '/assets/%E0%A4%A',
      '/assets/../../package.json',
      '/%E0%A4%A',
      '/m/%E0%A4%A',
      '/%F0%9F%94%A5',
      '/ünïcödé',
      '/a/b/c/d/e/f/g/h',
      '/.env',
      '//double//slash',
      '/api/meetings/xxxxxxxx/report.md',
    ];
    for (let i = 0; i < 20; i++) {
      const bytes = Array.from({ length: 12 }, (_, k) => (i * 37 + k * 11) % 256);
      paths.push(`/${bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`);
      paths.push(`/api/meetings/${bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}/session`);
    }
    for (const address of paths) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
        const response = await fetch(`${url}${address}`, {
          method,
          headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
          body: method === 'GET' ? undefined : '{}',
        });
        expect(response.status, `${method} ${address}`).toBeLessThan(500);
      }
    }
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
  });

  it('answers an oversize body, and the same keep-alive client’s next request still works', async () => {
    const { port } = await start();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, address: string, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port, method, path: address, agent, headers: { 'content-type': 'application/json' } },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    try {
      expect(await send('POST', '/api/meetings', JSON.stringify({ title: 'x'.repeat(200 * 1024) }))).toBe(413);
      expect(await send('GET', '/health')).toBe(200);
      expect(await send('POST', '/api/meetings', JSON.stringify({ title: 'After the big one' }))).toBe(201);
    } finally {
      agent.destroy();
    }
  });
});
