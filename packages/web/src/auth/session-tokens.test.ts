import type { Client } from "@openauthjs/openauth/client";
import { InvalidRefreshTokenError } from "@openauthjs/openauth/error";
import { describe, expect, test, vi } from "vitest";
import { MemoryStorage } from "./memory-storage";
import { SessionTokens } from "./session-tokens";

const issued = (name: string, expiresIn = 900) => ({
  access: `access-${name}`,
  refresh: `refresh-${name}`,
  expiresIn,
});

function setup({ refresh }: { refresh?: Client["refresh"] } = {}) {
  let now = 1_000_000;
  const storage = new MemoryStorage();
  const client = {
    refresh: vi.fn(refresh ?? (async () => ({ err: false as const, tokens: issued("refreshed") }))),
  };
  const tokens = new SessionTokens(storage, client, () => now);
  return { storage, client, tokens, advance: (milliseconds: number) => (now += milliseconds) };
}

describe("the signed-in member's tokens", () => {
  test("an erasure the API reports ends the sign-in, forgets the tokens and says so until the next sign-in", () => {
    const { storage, tokens } = setup();
    const told = vi.fn();
    tokens.subscribe(told);
    tokens.signIn(issued("first"));
    expect(tokens.erased()).toBe(false);

    tokens.endByErasure();
    expect(tokens.current()).toBeNull();
    expect(tokens.erased()).toBe(true);
    expect(new SessionTokens(storage, { refresh: vi.fn() }).current()).toBeNull();
    expect(told).toHaveBeenCalledTimes(2);

    // A second request refused the same way changes nothing more; a new sign-in starts afresh.
    tokens.endByErasure();
    expect(told).toHaveBeenCalledTimes(2);
    tokens.signIn(issued("second"));
    expect(tokens.erased()).toBe(false);
  });

  test("an erasure reported while signed out is not news: the member signed out first", () => {
    const { tokens } = setup();
    tokens.endByErasure();
    expect(tokens.erased()).toBe(false);
  });

  test("a sign-in is kept in storage, so a reload or another tab finds it", () => {
    const { storage, tokens } = setup();
    tokens.signIn(issued("first"));

    const reopened = new SessionTokens(storage, { refresh: vi.fn() });
    expect(reopened.current()).toEqual({
      access: "access-first",
      refresh: "refresh-first",
      expiresAt: 1_900_000,
      signedInAt: 1_000_000,
    });
  });

  test("a fresh access token is used as it is, without asking the issuer", async () => {
    const { tokens, client } = setup();
    tokens.signIn(issued("first"));

    expect(await tokens.freshAccessToken()).toBe("access-first");
    expect(client.refresh).not.toHaveBeenCalled();
  });

  test("an access token about to expire is refreshed first, and the sign-in keeps its identity", async () => {
    const { tokens, client, advance } = setup();
    tokens.signIn(issued("first"));
    advance(900_000 - 10_000);

    expect(await tokens.freshAccessToken()).toBe("access-refreshed");
    expect(client.refresh).toHaveBeenCalledWith("refresh-first");
    expect(tokens.current()?.signedInAt).toBe(1_000_000);
  });

  test("refreshes asked for at the same time share one request, since refresh tokens are single-use", async () => {
    const { tokens, client, advance } = setup();
    tokens.signIn(issued("first"));
    advance(1_000_000);

    const [first, second] = await Promise.all([tokens.freshAccessToken(), tokens.freshAccessToken()]);
    expect([first, second]).toEqual(["access-refreshed", "access-refreshed"]);
    expect(client.refresh).toHaveBeenCalledTimes(1);
  });

  test("a refused refresh ends the sign-in", async () => {
    const { storage, tokens } = setup({ refresh: async () => ({ err: new InvalidRefreshTokenError() }) });
    tokens.signIn(issued("first"));

    expect(await tokens.refresh()).toBeNull();
    expect(tokens.current()).toBeNull();
    expect(storage.length).toBe(0);
  });

  test("an unreachable issuer keeps the sign-in for the next try", async () => {
    const { tokens } = setup({
      refresh: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    tokens.signIn(issued("first"));

    await expect(tokens.refresh()).rejects.toThrow("Failed to fetch");
    expect(tokens.current()?.access).toBe("access-first");
  });

  test("signing out forgets the tokens and tells the listeners", () => {
    const { storage, tokens } = setup();
    tokens.signIn(issued("first"));
    const listener = vi.fn();
    tokens.subscribe(listener);

    tokens.signOut();
    expect(tokens.current()).toBeNull();
    expect(storage.length).toBe(0);
    expect(listener).toHaveBeenCalledOnce();
  });

  test("damaged storage reads as signed out and is cleared", () => {
    const storage = new MemoryStorage();
    storage.setItem("meetstream.tokens", "{not json");
    const tokens = new SessionTokens(storage, { refresh: vi.fn() });

    expect(tokens.current()).toBeNull();
    expect(storage.length).toBe(0);
  });

  test("a sign-out in another tab is followed here", () => {
    const { storage, tokens } = setup();
    tokens.signIn(issued("first"));
    storage.removeItem("meetstream.tokens");

    tokens.reloadFromStorage();
    expect(tokens.current()).toBeNull();
  });
});
