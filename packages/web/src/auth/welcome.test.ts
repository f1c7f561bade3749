import { describe, expect, test } from "vitest";
import { MemoryStorage } from "./memory-storage";
import { pathAfterSignIn, skipWelcome } from "./welcome";

const newcomer = { newcomer: true, member: { id: "m1" } };

describe("where a sign-in lands", () => {
  test("a newcomer is welcomed first, and then goes where the sign-in was meant to go", () => {
    expect(pathAfterSignIn(newcomer, "/meetups?tag=rust", new MemoryStorage())).toBe(
      "/welcome?next=%2Fmeetups%3Ftag%3Drust",
    );
  });

  test("a member with a profile goes straight where the sign-in was meant to go", () => {
    expect(pathAfterSignIn({ ...newcomer, newcomer: false }, "/me", new MemoryStorage())).toBe("/me");
    expect(pathAfterSignIn(null, "/me", new MemoryStorage())).toBe("/me");
  });

  test("a newcomer who skipped the welcome in this browser is not welcomed again; another member is", () => {
    const storage = new MemoryStorage();
    skipWelcome(storage, "m1");
    expect(pathAfterSignIn(newcomer, "/me", storage)).toBe("/me");
    expect(pathAfterSignIn({ newcomer: true, member: { id: "m2" } }, "/me", storage)).toBe(
      "/welcome?next=%2Fme",
    );
    storage.setItem("meetstream.welcome-skipped", "{damaged");
    expect(pathAfterSignIn(newcomer, "/me", storage)).toBe("/welcome?next=%2Fme");
  });
});
