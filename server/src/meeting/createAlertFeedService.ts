import { createHash, randomBytes } from 'node:crypto';
import {
  type AlertNotice,
  addTimelineEvents,
  controlDocName,
  createControlState,
  describeAlertNotice,
  markImportedEvents,
  type NewTimelineEvent,
  readAlertPayload,
  readControlState,
  readIncidentFacts,
  readTimelineEvent,
} from '@debrief/shared';
import type { AlertFeedStore } from '../persistence/AlertFeedStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { MeetingAccess, Refusal } from './createMeetingService.ts';
import { createSerialiser } from './createSerialiser.ts';
import { openSealedText, sealText } from './sealTokens.ts';

/** What a facilitator sees of the meeting's alert feed. */
export interface AlertFeedView {
  readonly open: boolean;
  /** The address to give Alertmanager or Grafana, relative to the server's origin; only while open. */
  readonly path: string | null;
  readonly openedAt: number | null;
  /** How many firing and resolved alerts it has added in all. */
  readonly received: number;
}

export interface AlertDelivery {
  readonly added: number;
  /** Alerts already added by an earlier notification (same alert, status and time). */
  readonly repeated: number;
}

export type AlertFeedOutcome<T> = { readonly ok: true; readonly body: T } | Refusal;

const SEAL_PURPOSE = 'alert feed';
export const ALERT_FEED_PATH = '/api/alerts/';
// Descriptions stay well inside what a timeline event accepts, whatever the labels.
const MAX_DESCRIPTION = 4000;

/**
 * A meeting's live alert feed: a secret address that takes Alertmanager and Grafana webhook notifications and adds
 * each firing and resolved alert to the timeline, once, marked as imported in the control document.
 */
export function createAlertFeedService(deps: {
  readonly registry: RoomRegistry;
  readonly feeds: AlertFeedStore;
  readonly now?: () => number;
}) {
  const { registry, feeds } = deps;
  const now = deps.now ?? Date.now;
  const serialise = createSerialiser(deps.registry.locks, 'alert-feed');

  async function describe(access: MeetingAccess): Promise<AlertFeedView> {
    const feed = await feeds.read(access.meeting.id);
    const received = await feeds.countNotices(access.meeting.id);
    const secret = feed ? openSealedText(feed.sealedSecret, access.token, SEAL_PURPOSE) : null;
    return {
      open: feed !== null,
      path: secret === null ? null : `${ALERT_FEED_PATH}${secret}`,
      openedAt: feed?.createdAt ?? null,
      received,
    };
  }

  /** Opens the feed with a new address; an address it had before stops working. */
  async function open(access: MeetingAccess): Promise<AlertFeedView> {
    const secret = randomBytes(24).toString('base64url');
    await feeds.open({
      meetingId: access.meeting.id,
      secretHash: hashSecret(secret),
      sealedSecret: sealText(secret, access.token, SEAL_PURPOSE),
      createdAt: now(),
    });
    return describe(access);
  }

  async function close(access: MeetingAccess): Promise<AlertFeedView> {
    await feeds.close(access.meeting.id);
    return describe(access);
  }

  /** The meeting an address belongs to, or null when it is not (or no longer) open. */
  async function findMeeting(secret: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(secret)) return null;
    return (await feeds.findBySecretHash(hashSecret(secret)))?.meetingId ?? null;
  }

  async function deliver(meetingId: string, body: unknown): Promise<AlertFeedOutcome<AlertDelivery>> {
    const reading = readAlertPayload(body, now());
    if (!reading.ok) return refuse(400, reading.message);
    const control = (await registry.readDocument(controlDocName(meetingId), readControlState)) ?? createControlState(0);
    if (control.stage === 'closed') return refuse(409, 'The meeting is closed; a facilitator can reopen it');

    return serialise(meetingId, async () => {
      const byKey = new Map<string, AlertNotice>();
      for (const notice of reading.notices) byKey.set(noticeKey(notice), notice);
      const fresh = await feeds.recordNotices(meetingId, [...byKey.keys()]);
      const events: NewTimelineEvent[] = [];
      const sources = new Map<string, string>();
      try {
        await registry.applyServerChange(meetingId, (doc) => {
          const timeZone = readIncidentFacts(doc).started?.timeZone ?? 'UTC';
          const addedAt = now();
          for (const key of fresh) {
            const notice = byKey.get(key);
            const id = `alert-${key}`;
            if (!notice || readTimelineEvent(doc, id)) continue;
            events.push({
              id,
              at: notice.at,
              timeZone,
              kind: notice.status === 'firing' ? 'detection' : 'resolution',
              description: describeAlertNotice(notice).slice(0, MAX_DESCRIPTION),
              createdAt: addedAt,
              createdBy: null,
              evidence: notice.link
                ? [
                    {
                      id: `${id}-link`,
                      url: notice.link,
                      label: `${notice.source}: ${notice.name}`,
                      kind: 'metric',
                      addedAt,
                    },
                  ]
                : [],
            });
            sources.set(id, notice.source);
          }
          const written = addTimelineEvents(doc, events);
          if (!written.ok) throw new Error(`Alert events refused: ${written.message}`);
        });
      } catch (error) {
        // Nothing was added, so nothing is remembered either: the sender's retry adds them.
        await feeds.forgetNotices(meetingId, [...fresh]);
        throw error;
      }
      await registry.applyServerChange(controlDocName(meetingId), (doc) => markImportedEvents(doc, sources));
      return { ok: true as const, body: { added: events.length, repeated: reading.notices.length - events.length } };
    });
  }

  return { describe, open, close, findMeeting, deliver };
}

export type AlertFeedService = ReturnType<typeof createAlertFeedService>;

function hashSecret(secret: string): string {
  return createHash('sha256').update(`debrief alert feed\u0000${secret}`).digest('hex');
}

/** The same alert, status and time always give the same key, and so the same timeline event id. */
function noticeKey(notice: AlertNotice): string {
  return createHash('sha256')
    .update(`${notice.source}\u0000${notice.fingerprint}\u0000${notice.status}\u0000${notice.at}`)
    .digest('base64url')
    .slice(0, 22);
}

function refuse(status: Refusal['status'], message: string): Refusal {
  return { ok: false, status, message };
}
