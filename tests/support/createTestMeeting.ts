import type { CreateMeetingResponse } from '@debrief/shared';

/** Creates a meeting through the public API, as the home page does. */
export async function createTestMeeting(
  serverUrl: string,
  body: unknown = { title: 'Checkout outage after database failover' },
): Promise<CreateMeetingResponse> {
  const response = await fetch(`${serverUrl}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201)
    throw new Error(`Creating a meeting failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateMeetingResponse;
}
