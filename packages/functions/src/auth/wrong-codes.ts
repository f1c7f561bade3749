import { createHash, randomUUID } from "node:crypto";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";

/** After this many wrong codes for one address, its code no longer signs in: a new code must be asked for. */
export const maximumWrongCodes = 5;

/** As long as OpenAuth keeps a sign-in's state in its cookie. */
const rememberedSeconds = 24 * 60 * 60;

/**
 * Counts wrong sign-in codes per email address. OpenAuth's code provider lets a browser try codes
 * without limit, and a six-digit code falls to a million tries; here each code gets a handful.
 *
 * Each wrong code is its own key (counted with a scan), so that concurrent tries cannot undercount.
 * The address is stored hashed: the storage need not hold who tried to sign in.
 */
export function wrongCodes(storage: StorageAdapter) {
  const prefix = (email: string) => [
    "meetstream:wrong-code",
    createHash("sha256").update(email.trim().toLowerCase()).digest("base64url"),
  ];
  async function keys(email: string): Promise<string[][]> {
    const found: string[][] = [];
    for await (const [key] of storage.scan(prefix(email))) found.push(key);
    return found;
  }
  return {
    async record(email: string): Promise<void> {
      await storage.set(
        [...prefix(email), randomUUID()],
        {},
        new Date(Date.now() + rememberedSeconds * 1000),
      );
    },
    async exhausted(email: string): Promise<boolean> {
      return (await keys(email)).length >= maximumWrongCodes;
    },
    /** A new code starts a new count. */
    async forget(email: string): Promise<void> {
      for (const key of await keys(email)) await storage.remove(key);
    },
  };
}
