import type { Clock } from "@meetstream/core/clock/clock";
import type { Mailer } from "@meetstream/core/mail/mailer";
import { InvalidEmail, normaliseEmail } from "@meetstream/core/member";
import { issuer } from "@openauthjs/openauth";
import { UnknownStateError } from "@openauthjs/openauth/error";
import { CodeProvider } from "@openauthjs/openauth/provider/code";
import type { Provider } from "@openauthjs/openauth/provider/provider";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import { codePages } from "./code-pages";
import { refusedPage } from "./refused-page";
import { authSessions } from "./sessions";
import { maximumWrongCodes, signInGuard } from "./sign-in-limits";
import { signInStylesheet, signInStylesheetPath } from "./sign-in-stylesheet";
import { callbackPath, subjectOf, subjects, webClientId } from "./subjects";

export interface IssuerOptions {
  storage: StorageAdapter;
  mailer: Mailer;
  /** Finds the member with this email, registering them on their first sign-in. */
  signIn(email: string): Promise<{ memberId: string }>;
  /** Where the web app runs: the only place a sign-in may return to. */
  appOrigin: string;
  /** Seconds (defaults: 15 minutes and 30 days). */
  ttl?: { access?: number; refresh?: number };
  /** What the sign-in limits count time by (default the system clock). */
  clock?: Clock;
}

/** The code provider's form, at the issuer's root: where codes are asked for and tried. */
const codeFormPath = "/code/authorize";

/** The address the code provider's claims name, as the member context normalises it ("" if none). */
const addressOf = (claims: Record<string, unknown>): string => {
  try {
    return normaliseEmail(String(claims.email ?? ""));
  } catch (error) {
    if (error instanceof InvalidEmail) return "";
    throw error;
  }
};

/**
 * Short-lived access tokens keep a stolen or revoked token's usefulness short; the web app refreshes them
 * quietly with its refresh token, which revocation and erasure can end.
 */
const defaultTtl = { access: 15 * 60, refresh: 30 * 24 * 60 * 60 };

export const signInCodeMessage = (email: string, code: string) => ({
  to: email,
  subject: `Your Meetstream sign-in code: ${code}`,
  text: [
    `Your code to sign in to Meetstream is ${code}.`,
    "",
    "Enter it in the browser where you asked for it. If you did not ask for it, you can ignore this email: nobody can sign in without the code.",
  ].join("\n"),
});

/** The code provider's properties when a code was entered right: the claims its form collected. */
type CodeProperties = { claims: Record<string, string> };

/**
 * A right code the sign-in limits still refuse: a page to answer with, or the reason to send the browser
 * back to the web app with (`error=access_denied`, as OpenAuth answers an error). Answered here, before
 * OpenAuth's success, rather than thrown from it: OpenAuth logs every thrown error with its stack, and a
 * spent or expired code is the client's mistake, not a failure of ours.
 */
function refusingRightCodes<Properties extends CodeProperties>(
  provider: Provider<Properties>,
  refusalOf: (claims: Properties["claims"]) => Promise<Response | string | undefined>,
): Provider<Properties> {
  return {
    ...provider,
    init(route, context) {
      provider.init(route, {
        ...context,
        async success(request, properties, successOptions) {
          const refusal = await refusalOf(properties.claims);
          if (refusal === undefined) return context.success(request, properties, successOptions);
          if (refusal instanceof Response) return refusal;
          const authorization = await context.get<{ redirect_uri?: string } | undefined>(
            request,
            "authorization",
          );
          // No sign-in to return to: OpenAuth's own answer to an unknown state.
          if (!authorization?.redirect_uri) throw new UnknownStateError();
          const location = new URL(authorization.redirect_uri);
          location.searchParams.set("error", "access_denied");
          location.searchParams.set("error_description", refusal);
          return request.redirect(location.toString(), 302);
        },
      });
    },
  };
}

/**
 * The OpenAuth issuer (a Hono app, served at the root of whatever mounts it): members sign in with a code
 * sent to their email, and the first sign-in registers them. It also answers `POST /revoke` (RFC 7009
 * style, form field `token`), which OpenAuth does not provide, so that signing out ends the refresh token.
 */
