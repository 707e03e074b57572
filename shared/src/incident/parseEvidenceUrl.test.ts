import { describe, expect, it } from 'vitest';
import { parseEvidenceUrl } from './parseEvidenceUrl.ts';

describe('parseEvidenceUrl', () => {
  it('accepts an http(s) link and trims the spaces around a paste', () => {
    expect(parseEvidenceUrl('  https://ci.example.com/runs/981 \n')).toEqual({
      ok: true,
      url: 'https://ci.example.com/runs/981',
    });
    expect(parseEvidenceUrl('http://logs.example.com/?q=error')).toEqual({
      ok: true,
      url: 'http://logs.example.com/?q=error',
    });
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://files.example.com', 'example.com/page', 'file:///tmp/x'])(
    'refuses %s in plain English',
    (input) => {
      expect(parseEvidenceUrl(input)).toEqual({
        ok: false,
        message: 'Only links starting with http:// or https:// can be added',
      });
    },
  );

  it('says what is wrong with other links', () => {
    expect(parseEvidenceUrl('')).toEqual({ ok: false, message: 'Paste or type a link first' });
    expect(parseEvidenceUrl('https://exa mple.com')).toEqual({
      ok: false,
      message: 'A link cannot contain spaces or line breaks',
    });
    expect(parseEvidenceUrl('https://admin:hunter2@example.com')).toEqual({
      ok: false,
      message: 'Links with a user name or password in them cannot be added',
    });
    expect(parseEvidenceUrl('https://')).toMatchObject({ ok: false, message: expect.stringMatching(/web address/) });
    expect(parseEvidenceUrl(`https://example.com/${'x'.repeat(3000)}`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/at most 2048/),
    });
  });
});
