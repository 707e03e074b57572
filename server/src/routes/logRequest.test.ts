import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeForLog, logRequest } from './logRequest.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('escapeForLog', () => {
  it('leaves a plain path as it is', () => {
    expect(escapeForLog('/api/meetings/m-1/session')).toBe('/api/meetings/m-1/session');
    expect(escapeForLog('/m/Überprüfung 🔥')).toBe('/m/Überprüfung 🔥');
  });

  it('escapes line breaks and other control characters, JSON style', () => {
    expect(escapeForLog('/a\nGET /forged 200 0.1ms\r\n')).toBe('/a\\u000aGET /forged 200 0.1ms\\u000d\\u000a');
    expect(escapeForLog('/a\u0000\u001b[31m\u007f\u0085')).toBe('/a\\u0000\\u001b[31m\\u007f\\u0085');
    expect(escapeForLog('/a\u2028b\u2029')).toBe('/a\\u2028b\\u2029');
  });

  it('escapes invisible characters that would disguise a line, and backslashes so escapes cannot be forged', () => {
    expect(escapeForLog('/a\u202egnp.exe')).toBe('/a\\u202egnp.exe');
    expect(escapeForLog('/a\u200b\ufeff\u00a0')).toBe('/a\\u200b\\ufeff\\u00a0');
    expect(escapeForLog('/a\\u000a')).toBe('/a\\\\u000a');
    expect(escapeForLog('/a\ud800b')).toBe('/a\\ud800b');
  });
});

describe('logRequest', () => {
  it('prints one line per request, with its path escaped', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const app = new Hono();
    app.use(logRequest);
    app.get('*', (c) => c.text('ok'));
    await app.request('/x%0aGET%20/forged%20200%200.1ms%0d%0a?token=secret');
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).not.toMatch(/[\n\r]/);
    expect(line).not.toContain('secret');
    expect(line).toMatch(/^GET \/x\\u000aGET \/forged 200 0\.1ms\\u000d\\u000a 200 [\d.]+ms$/);
  });
});
