import type { MeetingSessionResponse, Role } from '@debrief/shared';

/** Someone who has opened a meeting with their secret personal key, as their browser does. */
export interface JoinedPerson {
  /** The secret personal key their browser keeps. */
  readonly key: string;
  /** The id the server derives from the key, which everyone in the room sees. */
  readonly participantId: string;
  /** Proves the participant id on the websocket. */
  readonly presenceKey: string;
  /** The header that proves who they are on the meeting's routes. */
  readonly headers: Readonly<Record<string, string>>;
  /** The query parameters of a websocket connection that shows who they are. */
  readonly params: Readonly<Record<string, string>>;
}

/** Any meeting a test runs: the server's address and the meeting's id and links' tokens. */
export interface MeetingUnderTest {
  readonly server: { readonly url: string };
  readonly meeting: { readonly id: string; readonly tokens: Readonly<Record<Role, string>> };
}

/**
 * Opens the meeting's session with a personal key, as a person's page does, and returns who the server says
 * they are. Throws when the server does not name a person, so a test never goes on as nobody.
 */
export async function joinAs(
  room: MeetingUnderTest,
  key: string,
  token: string = room.meeting.tokens.participant,
): Promise<JoinedPerson> {
  const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/session`, {
    headers: { authorization: `Bearer ${token}`, 'x-personal-key': key },
  });
  if (response.status !== 200) throw new Error(`Joining failed: ${response.status} ${await response.text()}`);
  const { person } = (await response.json()) as MeetingSessionResponse;
  if (!person) throw new Error('The server named no person for this key');
  return {
    key,
    participantId: person.participantId,
    presenceKey: person.presenceKey,
    headers: { 'x-personal-key': key },
    params: { person: person.participantId, proof: person.presenceKey },
  };
}
