import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const notBuilt = 'The web app is not built yet. Run "npm start", or "pnpm build" and then start the server.';

/** Serves the built client, and its index.html for every page route so links open the app. */
export function createClientAppRoutes(clientDir: string) {
  const app = new Hono();
  const indexFile = path.join(clientDir, 'index.html');
  const root = path.relative(process.cwd(), clientDir) || '.';
  if (!fs.existsSync(clientDir)) {
    app.get('*', (c) => c.text(notBuilt, 503));
    return app;
  }
  app.use('/assets/*', async (c, next) => {
    await next();
    // Built assets have content hashes in their names, so they never change.
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The build writes a brotli and a gzip copy of each script and style; the browser gets one it accepts.
  app.use('/assets/*', serveStatic({ root, precompressed: true }));
  // A script or style that is not there is a 404, not the page: a page from before a new build would otherwise run
  // index.html as a script, and the browser's offline copy would keep it under the script's name.
  app.all('/assets/*', (c) => c.text('There is no such file in this build of Debrief', 404));
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (!fs.existsSync(indexFile)) return c.text(notBuilt, 503);
    return c.html(fs.readFileSync(indexFile, 'utf8'));
  });
  return app;
}
