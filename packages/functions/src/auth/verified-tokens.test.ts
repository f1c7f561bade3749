import { describe, expect, test } from "vitest";
import { type VerifiedToken, verifiedUntilExpiry } from "./verified-tokens";

/** Stands in for the signature check: tokens named "good-…" verify until `expiresAt`, others never. */
function counted(expiresAt: number) {
  const checks: string[] = [];
  const check = async (token: string): Promise<VerifiedToken | undefined> => {
    checks.push(token);
    return token.startsWith("good-") ? { memberId: `member-of-${token}`, expiresAt } : undefined;
  };
  return { checks, check };
}

describe("verified tokens, kept until they expire", () => {
  test("a token that verified is not checked again before its expiry", async () => {
    let now = 1_000;
    const { checks, check } = counted(5_000);
    const verify = verifiedUntilExpiry(check, { now: () => now });

    expect(await verify("good-ann")).toEqual({ memberId: "member-of-good-ann", expiresAt: 5_000 });
    now = 4_999;
    expect(await verify("good-ann")).toEqual({ memberId: "member-of-good-ann", expiresAt: 5_000 });
    expect(checks).toEqual(["good-ann"]);
  });

  test("from its expiry on, a kept token is checked again", async () => {
    let now = 1_000;
    const expiring = counted(5_000);
    const verify = verifiedUntilExpiry(expiring.check, { now: () => now });
    await verify("good-ann");

    now = 5_000;
    // The check itself refuses an expired token: the stand-in still says it verified until 5,000.
    expect(await verify("good-ann")).toEqual({ memberId: "member-of-good-ann", expiresAt: 5_000 });
    expect(expiring.checks).toEqual(["good-ann", "good-ann"]);
  });

  test("a refused token is never kept: each request checks it", async () => {
    const { checks, check } = counted(5_000);
    const verify = verifiedUntilExpiry(check, { now: () => 1_000 });

    expect(await verify("forged")).toBeUndefined();
    expect(await verify("forged")).toBeUndefined();
    expect(checks).toEqual(["forged", "forged"]);
  });

  test("a token already past its expiry when checked is not kept", async () => {
    const { checks, check } = counted(500);
    const verify = verifiedUntilExpiry(check, { now: () => 1_000 });

    await verify("good-late");
    await verify("good-late");
    expect(checks).toEqual(["good-late", "good-late"]);
  });

  test("when full, the oldest kept token goes first", async () => {
    const { checks, check } = counted(5_000);
    const verify = verifiedUntilExpiry(check, { now: () => 1_000, maximumTokens: 2 });

    await verify("good-1");
    await verify("good-2");
    await verify("good-3");
    await verify("good-3");
    await verify("good-2");
    await verify("good-1");
    expect(checks).toEqual(["good-1", "good-2", "good-3", "good-1"]);
  });
});
