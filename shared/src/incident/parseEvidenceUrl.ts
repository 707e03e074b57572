import { hasSpaceOrControlCharacter, isSafeHttpUrl, MAX_URL_LENGTH } from './isSafeHttpUrl.ts';

/** The outcome of reading a link someone typed or pasted. */
export type ParseEvidenceUrlResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * Reads a typed or pasted link: surrounding spaces are trimmed, and only http(s) links are accepted, each refusal
 * with a plain-English message for the person who typed it.
 */
export function parseEvidenceUrl(input: string): ParseEvidenceUrlResult {
  const url = typeof input === 'string' ? input.trim() : '';
  if (url === '') return fail('Paste or type a link first');
  if (!/^https?:\/\//i.test(url)) return fail('Only links starting with http:// or https:// can be added');
  if (url.length > MAX_URL_LENGTH) return fail(`Links can be at most ${MAX_URL_LENGTH} characters long`);
  if (hasSpaceOrControlCharacter(url)) return fail('A link cannot contain spaces or line breaks');
  if (/^https?:\/\/[^/?#]*@/i.test(url)) return fail('Links with a user name or password in them cannot be added');
  if (!isSafeHttpUrl(url)) return fail('This does not look like a web address, such as https://example.com/page');
  return { ok: true, url };
}

function fail(message: string): ParseEvidenceUrlResult {
  return { ok: false, message };
}
