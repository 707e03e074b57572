import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

export interface FloorPagesServer {
  readonly url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves the built floor pages as Debrief's server serves its client: brotli copies made once at the best quality,
 * and `Cross-Origin-Opener-Policy: same-origin`, which moves a page to a process of its own. `%NOTES%` in a page
 * becomes `notes`, so the pages without data show the same notes as the meeting.
 */
export async function serveFloorPages(dir: string, notes: string): Promise<FloorPagesServer> {
  const files = new Map<string, Buffer>();
  const escaped = notes.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  for (const file of listFiles(dir)) {
    let bytes = fs.readFileSync(path.join(dir, file));
    if (file.endsWith('.html')) bytes = Buffer.from(bytes.toString('utf8').replaceAll('%NOTES%', escaped));
    const compressed = zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
    });
    files.set(`/${file.split(path.sep).join('/')}`, compressed);
  }
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://floor').pathname;
    const body = files.get(pathname);
    if (!body || request.method !== 'GET') {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypes[path.extname(pathname)] ?? 'application/octet-stream',
      'Content-Encoding': 'br',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('The floor pages server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}
