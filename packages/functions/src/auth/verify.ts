import { createClient } from "@openauthjs/openauth/client";
import { GraphQLError } from "graphql";
import { subjects } from "./subjects";
import { verifiedUntilExpiry } from "./verified-tokens";
import { carriesNoToken } from "./verify-on-demand";

/**
 * Who is asking: a signed-in member, or nobody (an anonymous visitor). A member asking through one of
 * their API tokens (for a script) carries it, with what it may do.
 */
export type Viewer = {
  memberId: string;
  apiToken?: { tokenId: string; scope: "read" | "read-write" };
} | null;

/** Reads the `Authorization` header of a request: absent is anonymous, anything but a valid token is refused. */
export type TokenVerifier = (authorization: string | null) => Promise<Viewer>;

/**
 * A token that was sent but does not verify (forged, expired, malformed, or not a bearer token). Refused
 * outright rather than treated as anonymous, so a client learns it must refresh or sign in again.
 */
export class Unauthenticated extends GraphQLError {
  constructor(message: string) {
    super(message, {
      extensions: {
        code: "UNAUTHENTICATED",
        http: { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' } },
      },
    });
  }
}

/**
 * A token that verifies, but names a member who was erased: the sign-in ended with the member, whatever
 * the token's expiry says. Refused like an invalid token (401), with a code of its own so that a client
 * knows refreshing will not help.
 */
export class MemberErasedToken extends GraphQLError {
  constructor() {
    super("This account was erased. You have been signed out.", {
      extensions: {
        code: "MEMBER_ERASED",
        http: { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' } },
      },
    });
  }
}

/** Access tokens are JWTs: three base64url parts. Anything longer than this is not one of ours. */
const bearer = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
const maximumTokenLength = 4096;

/**
 * A verified token's `exp` claim, in milliseconds. Read only after its signature verified, so it is the
 * issuer's; a token without one is kept for no time at all.
 */
function expiryOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    exp?: unknown;
  };
  return typeof payload.exp === "number" ? payload.exp * 1000 : 0;
}

/**
 * Verifies access tokens with OpenAuth's client: the signature against the issuer's published keys, the
 * expiry, the issuer, and the subject's shape. A token that verified is not checked again until it
 * expires (verified-tokens.ts).
 *
 * `issuer` is the origin OpenAuth signs as (see mounted-issuer.ts); `fetch` lets the local host answer the
 * key lookups in process, without a request to itself.
 */
export function tokenVerifier(options: {
  issuer: string;
  fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}): TokenVerifier {
  const client = createClient({ clientID: "meetstream-api", issuer: options.issuer, fetch: options.fetch });
  const verify = verifiedUntilExpiry(async (token) => {
    const verified = await client.verify(subjects, token);
    if (verified.err) return undefined;
    return { memberId: verified.subject.properties.memberId, expiresAt: expiryOf(token) };
  });
  return async (authorization) => {
    if (carriesNoToken(authorization)) return null;
    const token = authorization.length <= maximumTokenLength ? bearer.exec(authorization)?.[1] : undefined;
    if (!token) throw new Unauthenticated("The Authorization header must be `Bearer <access token>`.");
    const verified = await verify(token);
    if (!verified) throw new Unauthenticated("The access token is not valid: it may have expired.");
    return { memberId: verified.memberId };
  };
}
