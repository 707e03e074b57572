import { describe, expect, it } from 'vitest';
import { isSafeHttpUrl } from './isSafeHttpUrl.ts';

describe('isSafeHttpUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/',
    'HTTPS://Example.com/Logs?q=a,b;c#frag',
    'https://grafana.internal:3000/d/abc?from=now-6h&to=now',
    'https://[2001:db8::1]:8443/x',
    'https://gitlab.example.com/team/app/-/merge_requests/42',
    'https://example.com/path\\with-backslash',
  ])('accepts %s', (url) => {
    expect(isSafeHttpUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'mailto:someone@example.com',
    '//example.com/protocol-relative',
    '/relative/path',
    'example.com',
    'https://',
    'https:///path',
    'https:example.com',
    'https://exa mple.com',
    ' https://example.com',
    'https://example.com ',
    'https://example.com/\n',
    'https://user:pass@example.com',
    'https://example.com\\@evil.com',
    'https://example.com:port/',
    `https://example.com/${'a'.repeat(2100)}`,
    '',
  ])('refuses %j', (url) => {
    expect(isSafeHttpUrl(url)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.com']]) expect(isSafeHttpUrl(value)).toBe(false);
  });
});
