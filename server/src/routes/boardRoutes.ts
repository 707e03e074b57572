import { Hono } from 'hono';

export interface BoardConfigResponse {
  /** Passed to tldraw as `licenseKey`; null when the server has none. */
  readonly tldrawLicenseKey: string | null;
}

/** What the board needs to know from whoever runs Debrief, read when the board opens, not built into the page. */
export function createBoardRoutes(settings: { readonly tldrawLicenseKey: string | null }) {
  const body: BoardConfigResponse = { tldrawLicenseKey: settings.tldrawLicenseKey };
  return new Hono().get('/api/board-config', (c) => c.json(body));
}
