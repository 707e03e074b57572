import { ROLES, type Role } from '@debrief/shared';
import { type PresenceState, readPresenceState } from './presenceState.ts';

export interface Person extends PresenceState {
  readonly isSelf: boolean;
}

export interface Presence {
  /** facilitators and participants, one entry per person however many tabs they have open */
  readonly people: readonly Person[];
  /** how many different people are watching with an observer link */
  readonly observerCount: number;
  /** whether this browser is one of them */
  readonly watching: boolean;
}

/**
 * Turns awareness states (client id → state) into the people in the room. Tabs that share a participant id are
 * one person: shown with their strongest role, and with the tab that is editing something, or else this tab.
 */
export function collectPresence(
  states: ReadonlyMap<number, unknown>,
  selfClientId: number,
  selfWatching = false,
): Presence {
  const byPerson = new Map<string, { state: PresenceState; isSelf: boolean; role: Role }>();
  let counted = 0;
  for (const [clientId, raw] of states) {
    // Each server instance counts the observers watching through it.
    counted += readWatchers(raw);
    const state = readPresenceState(raw);
    if (!state) continue;
    const isSelfTab = clientId === selfClientId;
    const known = byPerson.get(state.user.id);
    if (!known) {
      byPerson.set(state.user.id, { state, isSelf: isSelfTab, role: state.user.role });
      continue;
    }
    const role = strongerRole(known.role, state.user.role);
    const preferThis =
      (state.focus !== null && known.state.focus === null) || (isSelfTab && known.state.focus === null);
    byPerson.set(state.user.id, {
      state: preferThis ? state : known.state,
      isSelf: known.isSelf || isSelfTab,
      role,
    });
  }

  const people: Person[] = [];
  let observerCount = 0;
  let watching = false;
  for (const { state, isSelf, role } of byPerson.values()) {
    if (role === 'observer') {
      observerCount++;
      watching ||= isSelf;
    } else people.push({ ...state, user: { ...state.user, role }, isSelf });
  }
  people.sort(
    (a, b) =>
      Number(b.user.role === 'facilitator') - Number(a.user.role === 'facilitator') ||
      a.user.name.localeCompare(b.user.name),
  );
  // Observers publish no presence; the server says how many watch, in a state of its own.
  return { people, observerCount: Math.max(observerCount, counted), watching: watching || selfWatching };
}

function readWatchers(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null || 'user' in raw) return 0;
  const watchers = (raw as { watchers?: unknown }).watchers;
  return Number.isInteger(watchers) && (watchers as number) > 0 ? (watchers as number) : 0;
}

function strongerRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b;
}
