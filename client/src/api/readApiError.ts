/** The `{error}` message of a failed API reply, or a plain-words fallback for its status. */
export async function readApiError(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string') {
      return body.error;
    }
  } catch {
    // Not JSON (a proxy's error page, for example): fall back to the status.
  }
  if (response.status === 429) return 'Too many requests right now. Wait a minute and try again.';
  if (response.status >= 500) return 'Something went wrong on the server. Try again in a moment.';
  return `The server refused the request (${response.status}).`;
}

export const NETWORK_ERROR_MESSAGE = 'We could not reach the server. Check your connection and try again.';
