import { describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { spawnServerProcess } from '../support/spawnServerProcess.ts';
import { createTempDataDir } from '../support/startTestServer.ts';

describe('the server log', () => {
  it('records requests but never a token, including the /sync query string', async () => {
    const server = await spawnServerProcess(createTempDataDir(), { LOG_REQUESTS: '1' });
    try {
      const { id, tokens } = await createTestMeeting(server.url);
      await fetch(`${server.url}/api/meetings/${id}/session`, {
        headers: { authorization: `Bearer ${tokens.participant}` },
      });
      await fetch(`${server.url}/api/meetings/${id}/commands?token=${tokens.observer}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.facilitator}`, 'content-type': 'application/json' },
        body: '{"type":"advance"}',
      });
      const client = connectTestClient(server.wsUrl, id, { token: tokens.participant });
      await client.synced();
      client.destroy();
      await new Promise((resolve) => setTimeout(resolve, 200));

      const log = server.output();
      expect(log).toContain(`POST /api/meetings/${id}/commands 200`);
      expect(log).toContain(`GET /sync/${id}`);
      for (const token of Object.values(tokens)) expect(log).not.toContain(token);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('prints one line per request, whatever its path holds', async () => {
    const server = await spawnServerProcess(createTempDataDir(), { LOG_REQUESTS: '1' });
    try {
      await fetch(`${server.url}/api/nothing%0aGET%20/api/forged%20200%200.1ms%0d%0a`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = server.output().split('\n');
      expect(lines.some((line) => line.startsWith('GET /api/forged'))).toBe(false);
      const logged = lines.find((line) => line.startsWith('GET /api/nothing'));
      expect(logged).toContain('\\u000aGET /api/forged');
      expect(logged).toMatch(/ 404 [\d.]+ms$/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
