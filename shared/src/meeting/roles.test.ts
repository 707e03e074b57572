import { describe, expect, it } from 'vitest';
import { canWriteContent, isRole, ROLES, Role } from './roles.ts';

describe('roles', () => {
  it('lists every role once', () => {
    expect(ROLES).toEqual(Object.values(Role));
  });

  it.each([
    [Role.facilitator, true],
    [Role.participant, true],
    [Role.observer, false],
  ] as const)('%s may write content: %s', (role, expected) => {
    expect(canWriteContent(role)).toBe(expected);
  });

  it.each(ROLES)('isRole accepts %s', (role) => {
    expect(isRole(role)).toBe(true);
  });

  it.each([['admin'], ['Observer'], [''], [null], [1]])('isRole rejects %j', (value) => {
    expect(isRole(value)).toBe(false);
  });
});
