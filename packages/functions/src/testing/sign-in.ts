import { createClient, type Tokens } from "@openauthjs/openauth/client";
import { callbackPath, webClientId } from "../auth/subjects";
import { browserSession } from "./browser-session";

export type { Tokens };

interface MailboxMessage {
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

/** The newest sign-in code the dev mailbox holds for this address. */
export async function readSignInCode(url: string, email: string): Promise<string> {
  const messages = (await (await fetch(`${url}/dev/mailbox.json`)).json()) as MailboxMessage[];
  // Other mail reaches members too (an RSVP's, a reminder): the code is in the sign-in message.
  const message = messages.find(
    (candidate) => candidate.to === email.trim().toLowerCase() && candidate.subject.includes("sign-in code"),
  );
  const code = message && /\b(\d{6})\b/.exec(message.text)?.[1];
  if (!code) throw new Error(`the dev mailbox holds no sign-in code for ${email}`);
  return code;
}

/**
 * The sign-in pages opened as the web app links to them (authorize with PKCE), in a browser session of
 * their own: a code can then be asked for, and whatever the issuer answers is returned as it is.
 */
export async function openSignIn(url: string) {
  const client = createClient({ clientID: webClientId, issuer: `${url}/auth` });
  const redirectUri = `${url}${callbackPath}`;
  const { challenge, url: authorizeUrl } = await client.authorize(redirectUri, "code", { pkce: true });
  const session = browserSession(url);

  const emailPage = await session.get(authorizeUrl);
  if (!emailPage.ok) throw new Error(`authorize answered ${emailPage.status}: ${await emailPage.text()}`);
  await emailPage.body?.cancel();

  return {
    client,
    redirectUri,
    challenge,
    askForCode: (email: string) => session.postForm("/auth/code/authorize", { action: "request", email }),
    /** Submits a code; on success the response redirects to the web app's callback with `code` and `state`. */
    submitCode: (code: string) => session.postForm("/auth/code/authorize", { action: "verify", code }),
  };
}

/**
 * One sign-in as the web app does it, step by step over HTTP: authorize with PKCE, ask for a code by
 * email, submit a code, exchange the authorization code for tokens. Tests that probe one step (a wrong
 * code, a replayed code) use the steps; everyone else uses `signIn`.
 */
export async function beginSignIn(url: string, email: string) {
  const opened = await openSignIn(url);
  const codePage = await opened.askForCode(email);
  if (!codePage.ok) throw new Error(`asking for a code answered ${codePage.status}`);
  const codePageHtml = await codePage.text();
  const { client, redirectUri, challenge } = opened;

  return {
    client,
    redirectUri,
    challenge,
    /** The page shown after asking for a code (it says where the code went, or that the address is invalid). */
    codePageHtml,
    readCode: () => readSignInCode(url, email),
    submitCode: opened.submitCode,
    /** Reads the callback redirect and exchanges its authorization code for tokens. */
    async exchange(callback: Response): Promise<Tokens> {
      const location = callback.headers.get("location");
      if (!location) throw new Error(`the code was not accepted (status ${callback.status})`);
      const returned = new URL(location, url);
      if (returned.searchParams.get("state") !== challenge.state)
        throw new Error("the state came back changed");
      const authorizationCode = returned.searchParams.get("code");
      if (!authorizationCode) throw new Error(`sign-in failed: ${returned.search}`);
      const exchanged = await client.exchange(authorizationCode, redirectUri, challenge.verifier);
      if (exchanged.err) throw exchanged.err;
      return exchanged.tokens;
    },
  };
}

/** Signs in (registering on first sign-in) through the local host's real sign-in flow; returns the tokens. */
export async function signIn(url: string, email: string): Promise<Tokens> {
  const attempt = await beginSignIn(url, email);
  return attempt.exchange(await attempt.submitCode(await attempt.readCode()));
}
