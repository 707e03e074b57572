import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface ShareableTokens {
  readonly participant: string;
  readonly observer: string;
}

/** The key is derived from the facilitator token, which the server never stores: only its holder can open the seal. */
function keyFor(facilitatorToken: string, purpose: string): Buffer {
  return createHash('sha256').update(`debrief ${purpose}\u0000${facilitatorToken}`).digest();
}

/** Encrypts a text so that only a holder of the facilitator link can read it back; `purpose` keeps seals apart. */
export function sealText(text: string, facilitatorToken: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(facilitatorToken, purpose), iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** Opens a seal made by `sealText`; null when the token or purpose does not fit or the seal is damaged. */
export function openSealedText(sealed: string, facilitatorToken: string, purpose: string): string | null {
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyFor(facilitatorToken, purpose), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** Encrypts the participant and observer tokens so a facilitator on another device can get their links back. */
export function sealTokens(tokens: ShareableTokens, facilitatorToken: string): string {
  return sealText(JSON.stringify(tokens), facilitatorToken, 'share links');
}

/** Opens a seal made by `sealTokens`; null when the token does not fit or the seal is damaged. */
export function openSealedTokens(sealed: string, facilitatorToken: string): ShareableTokens | null {
  const text = openSealedText(sealed, facilitatorToken, 'share links');
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as Partial<ShareableTokens>;
    if (typeof parsed.participant !== 'string' || typeof parsed.observer !== 'string') return null;
    return { participant: parsed.participant, observer: parsed.observer };
  } catch {
    return null;
  }
}
