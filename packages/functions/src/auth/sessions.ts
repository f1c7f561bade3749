import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import { subjectOf } from "./subjects";

/**
 * Ends sign-ins by removing refresh tokens from OpenAuth's storage, where OpenAuth keeps them as
 * `oauth:refresh / <subject> / <token>` and hands them out as `<subject>:<token>`. An access token
 * already issued stays valid until it expires, which is why access tokens are short-lived.
 */
export function authSessions(storage: StorageAdapter) {
  return {
    /** Signs out one browser: its refresh token stops working. An unknown token is not an error (RFC 7009). */
    async revoke(refreshToken: string): Promise<void> {
      const separator = refreshToken.lastIndexOf(":");
      if (separator <= 0) return;
      await storage.remove([
        "oauth:refresh",
        refreshToken.slice(0, separator),
        refreshToken.slice(separator + 1),
      ]);
    },

    /** Signs a member out everywhere, as when they are erased. */
    async revokeAll(memberId: string): Promise<void> {
      const keys: string[][] = [];
      for await (const [key] of storage.scan(["oauth:refresh", subjectOf(memberId)])) keys.push(key);
      for (const key of keys) await storage.remove(key);
    },
  };
}

export type AuthSessions = ReturnType<typeof authSessions>;
