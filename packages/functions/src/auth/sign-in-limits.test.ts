import { fixedClock } from "@meetstream/core/clock/clock";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { describe, expect, test } from "vitest";
import { signInGuard, signInLimits } from "./sign-in-limits";
import { sqliteAuthStorage } from "./sqlite-storage";

const minute = 60_000;

const opened = () => {
  const clock = fixedClock("2026-03-01T10:00:00Z");
  return { clock, guard: signInGuard(sqliteAuthStorage(openDatabase(":memory:"), { clock }), clock) };
};

describe("sign-in limits (on SQLite, with a clock that stands still)", () => {
  test("a code signs in for ten minutes after it was sent, then no more", async () => {
    const { clock, guard } = opened();
    const claims: Record<string, unknown> = { email: "ann@example.com" };
    await guard.codeSent(claims);

    clock.advance(signInLimits.codeLifetimeSeconds * 1000 - 1);
    expect(await guard.codeExpired(claims)).toBe(false);
    clock.advance(1);
    expect(await guard.codeExpired(claims)).toBe(true);
  });

  test("a code with no record of its sending, or a record named by a client, does not sign in", async () => {
    const { guard } = opened();
    expect(await guard.codeExpired({ email: "ann@example.com" })).toBe(true);
    expect(await guard.codeExpired({ email: "ann@example.com", meetstreamCode: "made-up" })).toBe(true);
  });

  test("the record's name is the guard's own, whatever the form sent", async () => {
    const { guard } = opened();
    const claims: Record<string, unknown> = { email: "ann@example.com", meetstreamCode: "chosen-by-client" };
    await guard.codeSent(claims);
    expect(claims.meetstreamCode).not.toBe("chosen-by-client");
  });

  test("five wrong tries spend one code; ten across codes lock the address until the tenth-last leaves the hour", async () => {
    const { clock, guard } = opened();
    const first: Record<string, unknown> = { email: "bob@example.com" };
    const second: Record<string, unknown> = { email: "bob@example.com" };
    await guard.codeSent(first);
    await guard.codeSent(second);

    for (let index = 0; index < 5; index++)
      expect(await guard.wrongCode("bob@example.com", first)).toBeUndefined();
    expect(await guard.codeSpent("bob@example.com", first)).toBe(true);
    expect(await guard.codeSpent("bob@example.com", second)).toBe(false);

    clock.advance(10 * minute);
    for (let index = 0; index < 4; index++)
      expect(await guard.wrongCode("bob@example.com", second)).toBeUndefined();
    expect(await guard.wrongCode("bob@example.com", second)).toEqual({
      reason: "too-many-wrong-codes",
      retryAfterSeconds: 50 * 60,
    });
    expect(await guard.lockOf("bob@example.com")).toBeDefined();
    expect(await guard.admitCode("bob@example.com", undefined)).toMatchObject({
      reason: "too-many-wrong-codes",
    });
    expect(await guard.lockOf("cy@example.com")).toBeUndefined();

    clock.advance(50 * minute);
    expect(await guard.lockOf("bob@example.com")).toBeUndefined();
  });

  test("tries during the lock are refused and not counted: the lock does not grow", async () => {
    const { clock, guard } = opened();
    const claims: Record<string, unknown> = { email: "dee@example.com" };
    for (let index = 0; index < signInLimits.wrongCodesPerAddress.limit; index++)
      await guard.wrongCode("dee@example.com", claims);
    clock.advance(30 * minute);
    expect(await guard.wrongCode("dee@example.com", claims)).toEqual({
      reason: "too-many-wrong-codes",
      retryAfterSeconds: 30 * 60,
    });
  });

  test("one client gets twenty codes an hour whatever the addresses; a refused client uses up no address's codes", async () => {
    const { guard } = opened();
    for (let index = 0; index < signInLimits.codesPerClient.limit; index++)
      expect(await guard.admitCode(`person-${index}@example.com`, "192.0.2.1")).toBeUndefined();
    expect(await guard.admitCode("person-0@example.com", "192.0.2.1")).toEqual({
      reason: "too-many-codes",
      retryAfterSeconds: 60 * 60,
    });
    expect(await guard.admitCode("person-0@example.com", "192.0.2.2")).toBeUndefined();

    for (let index = 2; index < signInLimits.codesPerAddress.limit; index++)
      expect(await guard.admitCode("person-0@example.com", `192.0.2.${index + 1}`)).toBeUndefined();
    expect(await guard.admitCode("person-0@example.com", "192.0.2.99")).toMatchObject({
      reason: "too-many-codes",
    });
  });
});
