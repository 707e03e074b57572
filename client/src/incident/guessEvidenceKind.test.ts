import { describe, expect, it } from 'vitest';
import { guessEvidenceKind } from './guessEvidenceKind.ts';

describe('guessEvidenceKind', () => {
  it.each([
    ['https://github.com/acme/checkout/pull/4821', 'merge-request'],
    ['https://gitlab.example.com/acme/db/-/merge_requests/17', 'merge-request'],
    ['https://github.com/acme/checkout/actions/runs/123456', 'ci-run'],
    ['https://gitlab.example.com/acme/db/-/pipelines/9911', 'ci-run'],
    ['https://acme.slack.com/archives/C024BE91L/p1700000000', 'chat-message'],
    ['https://grafana.example.com/d/checkout/overview?from=now-6h', 'metric'],
    ['https://kibana.example.com/app/discover#/view/1', 'log'],
    ['https://docs.google.com/document/d/abc/edit', 'document'],
  ])('%s is a %s', (url, kind) => {
    expect(guessEvidenceKind(url)).toBe(kind);
  });

  it('does not guess for other links or what is not a link', () => {
    expect(guessEvidenceKind('https://example.com/')).toBeNull();
    expect(guessEvidenceKind('javascript:alert(1)')).toBeNull();
  });
});
