import { fixedClock } from "@meetstream/core/clock/clock";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { describe, expect, test } from "vitest";
import { sqliteAuthStorage } from "./sqlite-storage";

const open = () => {
  const clock = fixedClock("2026-03-01T10:00:00Z");
  return { clock, storage: sqliteAuthStorage(openDatabase(":memory:"), { clock }) };
};

const scanned = async (iterable: AsyncIterable<[string[], unknown]>) => {
  const entries: [string[], unknown][] = [];
  for await (const entry of iterable) entries.push(entry);
  return entries;
};

describe("SQLite storage for OpenAuth", () => {
  test("gives back what was set, and nothing once removed", async () => {
    const { storage } = open();
    await storage.set(["oauth:code", "abc"], { subject: "member:1", pkce: { method: "S256" } });
    expect(await storage.get(["oauth:code", "abc"])).toEqual({
      subject: "member:1",
      pkce: { method: "S256" },
    });

    await storage.remove(["oauth:code", "abc"]);
    expect(await storage.get(["oauth:code", "abc"])).toBeUndefined();
  });

  test("a value is gone once it expires", async () => {
    const { storage, clock } = open();
    await storage.set(["oauth:code", "abc"], { n: 1 }, new Date(clock.now().getTime() + 60_000));
    clock.advance(59_999);
    expect(await storage.get(["oauth:code", "abc"])).toEqual({ n: 1 });
    clock.advance(1);
    expect(await storage.get(["oauth:code", "abc"])).toBeUndefined();
    expect(await scanned(storage.scan(["oauth:code"]))).toEqual([]);
  });

  test("setting a key again replaces its value and its expiry", async () => {
    const { storage, clock } = open();
    await storage.set(["k", "1"], { n: 1 }, new Date(clock.now().getTime() + 1000));
    await storage.set(["k", "1"], { n: 2 });
    clock.advance(5000);
    expect(await storage.get(["k", "1"])).toEqual({ n: 2 });
  });

  test("a scan returns the keys under a prefix, part by part, and no key that merely starts alike", async () => {
    const { storage } = open();
    await storage.set(["oauth:refresh", "member:1", "a"], { n: 1 });
    await storage.set(["oauth:refresh", "member:1", "b"], { n: 2 });
    await storage.set(["oauth:refresh", "member:10", "c"], { n: 3 });
    await storage.set(["oauth:refreshing", "x"], { n: 4 });

    expect(await scanned(storage.scan(["oauth:refresh", "member:1"]))).toEqual([
      [["oauth:refresh", "member:1", "a"], { n: 1 }],
      [["oauth:refresh", "member:1", "b"], { n: 2 }],
    ]);
    expect((await scanned(storage.scan(["oauth:refresh"]))).length).toBe(3);
  });

  test("keys removed while a scan runs do not disturb it", async () => {
    const { storage } = open();
    for (const id of ["a", "b", "c"]) await storage.set(["signing:key", id], { id });
    const seen: string[] = [];
    for await (const [key] of storage.scan(["signing:key"])) {
      seen.push(key[1] as string);
      await storage.remove(key);
    }
    expect(seen).toEqual(["a", "b", "c"]);
  });
});
