import type { Client } from "@openauthjs/openauth/client";
import { InvalidAuthorizationCodeError } from "@openauthjs/openauth/error";
import { describe, expect, test, vi } from "vitest";
import { MemoryStorage } from "./memory-storage";
import { finishSignIn, safeReturnPath, signInCallbackPath, startSignIn } from "./sign-in-flow";

const origin = "https://meetstream.example";
const tokens = { access: "access", refresh: "refresh", expiresIn: 900 };

function issuer() {
  return {
    authorize: vi.fn<Client["authorize"]>(async () => ({
      challenge: { state: "state-1", verifier: "verifier-1" },
      url: "https://meetstream.example/auth/authorize?…",
    })),
    exchange: vi.fn<Client["exchange"]>(async () => ({ err: false as const, tokens })),
  };
}

const callback = (parameters: Record<string, string>) => new URLSearchParams(parameters);

describe("signing in with OpenAuth and PKCE", () => {
  test("the sign-in asks for a code with PKCE, to come back to the app's own callback page", async () => {
    const client = issuer();
    const url = await startSignIn(client, new MemoryStorage(), origin, "/admin");

    expect(url).toBe("https://meetstream.example/auth/authorize?…");
    expect(client.authorize).toHaveBeenCalledWith(`${origin}/signin/callback`, "code", { pkce: true });
    expect(signInCallbackPath.startsWith("/auth/")).toBe(false);
  });

  test("the code is exchanged with the verifier kept at the start, and the member goes back where they were", async () => {
    const client = issuer();
    const storage = new MemoryStorage();
    await startSignIn(client, storage, origin, "/admin");

    const result = await finishSignIn(
      client,
      storage,
      origin,
      callback({ code: "code-1", state: "state-1" }),
    );
    expect(result).toEqual({ tokens, returnTo: "/admin" });
    expect(client.exchange).toHaveBeenCalledWith("code-1", `${origin}/signin/callback`, "verifier-1");
  });

  test("an attempt is used once: replaying the callback fails", async () => {
    const client = issuer();
    const storage = new MemoryStorage();
    await startSignIn(client, storage, origin, null);
    await finishSignIn(client, storage, origin, callback({ code: "code-1", state: "state-1" }));

    await expect(
      finishSignIn(client, storage, origin, callback({ code: "code-1", state: "state-1" })),
    ).rejects.toThrow("already been used");
  });

  test("a response for another sign-in (a different state) is refused without an exchange", async () => {
    const client = issuer();
    const storage = new MemoryStorage();
    await startSignIn(client, storage, origin, null);

    await expect(
      finishSignIn(client, storage, origin, callback({ code: "code-1", state: "forged" })),
    ).rejects.toThrow("does not match");
    expect(client.exchange).not.toHaveBeenCalled();
  });

  test("the issuer's error is shown in its own words", async () => {
    const client = issuer();
    await expect(
      finishSignIn(
        client,
        new MemoryStorage(),
        origin,
        callback({ error: "access_denied", error_description: "Cancelled." }),
      ),
    ).rejects.toThrow("Cancelled.");
  });

  test("a refused code asks the member to start again", async () => {
    const client = issuer();
    client.exchange.mockResolvedValue({ err: new InvalidAuthorizationCodeError() });
    const storage = new MemoryStorage();
    await startSignIn(client, storage, origin, null);

    await expect(
      finishSignIn(client, storage, origin, callback({ code: "old", state: "state-1" })),
    ).rejects.toThrow("Start again");
  });

  test.each([
    ["/admin/meetups?tab=2", "/admin/meetups?tab=2"],
    [null, "/me"],
    ["", "/me"],
    ["https://elsewhere.example/", "/me"],
    ["//elsewhere.example/", "/me"],
    ["/\\elsewhere.example/", "/me"],
    ["/signin", "/me"],
    ["/signin/callback?code=1", "/me"],
    ["/signing-up-soon", "/signing-up-soon"],
  ])("after signing in, %j leads to %j and never off the site", (returnTo, expected) => {
    expect(safeReturnPath(returnTo)).toBe(expected);
  });
});
