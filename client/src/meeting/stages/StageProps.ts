import type { ControlState, MeetingActor, Role } from '@debrief/shared';
import type * as Y from 'yjs';
import type { Presence } from '../../presence/collectPresence.ts';
import type { useMeetingCommands } from '../useMeetingCommands.ts';

/** Everything a stage's screen needs; every stage component takes exactly this. */
export interface StageProps {
  /** the meeting's content document (synced, cached offline) */
  readonly doc: Y.Doc;
  /** the control document, which only the server writes: the agenda, vote totals and round counts */
  readonly controlDoc: Y.Doc;
  /** check-ins and check-outs by name, which only the server writes; null for observers, who see only counts */
  readonly rounds: Y.Doc | null;
  readonly meetingId: string;
  /** this person's link token, for the HTTP API (`Authorization: Bearer`) */
  readonly token: string;
  readonly control: ControlState;
  /** who this person is: role from the link, participant id, name and colour */
  readonly actor: MeetingActor & { readonly name: string; readonly color: string };
  /** the role from the link */
  readonly role: Role;
  /** whether this person may run the meeting (facilitator link, or promoted) */
  readonly facilitating: boolean;
  /** observers, and everyone once the meeting is closed, see everything and change nothing */
  readonly readOnly: boolean;
  /** everyone else in the room, with the stage and item they are on */
  readonly presence: Presence;
  /** tells the others what this person is editing: a short label, and an id screens can match (or null) */
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
  /** sends a governed command (advance, setTimebox, …) to the server */
  readonly commands: ReturnType<typeof useMeetingCommands>;
  /** the share links, for facilitators (null when this browser does not know them) */
  readonly links: Readonly<Record<Role, string>> | null;
}
