import { describe, expect, it } from 'vitest';
import { rebaseLinks } from './rebaseLinks.ts';

describe('rebaseLinks', () => {
  it('keeps each link’s meeting and token, on the address the page was opened at', () => {
    const links = {
      facilitator: 'http://10.0.0.5:3000/m/abcDEF123#fac-token',
      participant: 'http://10.0.0.5:3000/m/abcDEF123#part-token',
      observer: 'not a link',
    };
    expect(rebaseLinks(links, 'https://debrief.example.com')).toEqual({
      facilitator: 'https://debrief.example.com/m/abcDEF123#fac-token',
      participant: 'https://debrief.example.com/m/abcDEF123#part-token',
      observer: 'not a link',
    });
  });
});
