import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createClientAppRoutes } from './clientApp.ts';

const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-client-'));
const script = `export const steps = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `step ${i}`))};`;
fs.mkdirSync(path.join(clientDir, 'assets'));
fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Debrief</title>');
fs.writeFileSync(path.join(clientDir, 'assets', 'room-abc123.js'), script);
fs.writeFileSync(path.join(clientDir, 'assets', 'room-abc123.js.br'), zlib.brotliCompressSync(script));
fs.writeFileSync(path.join(clientDir, 'assets', 'room-abc123.js.gz'), zlib.gzipSync(script));
fs.writeFileSync(path.join(clientDir, 'assets', 'plain-abc123.js'), 'export {};');
afterAll(() => fs.rmSync(clientDir, { recursive: true, force: true }));

const app = createClientAppRoutes(clientDir);
const get = (file: string, acceptEncoding?: string) =>
  app.request(`/assets/${file}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });

describe('the built web app', () => {
  it('sends the brotli copy of a script to a browser that accepts it, else the gzip copy, else the script', async () => {
    const brotli = await get('room-abc123.js', 'gzip, deflate, br, zstd');
    expect(brotli.headers.get('Content-Encoding')).toBe('br');
    expect(brotli.headers.get('Content-Type')).toMatch(/javascript/);
    expect(brotli.headers.get('Vary')).toMatch(/Accept-Encoding/);
    expect(brotli.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(script);

    const gzip = await get('room-abc123.js', 'gzip, deflate');
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);

    const plain = await get('room-abc123.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('sends a file without compressed copies as it is, and keeps it cached for good', async () => {
    const response = await get('plain-abc123.js', 'br, gzip');
    expect(response.headers.get('Content-Encoding')).toBeNull();
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('export {};');
  });

  it('answers a script that is not in the build with a 404, not the page', async () => {
    const response = await get('gone-abc123.js', 'br');
    expect(response.status).toBe(404);
    expect(response.headers.get('Cache-Control')).toBeNull();
  });
});
