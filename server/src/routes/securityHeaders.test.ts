import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, securityHeaders } from './securityHeaders.ts';

const inline = "window.__early = fetch('/api/meetings/x/session');";

function createClientDir(html: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-client-'));
  if (html !== null) fs.writeFileSync(path.join(dir, 'index.html'), html);
  return dir;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

function createApp(clientDir: string) {
  const app = new Hono();
  app.use(securityHeaders(clientDir));
  app.get('/page', (c) => c.html('<p>hello</p>'));
  app.get('/broken', () => {
    throw new Error('boom');
  });
  app.notFound((c) => c.json({ error: 'Not found' }, 404));
  app.onError((_error, c) => c.json({ error: 'Something went wrong on the server' }, 500));
  return app;
}

describe('securityHeaders', () => {
  it('sets the policy and the other headers on pages, not-found answers and server errors', async () => {
    const html = `<!doctype html><head><script>${inline}</script><script type="module" crossorigin src="/assets/index.js"></script></head>`;
    const app = createApp(createClientDir(html));
    for (const address of ['/page', '/nothing', '/broken']) {
      const response = await app.request(address);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy.split('; '), address).toEqual([
        "default-src 'self'",
        `script-src 'self' '${sha256(inline)}'`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ]);
      expect(response.headers.get('x-content-type-options'), address).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), address).toBe('DENY');
      expect(response.headers.get('referrer-policy'), address).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy'), address).toBe('same-origin');
    }
  });

  it('allows only its own scripts when the client is not built', async () => {
    const response = await createApp(createClientDir(null)).request('/page');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
  });
});

describe('inlineScriptHashes', () => {
  it('hashes each inline script exactly as written, and no script loaded from a file', () => {
    const second = '\n  console.log("two");\n';
    const html = `<script>${inline}</script><script src="/a.js"></script><SCRIPT type="module">${second}</SCRIPT><script> </script>`;
    expect(inlineScriptHashes(createClientDir(html))).toEqual([sha256(inline), sha256(second)]);
  });
});
