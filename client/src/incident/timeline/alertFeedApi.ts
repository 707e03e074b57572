import { callPersonalEndpoint, type PersonalRequester, type PersonalResult } from '../../api/callPersonalEndpoint.ts';

/** The meeting's alert feed as the server describes it to the facilitator. */
export interface AlertFeed {
  readonly open: boolean;
  /** relative to this server, such as /api/alerts/<secret>; null while off */
  readonly path: string | null;
  readonly openedAt: number | null;
  readonly received: number;
}

export function readAlertFeed(body: unknown): AlertFeed | null {
  if (typeof body !== 'object' || body === null) return null;
  const { open, path, openedAt, received } = body as Record<string, unknown>;
  if (typeof open !== 'boolean' || typeof received !== 'number') return null;
  if (path !== null && (typeof path !== 'string' || !path.startsWith('/api/alerts/'))) return null;
  return { open, path, openedAt: typeof openedAt === 'number' ? openedAt : null, received };
}

export function getAlertFeed(requester: PersonalRequester): Promise<PersonalResult<AlertFeed>> {
  return callPersonalEndpoint(requester, 'alert-feed', { method: 'GET' }, readAlertFeed);
}

/** Turns the feed on, or gives it a new address (the old one stops working). */
export function openAlertFeed(requester: PersonalRequester): Promise<PersonalResult<AlertFeed>> {
  return callPersonalEndpoint(
    requester,
    'alert-feed',
    { method: 'POST', headers: { 'Content-Type': 'application/json' } },
    readAlertFeed,
  );
}

export function closeAlertFeed(requester: PersonalRequester): Promise<PersonalResult<AlertFeed>> {
  return callPersonalEndpoint(requester, 'alert-feed', { method: 'DELETE' }, readAlertFeed);
}
