import { describe, expect, test } from "vitest";
import type { ArchiveBucket } from "./archive-bucket";
import { inKeyOrder } from "./objects-in-key-order";

/** A bucket whose reads finish in the reverse order they were started, and whose `failing` key cannot be read. */
function bucketOf(texts: Record<string, string>, failing?: string) {
  const started: string[] = [];
  const bucket: ArchiveBucket = {
    write: async () => {},
    list: async function* () {},
    read: async (key) => {
      started.push(key);
      await new Promise((resolve) => setTimeout(resolve, 10 * (10 - started.length)));
      if (key === failing) throw new Error(`cannot read ${key}`);
      return texts[key] ?? "";
    },
  };
  return { bucket, started };
}

describe("archive objects read in key order", () => {
  test("gives each object's text in key order, reading only so many ahead", async () => {
    const { bucket, started } = bucketOf({ a: "1", b: "2", c: "3", d: "4" });
    const read: string[] = [];
    for await (const [key, text] of inKeyOrder(bucket, ["a", "b", "c", "d"], 2)) {
      read.push(`${key}=${text}`);
      if (key === "a") expect(started).toEqual(["a", "b", "c"]);
    }
    expect(read).toEqual(["a=1", "b=2", "c=3", "d=4"]);
  });

  test("throws a failed read where its object comes, after the objects before it", async () => {
    const { bucket } = bucketOf({ a: "1", b: "2", c: "3" }, "b");
    const read: string[] = [];
    await expect(
      (async () => {
        for await (const [key] of inKeyOrder(bucket, ["a", "b", "c"], 3)) read.push(key);
      })(),
    ).rejects.toThrow("cannot read b");
    expect(read).toEqual(["a"]);
  });
});
