import type * as Y from 'yjs';
import { getRoundsMap, RoundsRoot } from '../doc/docSchema.ts';
import type { ControlState } from '../meeting/controlState.ts';
import { readCheckIns } from './checkIns.ts';
import { readCheckOuts } from './checkOuts.ts';

/** Who took part in a meeting, by the names they gave at check-in or check-out, sorted. */
export interface MeetingPeople {
  readonly attendees: readonly string[];
  /** the attendees who facilitated: the facilitator link's holders and everyone promoted */
  readonly facilitators: readonly string[];
}

/** Notes that this person checked in or out while facilitating. Only the server writes the rounds document. */
export function markFacilitating(doc: Y.Doc, participantId: string): void {
  const map = getRoundsMap<boolean>(doc, RoundsRoot.facilitating);
  if (map.get(participantId) !== true) map.set(participantId, true);
}

/** Names from the check-ins and check-outs. Their notes are never read here. */
export function readMeetingPeople(rounds: Y.Doc, control: ControlState | null): MeetingPeople {
  const facilitating = getRoundsMap<boolean>(rounds, RoundsRoot.facilitating);
  const promoted = new Set([...(control?.facilitatorIds ?? []), control?.leadFacilitatorId ?? '']);
  const attendees = new Map<string, string>();
  const facilitators = new Set<string>();
  for (const entry of [...readCheckIns(rounds), ...readCheckOuts(rounds)]) {
    const name = entry.name.trim();
    if (name === '') continue;
    attendees.set(entry.participantId, name);
    if (facilitating.get(entry.participantId) === true || promoted.has(entry.participantId)) facilitators.add(name);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'en');
  return { attendees: [...new Set(attendees.values())].sort(byName), facilitators: [...facilitators].sort(byName) };
}
