/** The longest link accepted, in characters. */
export const MAX_URL_LENGTH = 2048;

// Scheme, then a host (a name or a bracketed IPv6 address), an optional port, then a path, query or fragment.
const HTTP_URL = /^https?:\/\/(?:[^\s/?#@[\]\\:]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * Whether `value` is exactly an http:// or https:// link with a host and no user name or password, so it is safe
 * to render as a link. Anything else (javascript:, data:, relative paths, spaces, control characters) is text.
 */
export function isSafeHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false;
  return !hasSpaceOrControlCharacter(value) && HTTP_URL.test(value);
}

/**
 * Whether `text` holds a space or a control character. Browsers strip or skip tabs, newlines and other control
 * characters inside links, so refusing them keeps what we check the same as what they open.
 */
export function hasSpaceOrControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || /\s/.test(text.charAt(i))) return true;
  }
  return false;
}
