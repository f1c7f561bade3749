/** What a token check found: whose it is, and until when (milliseconds since the epoch) it holds. */
export interface VerifiedToken {
  memberId: string;
  expiresAt: number;
}

/** Enough for every member signed in to one host or one warm Lambda over a token's lifetime. */
const defaultMaximumTokens = 10_000;

/**
 * Keeps each verified token until it expires. A signed-in client sends the same access token with every
 * request of its 15 minutes, and checking its signature is most of what a small query costs; a token
 * that verified stays valid until its expiry (access tokens are not revoked: erasure is checked on every
 * request apart, in server.ts), so the kept answer is the one a new check would give. A refused token is
 * not kept: it is checked again each time. The oldest kept token goes first when the store is full.
 */
export function verifiedUntilExpiry(
  check: (token: string) => Promise<VerifiedToken | undefined>,
  options: { now?: () => number; maximumTokens?: number } = {},
): (token: string) => Promise<VerifiedToken | undefined> {
  const { now = Date.now, maximumTokens = defaultMaximumTokens } = options;
  const kept = new Map<string, VerifiedToken>();
  return async (token) => {
    const known = kept.get(token);
    if (known && known.expiresAt > now()) return known;
    kept.delete(token);
    const verified = await check(token);
    if (verified && verified.expiresAt > now()) {
      kept.set(token, verified);
      if (kept.size > maximumTokens) kept.delete(kept.keys().next().value as string);
    }
    return verified;
  };
}