export function meetstreamIssuer(options: IssuerOptions) {
  const ttl = { ...defaultTtl, ...options.ttl };
  const sessions = authSessions(options.storage);
  const guard = signInGuard(options.storage, options.clock);

  /** Only the web app, returning to its own callback page: a sign-in can never be sent to another site. */
  const allowed = (clientID: string | null, redirectURI: string | null): boolean => {
    if (clientID !== webClientId || !redirectURI || !URL.canParse(redirectURI)) return false;
    const target = new URL(redirectURI);
    return target.origin === options.appOrigin && target.pathname === callbackPath;
  };

  const pages = codePages(options.appOrigin, {
    wrongCode: `That code is not right. After ${maximumWrongCodes} wrong codes, ask for a new one.`,
  });
  const app = issuer({
    subjects,
    storage: options.storage,
    ttl,
    providers: {
      code: refusingRightCodes(
        CodeProvider({
          request: async (request, state, form, error) => {
            if (error?.type === "invalid_code" && state.type === "code") {
              const refused = await guard.wrongCode(addressOf(state.claims), state.claims);
              if (refused) return refusedPage(refused, options.appOrigin);
            }
            return pages(request, state, form, error);
          },
          // The form's own check is only a hint: nothing that is not an email address gets a message.
          // Normalised by the member context's rule, so one mailbox typed two ways is one member.
          sendCode: async (claims, code) => {
            let email: string;
            try {
              email = normaliseEmail(String(claims.email ?? ""));
            } catch (error) {
              if (error instanceof InvalidEmail)
                return { type: "invalid_claim", key: "email", value: String(claims.email ?? "") };
              throw error;
            }
            // The claims are the state OpenAuth keeps with the code: they carry the name of its record.
            await guard.codeSent(claims);
            await options.mailer.send(signInCodeMessage(email, code));
          },
        }),
        async (claims) => {
          const email = addressOf(claims);
          // The right code after too many wrong ones may be a lucky guess.
          const locked = await guard.lockOf(email);
          if (locked) return refusedPage(locked, options.appOrigin);
          if (await guard.codeSpent(email, claims))
            return "Too many wrong codes were tried: ask for a new code.";
          if (await guard.codeExpired(claims)) return "That code has expired: ask for a new code.";
          return undefined;
        },
      ),
    },
    allow: async ({ clientID, redirectURI }) => allowed(clientID, redirectURI),
    success: async (response, value) => {
      // Refused before this point, if at all: see `refusingRightCodes`.
      const { memberId } = await options.signIn(addressOf(value.claims));
      return response.subject("member", { memberId }, { subject: subjectOf(memberId) });
    },
  });

  app.get(signInStylesheetPath, (context) =>
    context.body(signInStylesheet, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
    }),
  );

  app.post("/revoke", async (context) => {
    const form = await context.req.formData().catch(() => undefined);
    const token = form?.get("token");
    if (typeof token === "string") await sessions.revoke(token);
    return context.body(null, 200);
  });

  /**
   * Codes are counted before OpenAuth sends one, here where the client is known: the code provider hands
   * `sendCode` only the form. An address that is not one is left to the provider to refuse (and counts nothing).
   */
  async function admitted(request: Request, client: string | undefined): Promise<Response | undefined> {
    const form = await request
      .clone()
      .formData()
      .catch(() => undefined);
    const action = form?.get("action");
    if (action !== "request" && action !== "resend") return undefined;
    const email = addressOf({ email: form?.get("email") });
    if (!email) return undefined;
    const refused = await guard.admitCode(email, client);
    return refused && refusedPage(refused, options.appOrigin);
  }

  return {
    /** `client` names who asks (an IP address), where the host counts clients. */
    async fetch(request: Request, client?: string): Promise<Response> {
      const { pathname, searchParams } = new URL(request.url);
      // OpenAuth answers a refused client by redirecting to its redirect URI with an error, which would
      // make /auth/authorize an open redirect; a link that is not the web app's is refused here instead.
      // The web app always uses the code flow with PKCE, so nothing else is accepted either.
      const webAppLink =
        allowed(searchParams.get("client_id"), searchParams.get("redirect_uri")) &&
        searchParams.get("response_type") === "code" &&
        searchParams.get("code_challenge_method") === "S256" &&
        Boolean(searchParams.get("code_challenge"));
      if (pathname === "/authorize" && !webAppLink)
        return new Response("This sign-in link was not made by Meetstream's web app.", {
          status: 400,
          headers: { "content-type": "text/plain; charset=utf-8" },
        });
      if (pathname === codeFormPath && request.method === "POST") {
        const refused = await admitted(request, client);
        if (refused) return refused;
      }
      return app.fetch(request);
    },
  };
}
