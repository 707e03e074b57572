import { describe, expect, it } from 'vitest';
import { describeOffset, describeTimeZoneChoice, listTimeZoneChoices } from './timeZones.ts';

const winter = Date.parse('2026-01-15T12:00:00Z');
const summer = Date.parse('2026-07-15T12:00:00Z');

describe('listTimeZoneChoices', () => {
  it('puts the browser zone first and zones in use next, each once', () => {
    const choices = listTimeZoneChoices('Asia/Kathmandu', ['Europe/Berlin', 'America/Regina', null, 'Asia/Kathmandu']);
    expect(choices.slice(0, 3)).toEqual(['Asia/Kathmandu', 'Europe/Berlin', 'America/Regina']);
    expect(choices.filter((zone) => zone === 'Europe/Berlin')).toHaveLength(1);
    expect(choices).toContain('UTC');
    expect(choices).toContain('Asia/Tokyo');
  });

  it('leaves out names the runtime does not know and fixes their case', () => {
    const choices = listTimeZoneChoices('europe/berlin', ['Mars/Olympus_Mons', '+01:00', '']);
    expect(choices[0]).toBe('Europe/Berlin');
    expect(choices).not.toContain('Mars/Olympus_Mons');
    expect(choices).not.toContain('+01:00');
  });
});

describe('describeOffset', () => {
  it('follows daylight saving at the given instant', () => {
    expect(describeOffset('Europe/Berlin', winter)).toBe('GMT+1');
    expect(describeOffset('Europe/Berlin', summer)).toBe('GMT+2');
    expect(describeOffset('Asia/Kolkata', winter)).toBe('GMT+5:30');
    expect(describeOffset('Not/A_Zone', winter)).toBe('');
  });
});

describe('describeTimeZoneChoice', () => {
  it('names the zone, its offset, and whether it is this device’s', () => {
    expect(describeTimeZoneChoice('America/New_York', 'Europe/Berlin', winter)).toBe('America/New York · GMT-5');
    expect(describeTimeZoneChoice('Europe/Berlin', 'Europe/Berlin', winter)).toBe(
      'Europe/Berlin · GMT+1 (this device)',
    );
    expect(describeTimeZoneChoice('UTC', 'Europe/Berlin', winter)).toBe('UTC');
  });
});
