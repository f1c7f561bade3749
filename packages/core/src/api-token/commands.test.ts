import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type MemberModule, memberEventTypes, memberModule, memberProjections } from "../member/index";
import { type ProjectedWorld, projectedWorld } from "../testing/projected-world";
import { type ApiTokenModule, apiTokenModule } from "./commands";
import { apiTokenProjections } from "./documents";
import { ApiTokenNotFound, InvalidApiToken, TooManyApiTokens } from "./errors";
import { apiTokenEventTypes, apiTokenStream } from "./events";

let world: ProjectedWorld;
let members: MemberModule;
let tokens: ApiTokenModule;
let ann: string;
let bob: string;

beforeEach(async () => {
  world = projectedWorld({
    eventTypes: [...memberEventTypes, ...apiTokenEventTypes],
    projections: [...memberProjections, ...apiTokenProjections],
    now: "2026-06-01T10:00:00.000Z",
  });
  const { store, documents, keys, clock, idempotency } = world;
  members = memberModule({ store, documents, keys, clock, idempotency, emailSecret: "s".repeat(43) });
  tokens = apiTokenModule({ store, documents, clock });
  ann = (await members.signIn("ann@example.com")).memberId;
  bob = (await members.signIn("bob@example.com")).memberId;
});
afterEach(() => world.close());

describe("making and using a token", () => {
  test("a member makes a token, shown once; it speaks for them with its scope", async () => {
    const { token, secret } = await tokens.create({ actor: ann, name: "  Nightly export ", scope: "read" });
    expect(secret).toMatch(/^mst_[A-Za-z0-9_-]{43}$/);
    expect(token).toEqual({
      id: expect.any(String),
      memberId: ann,
      name: "Nightly export",
      scope: "read",
      createdAt: "2026-06-01T10:00:00.000Z",
    });
    expect(await tokens.holderOf(secret)).toEqual({ memberId: ann, tokenId: token.id, scope: "read" });
    expect(await tokens.tokensOf(ann, ann)).toEqual([token]);
  });

  test("the log holds the token's hash and its sealed name, never the token", async () => {
    const { secret } = await tokens.create({ actor: ann, name: "Laptop script", scope: "read-write" });
    const [event] = await world.log.readStream(apiTokenStream(ann));
    const stored = JSON.stringify(event?.data);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(4));
    expect(stored).not.toContain("Laptop script");
    expect(event?.data).toMatchObject({ tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  test("an unknown, malformed or other member's token speaks for no one", async () => {
    await tokens.create({ actor: ann, name: "mine", scope: "read" });
    for (const token of [`mst_${"A".repeat(43)}`, "mst_short", "", "Bearer x", 42 as unknown as string])
      expect(await tokens.holderOf(token)).toBeUndefined();
  });

  test("a member's tokens are theirs to list alone, newest first", async () => {
    const first = await tokens.create({ actor: ann, name: "first", scope: "read" });
    world.clock.advance(60_000);
    const second = await tokens.create({ actor: ann, name: "second", scope: "read-write" });
    expect((await tokens.tokensOf(ann, ann))?.map((token) => token.id)).toEqual([
      second.token.id,
      first.token.id,
    ]);
    expect(await tokens.tokensOf(ann, bob)).toBeNull();
    expect(await tokens.tokensOf(ann, undefined)).toBeNull();
  });

  test("a name must be given, on one line, 60 characters at most; the scope read or read-write", async () => {
    for (const name of ["", "   ", "x".repeat(61), "two\nlines", 7])
      await expect(tokens.create({ actor: ann, name, scope: "read" })).rejects.toThrow(InvalidApiToken);
    await expect(tokens.create({ actor: ann, name: "x", scope: "admin" })).rejects.toThrow(InvalidApiToken);
    expect(await tokens.tokensOf(ann, ann)).toEqual([]);
  });

  test("20 tokens at most are in use", async () => {
    for (let n = 0; n < 20; n++) await tokens.create({ actor: ann, name: `script ${n}`, scope: "read" });
    await expect(tokens.create({ actor: ann, name: "one more", scope: "read" })).rejects.toThrow(
      TooManyApiTokens,
    );
  });
});

describe("revoking", () => {
  test("a revoked token stops speaking for its member at once, and leaves the list", async () => {
    const { token, secret } = await tokens.create({ actor: ann, name: "old", scope: "read" });
    await tokens.revoke({ actor: ann, tokenId: token.id });
    expect(await tokens.holderOf(secret)).toBeUndefined();
    expect(await tokens.tokensOf(ann, ann)).toEqual([]);
    await expect(tokens.revoke({ actor: ann, tokenId: token.id })).rejects.toThrow(ApiTokenNotFound);
  });

  test("no one revokes another member's token", async () => {
    const { token, secret } = await tokens.create({ actor: ann, name: "ann's", scope: "read" });
    await expect(tokens.revoke({ actor: bob, tokenId: token.id })).rejects.toThrow(ApiTokenNotFound);
    await expect(tokens.revoke({ actor: bob, tokenId: "not-an-id" })).rejects.toThrow(ApiTokenNotFound);
    expect(await tokens.holderOf(secret)).toMatchObject({ memberId: ann });
  });

  test("erasing a member removes every token of theirs, and no new one can be made", async () => {
    const { secret } = await tokens.create({ actor: ann, name: "export", scope: "read" });
    const kept = await tokens.create({ actor: bob, name: "bob's", scope: "read" });
    await members.erase({ memberId: ann, actor: ann });
    expect(await tokens.holderOf(secret)).toBeUndefined();
    expect(await tokens.holderOf(kept.secret)).toMatchObject({ memberId: bob });
    await expect(tokens.create({ actor: ann, name: "after", scope: "read" })).rejects.toThrow();
  });
});
