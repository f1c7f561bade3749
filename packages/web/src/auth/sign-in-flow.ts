import type { Client } from "@openauthjs/openauth/client";
import type { IssuedTokens } from "./session-tokens";

/**
 * Where the issuer sends the browser back with the authorization code. The local host's issuer owns
 * every path under /auth, so the single-page app's callback lives under /signin instead.
 */
export const signInCallbackPath = "/signin/callback";

export const clientId = "meetstream-web";

export type SignInClient = Pick<Client, "authorize" | "exchange" | "refresh">;

/**
 * The OpenAuth client, whose code (and its JWT library, some 8 KB gzip) is fetched the first time a
 * sign-in starts, finishes or refreshes its tokens: a visitor who only reads pages never needs it.
 */
export function openAuthClient(origin: string = location.origin): SignInClient {
  let client: Promise<Client> | undefined;
  const loaded = () => {
    client ??= import("@openauthjs/openauth/client").then(
      ({ createClient }) => createClient({ clientID: clientId, issuer: `${origin}/auth` }),
      (failure: unknown) => {
        // A fetch that failed (offline, a new deployment) is tried again next time, not remembered.
        client = undefined;
        throw failure;
      },
    );
    return client;
  };
  return {
    authorize: async (...request) => (await loaded()).authorize(...request),
    exchange: async (...request) => (await loaded()).exchange(...request),
    refresh: async (...request) => (await loaded()).refresh(...request),
  };
}

/** What must survive the round trip to the issuer: the PKCE verifier, the state and where to go back. */
interface SignInAttempt {
  state: string;
  verifier: string;
  returnTo: string;
}

const attemptKey = "meetstream.sign-in-attempt";

export class SignInFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInFailed";
  }
}

/**
 * Only paths inside this app: `?next=https://elsewhere` or `//elsewhere` must not turn the sign-in into
 * an open redirect.
 */
export function safeReturnPath(path: string | null | undefined): string {
  if (!path?.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/me";
  // Coming back to the sign-in pages themselves would loop.
  const pathname = path.split(/[?#]/, 1)[0];
  if (pathname === "/signin" || pathname?.startsWith("/signin/")) return "/me";
  return path;
}

/** Builds the authorization URL and remembers the verifier; the caller sends the browser there. */
export async function startSignIn(
  client: Pick<Client, "authorize">,
  storage: Storage,
  origin: string,
  returnTo: string | null,
): Promise<string> {
  const { challenge, url } = await client.authorize(`${origin}${signInCallbackPath}`, "code", { pkce: true });
  if (!challenge.verifier) throw new SignInFailed("The sign-in could not be prepared (no PKCE verifier).");
  const attempt: SignInAttempt = {
    state: challenge.state,
    verifier: challenge.verifier,
    returnTo: safeReturnPath(returnTo),
  };
  storage.setItem(attemptKey, JSON.stringify(attempt));
  return url;
}

/** Exchanges the code the issuer sent back for tokens, once, with the verifier kept at the start. */
export async function finishSignIn(
  client: Pick<Client, "exchange">,
  storage: Storage,
  origin: string,
  search: URLSearchParams,
): Promise<{ tokens: IssuedTokens; returnTo: string }> {
  const issuerError = search.get("error");
  if (issuerError) {
    throw new SignInFailed(
      search.get("error_description") ?? `The sign-in was not completed (${issuerError}).`,
    );
  }
  const code = search.get("code");
  if (!code) throw new SignInFailed("The sign-in link has no code. Start the sign-in again.");
  const attempt = readAttempt(storage);
  // The attempt is single-use: a reload of the callback page must not replay it.
  storage.removeItem(attemptKey);
  if (!attempt) {
    throw new SignInFailed("This sign-in was started in another tab or has already been used. Start again.");
  }
  if (attempt.state !== search.get("state")) {
    throw new SignInFailed("The sign-in response does not match the sign-in that was started. Start again.");
  }
  const result = await client.exchange(code, `${origin}${signInCallbackPath}`, attempt.verifier);
  if (result.err) throw new SignInFailed("The sign-in code was refused: it may have expired. Start again.");
  return { tokens: result.tokens, returnTo: attempt.returnTo };
}

function readAttempt(storage: Storage): SignInAttempt | null {
  const text = storage.getItem(attemptKey);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<SignInAttempt>;
    if (typeof value.state === "string" && typeof value.verifier === "string") {
      return { state: value.state, verifier: value.verifier, returnTo: safeReturnPath(value.returnTo) };
    }
  } catch {
    // A damaged attempt is as good as none.
  }
  return null;
}
