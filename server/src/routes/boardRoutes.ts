import { checkBoardSvg, MAX_BOARD_SVG_BYTES } from '@debrief/shared';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { MeetingService } from '../meeting/createMeetingService.ts';
import type { BoardImageStore } from '../persistence/BoardImageStore.ts';
import { type AccessEnv, CONTRIBUTORS, EVERYONE, meetingAccess } from './meetingAccess.ts';
import { readJsonBody } from './readRequest.ts';
import { tooLarge } from './tooLarge.ts';

export interface BoardConfigResponse {
  /** Passed to tldraw as `licenseKey`; null when the server has none. */
  readonly tldrawLicenseKey: string | null;
}

/** The picture is served so that nothing in it can run or load anything, even opened on its own. */
const pictureSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/**
 * `GET /api/board-config`: what the board needs to know from whoever runs Debrief, read when the board opens, not
 * built into the page. `PUT`, `GET /api/meetings/:id/board.svg`: the picture of the board the record shows, sent
 * as JSON `{svg}` (the API takes only JSON bodies) by a facilitator's or participant's page and kept only if it
 * passes the allow-list check.
 */
export function createBoardRoutes(
  access: Pick<MeetingService, 'resolveAccess'>,
  images: BoardImageStore,
  settings: { readonly tldrawLicenseKey: string | null },
) {
  const config: BoardConfigResponse = { tldrawLicenseKey: settings.tldrawLicenseKey };
  const app = new Hono<AccessEnv>();
  // JSON escapes can make a body a little longer than its picture.
  const limit = bodyLimit({ maxSize: MAX_BOARD_SVG_BYTES + 64 * 1024, onError: (c) => tooLarge(c, '2 MiB') });

  app.get('/api/board-config', (c) => c.json(config));

  app.get('/api/meetings/:id/board.svg', meetingAccess(access, { roles: EVERYONE, person: 'ignored' }), async (c) => {
    const svg = await images.read(c.get('access').meeting.id);
    if (svg === null) return c.json({ error: 'The board has no picture yet' }, 404);
    c.header('content-type', 'image/svg+xml');
    c.header('content-security-policy', pictureSecurityPolicy);
    c.header('cache-control', 'no-store');
    return c.body(svg);
  });

  app.put(
    '/api/meetings/:id/board.svg',
    limit,
    meetingAccess(access, { roles: CONTRIBUTORS, forbidden: 'Observers cannot change the record', person: 'ignored' }),
    async (c) => {
      const body = await readJsonBody(c);
      const svg = typeof body === 'object' && body !== null ? (body as { svg?: unknown }).svg : undefined;
      if (typeof svg !== 'string') return c.json({ error: 'svg: expected the picture as a string' }, 400);
      const check = checkBoardSvg(svg);
      if (!check.ok) return c.json({ error: `svg: ${check.reason}` }, 400);
      await images.write(c.get('access').meeting.id, svg);
      return c.body(null, 204);
    },
  );

  return app;
}
