import type { CreateMeetingResponse } from '@debrief/shared';
import { afterEach, beforeEach } from 'vitest';
import { connectTestClient, type TestClient } from './connectTestClient.ts';
import { createTestMeeting } from './createTestMeeting.ts';
import { type JoinedPerson, joinAs } from './joinAs.ts';
import { startTestServer, type TestServer } from './startTestServer.ts';

export interface TestMeetingRoom {
  readonly server: TestServer;
  readonly meeting: CreateMeetingResponse;
  /**
   * A y-websocket client on one of the meeting's documents (its content unless named), closed after the test;
   * `params` adds query parameters, such as a joined person's `params` to show who the connection is.
   */
  connect(token?: string, docName?: string, params?: Readonly<Record<string, string>>): TestClient;
  /** Opens the meeting with a personal key (with the participant link unless another token is given). */
  join(key: string, token?: string): Promise<JoinedPerson>;
  /** Sends an agenda command such as `close` with the facilitator link; resolves with the HTTP status. */
  command(type: string): Promise<number>;
  /** One counter or gauge from `/metrics`, such as `debrief_refused_writes_total`. */
  metric(name: string): Promise<number>;
  /** Stops the server gracefully and starts another on the same data. */
  restart(): Promise<void>;
}

/**
 * For a test file: a fresh server on its own SQLite folder and a new meeting before each test, and after it every
 * client closed and the server stopped. Read `server` and `meeting` inside tests, not at the top of the file.
 */
export function useTestMeeting(): TestMeetingRoom {
  let server: TestServer | null = null;
  let meeting: CreateMeetingResponse | null = null;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    meeting = await createTestMeeting(server.url);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = null;
    meeting = null;
  });

  const room: TestMeetingRoom = {
    get server() {
      if (!server) throw new Error('The test server runs only during a test');
      return server;
    },
    get meeting() {
      if (!meeting) throw new Error('The test meeting exists only during a test');
      return meeting;
    },
    connect(token = room.meeting.tokens.participant, docName = room.meeting.id, params = {}) {
      const client = connectTestClient(room.server.wsUrl, docName, { token, params });
      clients.push(client);
      return client;
    },
    join(key, token) {
      return joinAs(room, key, token);
    },
    async command(type) {
      const response = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${room.meeting.tokens.facilitator}` },
        body: JSON.stringify({ type }),
      });
      return response.status;
    },
    async restart() {
      const { dataDir } = room.server;
      await room.server.close();
      server = await startTestServer(dataDir);
    },
    async metric(name) {
      const text = await (await fetch(`${room.server.url}/metrics`)).text();
      const value = new RegExp(`^${name} (\\d+(?:\\.\\d+)?)$`, 'm').exec(text)?.[1];
      if (value === undefined) throw new Error(`/metrics has no ${name}`);
      return Number(value);
    },
  };
  return room;
}
