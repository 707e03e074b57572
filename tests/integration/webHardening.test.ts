import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

const clientDir = fileURLToPath(new URL('../../client/dist', import.meta.url));
let server: TestServer | null = null;

afterEach(async () => {
  vi.restoreAllMocks();
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

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
}

/** One request with its path sent exactly as written (fetch would tidy `..` and `//` away). 101 for an upgrade. */
function send(
  port: number,
  method: string,
  address: string,
  options: { agent?: http.Agent; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const headers = { ...options.headers };
  // Node's client gives a DELETE body no length of its own, and the server would read it as the next request.
  if (options.body !== undefined && !headers['transfer-encoding']) {
    headers['content-length'] = String(Buffer.byteLength(options.body));
  }
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path: address, agent: options.agent, headers },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      },
    );
    request.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode ?? 0, headers: response.headers });
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** The status line the server answers a request written byte for byte, or 0 if it closes without one. */
function sendRaw(port: number, head: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.end(head);
  });
}

/** A few hundred odd paths, the same every run, under each part of the server. */
function createOddPaths(meetingId: string): string[] {
  const prefixes = [
    '/',
    '/api/',
    '/api/meetings/',
    `/api/meetings/${meetingId}/`,
    '/api/meetings/x/',
    '/sync/',
    '/assets/',
    '/m/',
  ];
  const pieces = [
    '%',
    '%E0%A4%A',
    '%C0%AE%C0%AE',
    '%FF%FE',
    '%ED%A0%80',
    '%00',
    'a%00b',
    '%0a',
    '%0d%0aSet-Cookie:%20x=1',
    '..',
    '%2e%2e',
    '..%2f..%2fetc%2fpasswd',
    '%2F',
    '%5C',
    '',
    'ünïcödé',
    '%F0%9F%94%A5',
    '%E2%80%AE',
    '%25E0%25A4%25A',
    '%25',
    '%%',
    'session',
    'commands',
    'cards',
    'votes/mine',
    'check-ins/mine',
    'report.md',
    'index.js.map',
    'a:b:c',
    ';x=1',
    'x'.repeat(2000),
    '?token=%E0%A4%A',
    '?token=&token=%00',
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const paths = new Set<string>();
  for (const prefix of prefixes) {
    for (const piece of pieces) paths.add(prefix + piece);
    for (let i = 0; i < 12; i++) {
      const count = 2 + (next() % 3);
      const parts = Array.from({ length: count }, () => pieces[next() % pieces.length]);
      paths.add(prefix + parts.join(next() % 2 ? '/' : ''));
    }
  }
  paths.add(`/${'a/'.repeat(3000)}`);
  paths.add(`/api/meetings/${'%41'.repeat(2500)}/session`);
  // Node's http client refuses to send characters outside Latin-1 or spaces; they are sent encoded, as browsers do.
  return [...paths].map((address) => address.replace(/[^\u0021-\u007e]/g, (char) => encodeURIComponent(char)));
}

describe('web hardening', () => {
  it('sends the security headers on pages, assets, the API and errors, allowing the inline script by its hash', async () => {
    const { url, port } = await start();
    const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(inline).toContain('__debriefEarlySession');
    const hash = createHash('sha256').update(inline).digest('base64');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '/';
    const answers: [string, Answer][] = [];
    for (const address of ['/', '/m/some-meeting', asset, '/favicon.svg', '/health', '/metrics']) {
      answers.push([address, await send(port, 'GET', address)]);
    }
    for (const address of ['/api/meetings/nope/session', '/api/nothing', '/assets/x.js.map', '/sync/%E0%A4%A']) {
      answers.push([address, await send(port, 'GET', address)]);
    }
    const json = { 'content-type': 'application/json' };
    answers.push(['415', await send(port, 'POST', '/api/meetings', { headers: { 'content-type': 'text/plain' } })]);
    answers.push(['413', await send(port, 'POST', '/api/meetings', { headers: json, body: 'x'.repeat(70_000) })]);
    answers.push(['400', await send(port, 'POST', '/api/meetings', { headers: json, body: '{' })]);
    expect(answers.map(([, answer]) => answer.status)).toEqual([
      200, 200, 200, 200, 200, 200, 404, 404, 404, 400, 415, 413, 400,
    ]);
    for (const [address, { headers }] of answers) {
      const csp = String(headers['content-security-policy']);
      expect(csp, address).toContain("default-src 'self'");
      expect(csp, address).toContain(`script-src 'self' 'sha256-${hash}';`);
      expect(csp, address).toContain("connect-src 'self'");
      expect(csp, address).toContain("frame-ancestors 'none'");
      expect(csp, address).toContain("object-src 'none'");
      expect(csp, address).not.toContain('unsafe-eval');
      expect(headers['x-content-type-options'], address).toBe('nosniff');
      expect(headers['x-frame-options'], address).toBe('DENY');
      expect(headers['referrer-policy'], address).toBe('no-referrer');
      expect(headers['cross-origin-opener-policy'], address).toBe('same-origin');
    }
    expect((await fetch(`${url}/health`)).headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves no source maps: the build has none, and a map put beside the app is still a 404', async () => {
    const maps = fs.readdirSync(path.join(clientDir, 'assets')).filter((name) => name.endsWith('.map'));
    expect(maps).toEqual([]);

    const otherBuild = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-client-'));
    fs.mkdirSync(path.join(otherBuild, 'assets'));
    fs.writeFileSync(path.join(otherBuild, 'index.html'), '<!doctype html><title>Debrief</title>');
    fs.writeFileSync(path.join(otherBuild, 'assets', 'app.js'), 'console.log("app")');
    fs.writeFileSync(path.join(otherBuild, 'assets', 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    fs.writeFileSync(path.join(otherBuild, 'top.map'), '{"version":3,"sources":["secret.ts"]}');
    const { port } = await start({ CLIENT_DIR: otherBuild });
    expect((await send(port, 'GET', '/assets/app.js')).status).toBe(200);
    // A chunk of another build is missing, not the page.
    const missing = await fetch(`http://127.0.0.1:${port}/assets/chunk-of-an-older-build.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<!doctype html>');
    expect((await fetch(`http://127.0.0.1:${port}/library`)).status).toBe(200);
    for (const address of ['/assets/app.js.map', '/assets/app.js.m%61p', '/assets//app.js.map', '/top.map', '/x.map']) {
      for (const method of ['GET', 'HEAD']) {
        expect((await send(port, method, address)).status, `${method} ${address}`).toBe(404);
      }
    }
  });

  it('lets only its own origin and ALLOWED_ORIGINS open a websocket from a browser', async () => {
    const { url, wsUrl, port } = await start({ ALLOWED_ORIGINS: 'https://debrief.example.com' });
    const { id, tokens } = await createTestMeeting(url);
    const address = `${wsUrl}/${id}?token=${tokens.participant}`;
    expect(await upgradeFrom(address, 'https://evil.example')).toBe(403);
    expect(await upgradeFrom(address, `http://127.0.0.1:${port + 1}`)).toBe(403);
    expect(await upgradeFrom(address, 'null')).toBe(403);
    expect(await upgradeFrom(address, url)).toBe('open');
    // Behind a proxy that ends TLS, the page is https and the server sees plain http on the same host.
    expect(await upgradeFrom(address, `https://127.0.0.1:${port}`)).toBe('open');
    expect(await upgradeFrom(address, 'https://debrief.example.com')).toBe('open');
    // A client that is not a browser says no origin.
    expect(await upgradeFrom(address, undefined)).toBe('open');
  });

  it('takes API bodies only as JSON, so another site’s form or text post is refused before any handler', async () => {
    const { url, port } = await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${url}/api/meetings`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"title":"Sneaky"}',
      });
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as { error: string }).error).toContain('application/json');
    }
    expect((await send(port, 'POST', '/api/meetings', { body: '{"title":"No type"}' })).status).toBe(415);
    const { id, tokens } = await createTestMeeting(url);
    for (const route of ['commands', 'cards', 'votes', 'check-ins', 'check-outs']) {
      const response = await fetch(`${url}/api/meetings/${id}/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${tokens.facilitator}` },
        body: '{"type":"advance"}',
      });
      expect(response.status, route).toBe(415);
    }
    const json = await fetch(`${url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"title":"Fine"}',
    });
    expect(json.status).toBe(201);
    // The meeting is still at its first stage: the text post's command never ran.
    const advance = await fetch(`${url}/api/meetings/${id}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.facilitator}` },
      body: '{"type":"advance","from":"prepare"}',
    });
    expect(advance.status).toBe(200);
  });

  it('answers an unreadable sync address with 400, upgrade or not', async () => {
    const { port } = await start();
    const upgrade = {
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    };
    // The second is read by the route once more after the router decoded it; the server's error handler catches that.
    for (const address of ['/sync/%E0%A4%A', '/sync/%25E0%25A4%25A', '/sync/%FF?token=x']) {
      expect((await send(port, 'GET', address)).status, address).toBe(400);
      expect((await send(port, 'GET', address, { headers: upgrade })).status, `upgrade ${address}`).toBe(400);
    }
  });

  it('answers no odd path with a server error, whatever the method, and stays healthy', async () => {
    const { url, port } = await start({ LOG_REQUESTS: '1' });
    const { id, tokens } = await createTestMeeting(url);
    const failures = vi.spyOn(console, 'error');
    const logged = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const paths = createOddPaths(id);
    expect(paths.length).toBeGreaterThan(300);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const upgrade = {
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    };
    const answers: { request: string; status: number; csp: boolean }[] = [];
    try {
      for (const address of paths) {
        const requests = ['GET', 'POST', 'PUT', 'DELETE'].map(async (method) => {
          const headers: Record<string, string> = { authorization: `Bearer ${tokens.facilitator}` };
          if (method !== 'GET') headers['content-type'] = 'application/json';
          const answer = await send(port, method, address, {
            agent,
            headers,
            body: method === 'GET' ? undefined : '{}',
          });
          answers.push({
            request: `${method} ${address}`,
            status: answer.status,
            csp: 'content-security-policy' in answer.headers,
          });
        });
        if (address.startsWith('/sync/')) {
          requests.push(
            send(port, 'GET', address, { headers: { ...upgrade, origin: `http://127.0.0.1:${port}` } }).then(
              (answer) => {
                answers.push({ request: `upgrade ${address}`, status: answer.status, csp: true });
              },
            ),
          );
        }
        await Promise.all(requests);
      }
    } finally {
      agent.destroy();
    }
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    // Node answers a path over its header limit (16 KiB) itself, before the app; every other answer is the app's.
    expect(answers.filter((answer) => !answer.csp && answer.status !== 431)).toEqual([]);

    // Bytes no client library will send: the parser refuses them, with a 400 and no server error.
    for (const line of [
      'GET /\u0000 HTTP/1.1',
      'GET /a\u007fb HTTP/1.1',
      'GET /\u00e9\u00ff HTTP/1.1',
      'GET /api/%00 HTTP/1.1',
    ]) {
      const status = await sendRaw(port, Buffer.from(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`, 'latin1'));
      expect(status, JSON.stringify(line)).toBeGreaterThanOrEqual(200);
      expect(status, JSON.stringify(line)).toBeLessThan(500);
    }

    expect(failures.mock.calls.filter((call) => String(call[0]).includes('Request failed'))).toEqual([]);
    // Each request the app answered is one log line, whatever its path held.
    const lines = logged.mock.calls.map((call) => String(call[0]));
    expect(lines.length).toBeGreaterThan(paths.length * 4);
    expect(
      lines.filter((line) => !/^[A-Z]+ \S.* \d{3} [\d.]+ms$/.test(line) || /[\p{C}\u2028\u2029]/u.test(line)),
    ).toEqual([]);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true });
  });

  it('closes the connection after an oversize body, so the same keep-alive client’s next request still works', async () => {
    const { url, port } = await start();
    const { id, tokens } = await createTestMeeting(url);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${tokens.participant}`,
      'x-personal-key': 'k'.repeat(43),
    };
    const oversize = [
      ['/api/meetings', 64 * 1024],
      [`/api/meetings/${id}/commands`, 64 * 1024],
      [`/api/meetings/${id}/cards`, 16 * 1024],
      [`/api/meetings/${id}/votes`, 16 * 1024],
      [`/api/meetings/${id}/check-ins`, 8 * 1024],
      [`/api/meetings/${id}/check-outs`, 8 * 1024],
    ] as const;
    try {
      for (const [address, limit] of oversize) {
        const body = JSON.stringify({ text: 'x'.repeat(limit + 1024) });
        const tooLarge = await send(port, 'POST', address, { agent, headers, body });
        expect(tooLarge.status, address).toBe(413);
        expect(tooLarge.headers.connection, address).toBe('close');
        expect((await send(port, 'GET', '/health', { agent })).status, address).toBe(200);
        // Sent in chunks, with no length given up front: the limit is found while reading.
        const chunked = await send(port, 'POST', address, {
          agent,
          headers: { ...headers, 'transfer-encoding': 'chunked' },
          body,
        });
        expect(chunked.status, `chunked ${address}`).toBe(413);
        expect((await send(port, 'GET', '/health', { agent })).status, `chunked ${address}`).toBe(200);
      }
      const created = await send(port, 'POST', '/api/meetings', {
        agent,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'After the big ones' }),
      });
      expect(created.status).toBe(201);
    } finally {
      agent.destroy();
    }
  });
});
