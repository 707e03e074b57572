import { describe, expect, it } from 'vitest';
import {
  createMeetingViaApi,
  joinWithName,
  openAs,
  phone,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const title = 'Checkout errors after the cache rollout';

const e2e = useBrowserAndApp();

describe('the live alert feed in the browser', () => {
  it('the facilitator turns it on, and an alert sent to its address appears on everyone’s timeline as imported', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title);
    const command = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'goto', stage: 'timeline' }),
    });
    expect(command.status).toBe(200);
    const [priya, ana] = await Promise.all([
      openAs(e2e.browser, meeting.links.facilitator),
      openAs(e2e.browser, meeting.links.participant, phone),
    ]);
    await joinWithName(priya, 'Priya Raman', title);
    await joinWithName(ana, 'Ana Souza', title);
    await ana.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    // Only the facilitator link manages the feed.
    expect(await ana.getByText('Live alerts from Alertmanager or Grafana').count()).toBe(0);

    await priya.getByText('Live alerts from Alertmanager or Grafana').click();
    await priya.getByRole('button', { name: 'Turn on the alert feed' }).click();
    const address = await priya.getByRole('textbox', { name: 'Webhook address' }).inputValue();
    expect(address).toMatch(new RegExp(`^${e2e.app.url}/api/alerts/[A-Za-z0-9_-]{32}$`));
    await priya.getByText('No alerts received yet.').waitFor();

    const sent = await fetch(address, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        version: '4',
        status: 'firing',
        alerts: [
          {
            status: 'firing',
            labels: { alertname: 'CheckoutErrorRate', severity: 'page', service: 'checkout' },
            annotations: { summary: '5xx above 2% for 5 minutes' },
            startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
            endsAt: '0001-01-01T00:00:00Z',
            generatorURL: 'https://prometheus.example.com/graph?g0.expr=errors',
            fingerprint: 'a1b2c3',
          },
        ],
      }),
    });
    expect(sent.status).toBe(200);

    const description =
      'Alertmanager alert firing: CheckoutErrorRate – 5xx above 2% for 5 minutes (severity=page, service=checkout)';
    for (const page of [priya, ana]) {
      const row = page.locator('li.timeline-event').filter({ hasText: 'Imported from Alertmanager' });
      await poll(() => row.locator('textarea').inputValue()).toBe(description);
      await row.getByRole('link', { name: /Alertmanager: CheckoutErrorRate/ }).waitFor();
    }
    await ana.screenshot({ path: screenshotPath('alert-feed-event-phone.png') });

    // The count follows once the panel is opened again.
    await priya.reload();
    await priya.getByText('Live alerts from Alertmanager or Grafana').click();
    await priya.getByText('1 alert added so far.').waitFor();
    await priya.getByText('How to connect it').click();
    await priya.screenshot({ path: screenshotPath('alert-feed-panel.png'), fullPage: true });

    await priya.getByRole('button', { name: 'Turn off' }).click();
    await priya.getByRole('button', { name: 'Turn on the alert feed' }).waitFor();
    const refused = await fetch(address, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(404);
  });
});
