import { createHmac, hkdfSync } from "node:crypto";
import { describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { UnsubscribeLinkInvalid } from "./errors";
import { unsubscribeTokens } from "./unsubscribe-token";

const secret = "a server secret that is long enough to count";

describe("unsubscribe tokens", () => {
  const tokens = unsubscribeTokens(secret);
  const memberId = newId();

  test("a token names its member and its kind", () => {
    expect(tokens.verify(tokens.tokenFor(memberId, "meetup-reminder"))).toEqual({
      memberId,
      kind: "meetup-reminder",
    });
  });

  test("a token changed anywhere, cut short, or signed with another secret is refused", () => {
    const token = tokens.tokenFor(memberId, "meetup-reminder");
    const [payload, signature] = token.split(".") as [string, string];
    const otherKind = Buffer.from(JSON.stringify([memberId, "rsvp-confirmed"])).toString("base64url");
    // The last character holds two bits no byte uses: a spelling of the same bytes is still not the token.
    const respelled = `${signature.slice(0, -1)}${String.fromCharCode(signature.charCodeAt(signature.length - 1) ^ 1)}`;
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    for (const tampered of [
      `${otherKind}.${signature}`,
      `${payload}.${flipped}`,
      `${payload}.${respelled}`,
      token.slice(0, -4),
      payload,
      `${token}.extra`,
      "",
      "x".repeat(600),
      unsubscribeTokens(`${secret} but another`).tokenFor(memberId, "meetup-reminder"),
    ])
      expect(() => tokens.verify(tampered), tampered).toThrow(UnsubscribeLinkInvalid);
  });

  test("a payload signed with the right key that names no member or no kind is refused too", () => {
    // The key derived as the module derives it: only the server can sign, and still not everything it signs passes.
    const key = Buffer.from(hkdfSync("sha256", secret, "", "meetstream/unsubscribe-links/v1", 32));
    const signed = (value: unknown) => {
      const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
      return `${payload}.${createHmac("sha256", key).update(payload).digest("base64url")}`;
    };
    expect(tokens.verify(signed([memberId, "rsvp-confirmed"]))).toEqual({ memberId, kind: "rsvp-confirmed" });
    for (const value of [
      ["not-a-member", "rsvp-confirmed"],
      [memberId, "no-such-kind"],
      [memberId],
      { memberId },
      "text",
    ])
      expect(() => tokens.verify(signed(value)), JSON.stringify(value)).toThrow(UnsubscribeLinkInvalid);
  });

  test("a short secret is refused at once", () => {
    expect(() => unsubscribeTokens("short")).toThrow(TypeError);
  });
});
