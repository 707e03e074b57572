/** What the server says about the board: `GET /api/board-config`. */
export interface BoardConfig {
  readonly tldrawLicenseKey: string | null;
}

export async function getBoardConfig(): Promise<BoardConfig> {
  const response = await fetch('/api/board-config');
  if (!response.ok) throw new Error(`The board settings could not be read (${response.status})`);
  const body = (await response.json()) as { tldrawLicenseKey?: unknown };
  const key = body.tldrawLicenseKey;
  return { tldrawLicenseKey: typeof key === 'string' && key !== '' ? key : null };
}

/**
 * tldraw runs without a licence key only on a computer's own address or over plain http; over HTTPS from a real
 * domain it stops after a few seconds, so the board is not offered there without one.
 */
export function needsLicenseKey(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  if (location.protocol !== 'https:') return false;
  const host = location.hostname.toLowerCase();
  return !(host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]');
}
