import type { Client } from "@openauthjs/openauth/client";

/** What the browser keeps of a sign-in. `signedInAt` survives refreshes, so it names one sign-in. */
export interface StoredTokens {
  access: string;
  refresh: string;
  /** Epoch milliseconds after which the access token is no longer accepted. */
  expiresAt: number;
  signedInAt: number;
}

export interface IssuedTokens {
  access: string;
  refresh: string;
  /** Seconds, as the token endpoint says. */
  expiresIn: number;
}

/** The refresh token was refused: the sign-in is over and the member has to sign in again. */
export class SignInExpired extends Error {
  constructor() {
    super("The sign-in has expired; sign in again.");
    this.name = "SignInExpired";
  }
}

const storageKey = "meetstream.tokens";
/** Refresh a little before the issuer's expiry, so a request never leaves with a token about to lapse. */
const expiryMargin = 30_000;

type Listener = () => void;

/**
 * The tokens of the signed-in member, kept in localStorage so a reload or a new tab stays signed in.
 * Refreshes are shared: the issuer rotates refresh tokens, so two refreshes at once would race.
 */
export class SessionTokens {
  readonly #storage: Storage;
  readonly #client: Pick<Client, "refresh">;
  readonly #now: () => number;
  readonly #listeners = new Set<Listener>();
  #tokens: StoredTokens | null;
  #erased = false;
  #refreshing: Promise<StoredTokens | null> | null = null;

  constructor(storage: Storage, client: Pick<Client, "refresh">, now: () => number = Date.now) {
    this.#storage = storage;
    this.#client = client;
    this.#now = now;
    this.#tokens = readStoredTokens(storage);
  }

  /** The same object until the tokens change, as React's useSyncExternalStore requires. */
  current = (): StoredTokens | null => this.#tokens;

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  isExpiring(tokens: StoredTokens): boolean {
    return tokens.expiresAt - expiryMargin <= this.#now();
  }

  /** True once the API said this sign-in's member was erased, until the next sign-in. */
  erased = (): boolean => this.#erased;

  signIn(tokens: IssuedTokens): void {
    const now = this.#now();
    this.#erased = false;
    this.#set({ ...toStored(tokens, now), signedInAt: now });
  }

  signOut(): void {
    this.#set(null);
  }

  /**
   * The API refused the access token because its member was erased (on another device, say): the
   * sign-in is over, and refreshing cannot help, since erasure revoked the refresh token too.
   */
  endByErasure(): void {
    if (this.#tokens === null) return;
    this.#erased = true;
    this.#set(null);
  }

  /** Another tab signed in, refreshed or signed out: follow it instead of using stale tokens. */
  reloadFromStorage(): void {
    const stored = readStoredTokens(this.#storage);
    if (JSON.stringify(stored) !== JSON.stringify(this.#tokens)) {
      this.#tokens = stored;
      this.#notify();
    }
  }

  /** An access token that is good for at least the margin, refreshing it first if needed. */
  async freshAccessToken(): Promise<string | null> {
    const tokens = this.#tokens;
    if (tokens === null) return null;
    if (!this.isExpiring(tokens)) return tokens.access;
    return (await this.refresh())?.access ?? null;
  }

  /**
   * Trades the refresh token for new tokens. A refused refresh signs out; a network failure keeps the
   * tokens (the next request tries again) and rethrows.
   */
  refresh(): Promise<StoredTokens | null> {
    this.#refreshing ??= this.#refreshOnce().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #refreshOnce(): Promise<StoredTokens | null> {
    const tokens = this.#tokens;
    if (tokens === null) return null;
    const result = await this.#client.refresh(tokens.refresh);
    if (result.err) {
      // Signed out elsewhere in the meantime: nothing left to refresh.
      if (this.#tokens?.signedInAt === tokens.signedInAt) this.signOut();
      return null;
    }
    if (!result.tokens) return tokens;
    const refreshed = { ...toStored(result.tokens, this.#now()), signedInAt: tokens.signedInAt };
    this.#set(refreshed);
    return refreshed;
  }

  #set(tokens: StoredTokens | null): void {
    this.#tokens = tokens;
    if (tokens === null) this.#storage.removeItem(storageKey);
    else this.#storage.setItem(storageKey, JSON.stringify(tokens));
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

function toStored(tokens: IssuedTokens, now: number): Omit<StoredTokens, "signedInAt"> {
  return { access: tokens.access, refresh: tokens.refresh, expiresAt: now + tokens.expiresIn * 1000 };
}

function readStoredTokens(storage: Storage): StoredTokens | null {
  const text = storage.getItem(storageKey);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (isStoredTokens(value)) return value;
  } catch {
    // Unreadable: treat as signed out rather than failing every page.
  }
  storage.removeItem(storageKey);
  return null;
}

function isStoredTokens(value: unknown): value is StoredTokens {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.access === "string" &&
    typeof record.refresh === "string" &&
    typeof record.expiresAt === "number" &&
    typeof record.signedInAt === "number"
  );
}
