import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { isUuid } from "../ids/new-id";
import { UnsubscribeLinkInvalid } from "./errors";
import { isMessageKind, type MessageKind } from "./kinds";

export interface UnsubscribeTokens {
  /** The token of a message's one-click link: it names the member and the kind, signed. */
  tokenFor(memberId: string, kind: MessageKind): string;
  /** Whom and what a token stops; `UnsubscribeLinkInvalid` for one this server did not sign as it is. */
  verify(token: string): { memberId: string; kind: MessageKind };
}

/**
 * One-click unsubscribe tokens (RFC 8058: the link works without signing in, so the token is the
 * authority). The signing key is derived from the server secret under a name of its own, so no other use
 * of that secret can make or check one. Tokens do not expire: a link in an old message still works.
 */
export function unsubscribeTokens(serverSecret: string): UnsubscribeTokens {
  if (typeof serverSecret !== "string" || serverSecret.length < 32)
    throw new TypeError("unsubscribe tokens need the server secret: 32 characters or more");
  const key = Buffer.from(hkdfSync("sha256", serverSecret, "", "meetstream/unsubscribe-links/v1", 32));
  const signatureOf = (payload: string) => createHmac("sha256", key).update(payload).digest();

  return {
    tokenFor(memberId, kind) {
      const payload = Buffer.from(JSON.stringify([memberId, kind])).toString("base64url");
      return `${payload}.${signatureOf(payload).toString("base64url")}`;
    },
    verify(token) {
      if (typeof token !== "string" || token.length > 512) throw new UnsubscribeLinkInvalid();
      const [payload, signature, ...rest] = token.split(".");
      if (!payload || !signature || rest.length > 0) throw new UnsubscribeLinkInvalid();
      // Compared as text: base64url has several spellings of the same bytes, and only ours is the token.
      const expected = Buffer.from(signatureOf(payload).toString("base64url"));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new UnsubscribeLinkInvalid();
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
      } catch {
        throw new UnsubscribeLinkInvalid();
      }
      if (!Array.isArray(parsed) || parsed.length !== 2) throw new UnsubscribeLinkInvalid();
      const [memberId, kind] = parsed as unknown[];
      if (typeof memberId !== "string" || !isUuid(memberId) || !isMessageKind(kind))
        throw new UnsubscribeLinkInvalid();
      return { memberId, kind };
    },
  };
}
