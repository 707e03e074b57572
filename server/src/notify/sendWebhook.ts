/** What one attempt at a delivery came to. */
export type DeliveryOutcome =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'retry'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * What an answer's status means: 2xx is delivered; 408, 429 and 5xx may pass, so they are tried again; anything
 * else (a redirect, or the receiver refusing the message) would be refused again.
 */
export function readDeliveryOutcome(status: number): DeliveryOutcome {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', reason: `answered ${status}` };
  return { kind: 'failed', reason: `answered ${status}` };
}

/** One attempt at posting `body`; never throws. `signal` ends it early, as when the server stops. */
export async function sendWebhook(
  url: string,
  body: string,
  options: { readonly deliveryId: string; readonly timeoutMs: number; readonly signal: AbortSignal },
): Promise<DeliveryOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Debrief', 'debrief-delivery': options.deliveryId },
      body,
      // A redirected POST may arrive elsewhere as a GET; the address should be the final one.
      redirect: 'manual',
      signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]),
    });
    // Only the status matters; the body, however long, is not read.
    await response.body?.cancel().catch(() => undefined);
    return readDeliveryOutcome(response.status);
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { kind: 'retry', reason: timedOut ? `did not answer in ${options.timeoutMs} ms` : describeError(error) };
  }
}

/** A network error in words, without the address, which is a secret. */
function describeError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return `could not connect (${cause.code})`;
  return `could not be reached (${error instanceof Error ? error.name : 'unknown error'})`;
}
