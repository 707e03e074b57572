import { describe, expect, it } from 'vitest';
import { readTimeZoneAbbreviation } from './timeZoneAbbreviations.ts';

describe('readTimeZoneAbbreviation', () => {
  it.each([
    ['PT', 'America/Los_Angeles'],
    ['ET', 'America/New_York'],
    ['UTC', 'UTC'],
    ['GMT', 'UTC'],
    ['Z', 'UTC'],
  ])('reads %s as the zone %s, whose date decides daylight saving', (abbreviation, timeZone) => {
    expect(readTimeZoneAbbreviation(abbreviation, 'Europe/Berlin')).toEqual({ kind: 'zone', timeZone });
  });

  it.each([
    ['PST', -480],
    ['PDT', -420],
    ['EST', -300],
    ['EDT', -240],
    ['CET', 60],
    ['CEST', 120],
    ['BST', 60],
    ['JST', 540],
    ['AEST', 600],
    ['AEDT', 660],
  ])('reads %s as a fixed offset of %i minutes, without a note', (abbreviation, offsetMinutes) => {
    const reading = readTimeZoneAbbreviation(abbreviation, 'Europe/Berlin');
    expect(reading).toMatchObject({ kind: 'offset', offsetMinutes });
    expect(reading).not.toHaveProperty('note');
  });

  it.each([
    ['IST', 'Asia/Kolkata', 330, 'IST read as India Standard Time (UTC+05:30)'],
    ['IST', 'UTC', 330, 'IST read as India Standard Time (UTC+05:30)'],
    ['IST', 'Europe/Dublin', 60, 'IST read as Irish Standard Time (UTC+01:00)'],
    ['IST', 'Asia/Jerusalem', 120, 'IST read as Israel Standard Time (UTC+02:00)'],
    ['CST', 'America/Chicago', -360, 'CST read as US Central Standard Time (UTC-06:00)'],
    ['CST', 'Europe/Berlin', -360, 'CST read as US Central Standard Time (UTC-06:00)'],
    ['CST', 'Asia/Shanghai', 480, 'CST read as China Standard Time (UTC+08:00)'],
    ['CST', 'Asia/Taipei', 480, 'CST read as China Standard Time (UTC+08:00)'],
    ['AST', 'Asia/Riyadh', 180, 'AST read as Arabia Standard Time (UTC+03:00)'],
  ])('reads the ambiguous %s by the incident zone %s and says how', (abbreviation, zone, offsetMinutes, note) => {
    expect(readTimeZoneAbbreviation(abbreviation, zone)).toMatchObject({ kind: 'offset', offsetMinutes, note });
  });

  it('knows no other words', () => {
    expect(readTimeZoneAbbreviation('API', 'UTC')).toBeNull();
    expect(readTimeZoneAbbreviation('pst', 'UTC')).toBeNull();
    expect(readTimeZoneAbbreviation('UK', 'UTC')).toBeNull();
  });
});
