import {
  atom,
  createPresenceStateDerivation,
  createUserId,
  InstancePresenceRecordType,
  react,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
  UserRecordType,
} from 'tldraw';
import type { Awareness } from 'y-protocols/awareness';

/** Who this person is in the meeting; their board presence carries the same id, name and colour. */
export interface BoardPerson {
  readonly participantId: string;
  readonly name: string;
  readonly color: string;
  /** The role the meeting shows, which the server checks against the link. */
  readonly role: string;
}

/** Presence goes out at most this often: pointer moves would otherwise pass the server's presence rate. */
const SEND_EVERY_MS = 60;
/** Keeps a presence message well under the server's size limit, however much is selected. */
const MAX_SELECTED_SHOWN = 50;
const MAX_SCRIBBLES_SHOWN = 2;
const MAX_SCRIBBLE_POINTS = 100;

function presenceIdOf(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(String(clientId));
}

/** What this person shows: tldraw's presence, trimmed to a size the server takes. */
function trimPresence(presence: TLInstancePresence): TLInstancePresence {
  return {
    ...presence,
    selectedShapeIds: presence.selectedShapeIds.slice(0, MAX_SELECTED_SHOWN),
    scribbles: presence.scribbles
      .slice(-MAX_SCRIBBLES_SHOWN)
      .map((scribble) => ({ ...scribble, points: scribble.points.slice(-MAX_SCRIBBLE_POINTS) })),
    chatMessage: '',
  };
}

/**
 * Shares this person's pointer and selection through the board's awareness (unless `person` is null: observers show
 * nothing), and shows everyone else's as tldraw presence records, named and coloured as the meeting knows them.
 * Returns a function that stops it.
 */
export function bindBoardPresence(store: TLStore, awareness: Awareness, person: BoardPerson | null): () => void {
  const stops: (() => void)[] = [];
  if (person) {
    const user: TLUser = UserRecordType.create({
      id: createUserId(person.participantId),
      name: person.name,
      color: person.color,
    });
    const presence = createPresenceStateDerivation(atom('board user', user), {
      instanceId: presenceIdOf(awareness.clientID),
    })(store);
    const self = { id: person.participantId, name: person.name, color: person.color, role: person.role };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const send = () => {
      timer = null;
      const current = presence.get();
      awareness.setLocalState({ user: self, presence: current ? trimPresence(current) : null });
    };
    stops.push(
      react('share board presence', () => {
        presence.get();
        timer ??= setTimeout(send, SEND_EVERY_MS);
      }),
      () => {
        if (timer) clearTimeout(timer);
        awareness.setLocalState(null);
      },
    );
  }

  const show = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const states = awareness.getStates();
    const put: TLInstancePresence[] = [];
    const gone: TLInstancePresence['id'][] = removed.map(presenceIdOf);
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue;
      const shown = readPresence(clientId, states.get(clientId));
      if (shown) put.push(shown);
      else gone.push(presenceIdOf(clientId));
    }
    store.mergeRemoteChanges(() => {
      const present = gone.filter((id) => store.has(id));
      if (present.length > 0) store.remove(present);
      for (const record of put) {
        try {
          store.put([record]);
        } catch {
          // A presence that does not read as tldraw's is not shown.
        }
      }
    });
  };
  awareness.on('change', show);
  show({ added: [...awareness.getStates().keys()], updated: [], removed: [] });
  stops.push(() => {
    awareness.off('change', show);
    store.mergeRemoteChanges(() => {
      const shown = store.query.records('instance_presence').get();
      if (shown.length > 0) store.remove(shown.map((record) => record.id));
    });
  });

  return () => {
    for (const stop of stops) stop();
  };
}

/** Another person's awareness state, which anyone could have sent, as a tldraw presence record, or null. */
function readPresence(clientId: number, state: unknown): TLInstancePresence | null {
  if (typeof state !== 'object' || state === null) return null;
  const { user, presence } = state as { user?: unknown; presence?: unknown };
  if (typeof presence !== 'object' || presence === null || typeof user !== 'object' || user === null) return null;
  const { id, name, color } = user as { id?: unknown; name?: unknown; color?: unknown };
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  return {
    ...(presence as TLInstancePresence),
    id: presenceIdOf(clientId),
    typeName: 'instance_presence',
    userId: createUserId(id),
    userName: name.slice(0, 40) || 'Someone',
    color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : '#535b6e',
  };
}
