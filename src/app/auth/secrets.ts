import { createHash, randomBytes } from 'node:crypto';

/** A fresh unguessable token (256 bits), safe in cookies and URLs. */
export const newToken = () => randomBytes(32).toString('base64url');

/**
 * Session and link tokens are stored only as their SHA-256: a leaked table signs nobody in.
 * A fast hash is enough here because the tokens are random, unlike passwords.
 */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
