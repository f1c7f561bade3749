import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import { feedTokenDecider, feedTokenRevocationDecider } from "./feed-token-decider";
import { CalendarFeedTokenIssued, CalendarFeedTokenRevoked, hashOfFeedToken } from "./feed-token-events";

/** A stand-in for the HMAC: the token names its member and the version of its issue. */
const tokenAt = (memberId: string, version: number) => `${memberId}@${version}`;
const { given } = deciderSpecification(feedTokenDecider(tokenAt));

const issuedAt = (version: number) =>
  CalendarFeedTokenIssued({ tokenHash: hashOfFeedToken(tokenAt("m1", version)) });
const revokedAt = (version: number) =>
  CalendarFeedTokenRevoked({ tokenHash: hashOfFeedToken(tokenAt("m1", version)) });

describe("a member's calendar feed token", () => {
  test("the first ask issues a token made from the version of its issue", () =>
    given().when({ type: "Issue", memberId: "m1" }).then(issuedAt(1)));

  test("asking again while a token is current issues nothing", () =>
    given(issuedAt(1)).when({ type: "Issue", memberId: "m1" }).thenNothing());

  test("asking after a revocation issues a new token, from the version it gets", () =>
    given(issuedAt(1), revokedAt(1)).when({ type: "Issue", memberId: "m1" }).then(issuedAt(3)));

  test("a reset revokes the current token and issues one for the version after the revocation", () =>
    given(issuedAt(1)).when({ type: "Reset", memberId: "m1" }).then(revokedAt(1), issuedAt(3)));

  test("a reset with no token current only issues", () =>
    given(issuedAt(1), revokedAt(1)).when({ type: "Reset", memberId: "m1" }).then(issuedAt(3)));

  test("a revocation revokes the current token and issues none", () =>
    given(issuedAt(1)).when({ type: "Revoke" }).then(revokedAt(1)));

  test("revoking with no token current decides nothing, so a reactor may deliver it twice", () => {
    given().when({ type: "Revoke" }).thenNothing();
    given(issuedAt(1), revokedAt(1)).when({ type: "Revoke" }).thenNothing();
  });
});

describe("a revocation without the server secret", () => {
  const revocation = deciderSpecification(feedTokenRevocationDecider);

  test("revokes the current token by the hash its issue recorded", () =>
    revocation.given(issuedAt(1), revokedAt(1), issuedAt(3)).when({ type: "Revoke" }).then(revokedAt(3)));

  test("decides nothing when no token is current", () =>
    revocation.given(issuedAt(1), revokedAt(1)).when({ type: "Revoke" }).thenNothing());
});
