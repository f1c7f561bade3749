import { fixedClock } from "@meetstream/core/clock/clock";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { type LocalDynamo, startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAuthStorageTable, dynamoAuthStorage } from "./dynamo-auth-storage";
import { rateLimit } from "./rate-limit";
import { sqliteAuthStorage } from "./sqlite-storage";

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.stop());

const fiveAnHour = { name: "test-limit", limit: 5, windowSeconds: 60 * 60 };

const storages: [string, (clock: ReturnType<typeof fixedClock>) => Promise<StorageAdapter>][] = [
  ["SQLite", async (clock) => sqliteAuthStorage(openDatabase(":memory:"), { clock })],
  [
    "DynamoDB (dynalite)",
    async () => {
      const tableName = uniqueTableName("auth");
      await createAuthStorageTable(dynamo.client, tableName);
      return dynamoAuthStorage({ client: dynamo.client, tableName });
    },
  ],
];

describe.each(storages)("a rate limit on %s storage", (_name, open) => {
  const opened = async () => {
    // Near the real time: DynamoDB items expire by the real clock, the limit's window by this one.
    const clock = fixedClock(new Date());
    return { clock, storage: await open(clock) };
  };

  test("admits attempts up to the limit, then refuses until the oldest leaves the window", async () => {
    const { clock, storage } = await opened();
    const limit = rateLimit(storage, fiveAnHour, clock);
    for (let index = 0; index < 5; index++) {
      expect(await limit.take("ann@example.com")).toEqual({ allowed: true });
      clock.advance(60_000);
    }
    expect(await limit.take("ann@example.com")).toEqual({ allowed: false, retryAfterSeconds: 55 * 60 });
    expect(await limit.take("bob@example.com")).toEqual({ allowed: true });

    clock.advance(55 * 60_000);
    expect(await limit.take("ann@example.com")).toEqual({ allowed: true });
    expect((await limit.take("ann@example.com")).allowed).toBe(false);
  });

  test("a burst of 30 concurrent attempts admits at most the limit, and keeps no refused one", async () => {
    const { clock, storage } = await opened();
    const limit = rateLimit(storage, fiveAnHour, clock);
    const verdicts = await Promise.all(Array.from({ length: 30 }, () => limit.take("burst@example.com")));
    const admitted = verdicts.filter((verdict) => verdict.allowed).length;

    expect(admitted).toBeLessThanOrEqual(5);
    expect((await limit.attempts("burst@example.com")).length).toBe(admitted);
    // Whatever the burst left, the limit still holds afterwards.
    for (let index = admitted; index < 5; index++)
      expect((await limit.take("burst@example.com")).allowed).toBe(true);
    expect((await limit.take("burst@example.com")).allowed).toBe(false);
  });

  test("recorded attempts count whatever the count, and check says when one more fits", async () => {
    const { clock, storage } = await opened();
    const limit = rateLimit(storage, { name: "wrong", limit: 3, windowSeconds: 600 }, clock);
    await Promise.all(
      Array.from({ length: 4 }, (_, index) => limit.record("cy@example.com", { code: `c${index % 2}` })),
    );
    expect((await limit.attempts("cy@example.com")).map((attempt) => attempt.detail.code).sort()).toEqual([
      "c0",
      "c0",
      "c1",
      "c1",
    ]);
    expect(await limit.check("cy@example.com")).toEqual({ allowed: false, retryAfterSeconds: 600 });
    clock.advance(600_000);
    expect(await limit.check("cy@example.com")).toEqual({ allowed: true });
  });

  test("the subject is stored hashed", async () => {
    const { clock, storage } = await opened();
    const limit = rateLimit(storage, fiveAnHour, clock);
    await limit.take("private@example.com");
    const stored = await limit.attempts("private@example.com");
    expect(stored.length).toBe(1);
    expect(JSON.stringify(stored)).not.toContain("private");
  });
});
