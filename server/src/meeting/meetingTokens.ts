import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '@debrief/shared';

/** A new random token: 192 bits, URL-safe. */
export function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A new meeting id: 128 bits, URL-safe, so meetings cannot be guessed. */
export function createMeetingId(): string {
  return randomBytes(16).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The role a token grants, compared in constant time against every role's hash. */
export function resolveRole(
  tokenHashes: Readonly<Record<Role, string>>,
  token: string | undefined | null,
): Role | null {
  if (!token) return null;
  const candidate = Buffer.from(hashToken(token), 'hex');
  let found: Role | null = null;
  for (const role of ROLES) {
    const stored = Buffer.from(tokenHashes[role], 'hex');
    if (stored.length === candidate.length && timingSafeEqual(stored, candidate) && found === null) found = role;
  }
  return found;
}
