import { describe, expect, it } from 'vitest';
import { createMeetingViaApi, openAs, screenshotPath, useBrowserAndApp } from './fixtures/meetingRoom.ts';

const e2e = useBrowserAndApp();

describe('importing a post-mortem on the home page', () => {
  it('makes a new meeting from an export and opens it; a damaged file is refused with why', async () => {
    const title = 'Queue backlog after the broker upgrade';
    const meeting = await createMeetingViaApi(e2e.app.url, title);
    const response = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/export.json`, {
      headers: { authorization: `Bearer ${meeting.tokens.participant}` },
    });
    expect(response.status).toBe(200);
    const exported = await response.text();

    const page = await openAs(e2e.browser, `${e2e.app.url}/`);
    await page.getByText('Import a post-mortem from a Debrief export').click();
    const input = page.getByLabel('Export file (JSON)');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'debrief-meeting', version: 7 })),
    });
    await page
      .getByRole('alert')
      .getByText('This export is from a newer Debrief (version 7)', { exact: false })
      .waitFor();

    await page.screenshot({ path: screenshotPath('home-import.png') });
    await input.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe(`/m/${meeting.id}`);
    await page.getByText('Facilitator', { exact: true }).first().waitFor();
  });
});
