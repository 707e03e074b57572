import { describe, expect, it } from 'vitest';
import { needsLicenseKey } from './boardAccess.ts';

describe('needsLicenseKey', () => {
  it('is needed over HTTPS from a real domain only', () => {
    expect(needsLicenseKey({ protocol: 'https:', hostname: 'debrief.example.com' })).toBe(true);
    expect(needsLicenseKey({ protocol: 'http:', hostname: 'debrief.example.com' })).toBe(false);
    expect(needsLicenseKey({ protocol: 'https:', hostname: 'localhost' })).toBe(false);
    expect(needsLicenseKey({ protocol: 'https:', hostname: '127.0.0.1' })).toBe(false);
  });
});
