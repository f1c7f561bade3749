import { randomUUID } from "node:crypto";
import { type Clock, systemClock } from "@meetstream/core/clock/clock";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import { type Admission, rateLimit } from "./rate-limit";

const hour = 60 * 60;

/**
 * How much sign-in one address and one client may ask for. A member signing in asks for one code, two if
 * the first is slow to arrive: five an hour leave room for several devices, and cap what anyone can send
 * to someone else's inbox at five mails an hour. A client (an IP address) asks for codes for several
 * addresses only when people share it, a household or an office behind one router: twenty an hour.
 * Ten wrong codes an hour give a member who mistypes plenty of tries and a guesser ten in a million each
 * hour; five on one code end that code, as before. A code is typed within minutes of arriving, or never.
 */
export const signInLimits = {
  codesPerAddress: { limit: 5, windowSeconds: hour },
  codesPerClient: { limit: 20, windowSeconds: hour },
  wrongCodesPerAddress: { limit: 10, windowSeconds: hour },
  wrongCodesPerCode: 5,
  codeLifetimeSeconds: 10 * 60,
} as const;

/** After this many wrong tries of one code, that code no longer signs in: a new code must be asked for. */
export const maximumWrongCodes = signInLimits.wrongCodesPerCode;

export type Refusal =
  | { reason: "too-many-codes"; retryAfterSeconds: number }
  | { reason: "too-many-wrong-codes"; retryAfterSeconds: number };

/** The claim the code provider keeps in its state for the code it sent: names the code's record. */
const codeClaim = "meetstreamCode";

const refusal = (reason: Refusal["reason"], admission: Admission): Refusal | undefined =>
  admission.allowed ? undefined : { reason, retryAfterSeconds: admission.retryAfterSeconds };

/**
 * The abuse limits of sign-in by code, over OpenAuth's storage. None of them reads whether an address
 * belongs to a member: a refusal is the same for a member and a stranger.
 */
export function signInGuard(storage: StorageAdapter, clock: Clock = systemClock) {
  const codesPerAddress = rateLimit(
    storage,
    { name: "codes-per-address", ...signInLimits.codesPerAddress },
    clock,
  );
  const codesPerClient = rateLimit(
    storage,
    { name: "codes-per-client", ...signInLimits.codesPerClient },
    clock,
  );
  const wrongCodes = rateLimit(storage, { name: "wrong-code", ...signInLimits.wrongCodesPerAddress }, clock);
  const lifetime = signInLimits.codeLifetimeSeconds * 1000;

  const lockOf = async (address: string) => refusal("too-many-wrong-codes", await wrongCodes.check(address));

  return {
    /** While too many wrong codes were tried for an address, nothing signs it in, not even the right code. */
    lockOf,

    /**
     * Counts a code asked for, and refuses it past a limit: of the client (left out where the host does not
     * count clients) and of the address. A locked address gets no code: it could not be used.
     */
    async admitCode(address: string, client: string | undefined): Promise<Refusal | undefined> {
      const locked = await lockOf(address);
      if (locked) return locked;
      if (client !== undefined) {
        const byClient = refusal("too-many-codes", await codesPerClient.take(client));
        if (byClient) return byClient;
      }
      return refusal("too-many-codes", await codesPerAddress.take(address));
    },

    /**
     * Records when a code was sent, under a name kept in the code provider's claims (which OpenAuth keeps,
     * encrypted, with the code): the code provider itself lets a code live as long as its state, a day.
     */
    async codeSent(claims: Record<string, unknown>): Promise<void> {
      const id = randomUUID();
      claims[codeClaim] = id;
      const at = clock.now().getTime();
      await storage.set(["meetstream:code-sent", id], { at }, new Date(at + lifetime));
    },

    /** Whether the code these claims came with was sent too long ago (or never recorded). */
    async codeExpired(claims: Record<string, unknown>): Promise<boolean> {
      const id = claims[codeClaim];
      if (typeof id !== "string") return true;
      const sent = (await storage.get(["meetstream:code-sent", id])) as { at: number } | undefined;
      return !sent || sent.at + lifetime <= clock.now().getTime();
    },

    /**
     * Counts a wrong code for the address, across every code it was sent, and refuses when the address is
     * (now) locked. Tries during the lock are not counted: they are refused anyway.
     */
    async wrongCode(address: string, claims: Record<string, unknown>): Promise<Refusal | undefined> {
      const locked = await lockOf(address);
      if (locked) return locked;
      await wrongCodes.record(address, { code: String(claims[codeClaim] ?? "") });
      return lockOf(address);
    },

    /** Whether this code was tried wrong too often to sign in even when right. */
    async codeSpent(address: string, claims: Record<string, unknown>): Promise<boolean> {
      const code = String(claims[codeClaim] ?? "");
      const tries = (await wrongCodes.attempts(address)).filter((attempt) => attempt.detail.code === code);
      return tries.length >= signInLimits.wrongCodesPerCode;
    },
  };
}

export type SignInGuard = ReturnType<typeof signInGuard>;
