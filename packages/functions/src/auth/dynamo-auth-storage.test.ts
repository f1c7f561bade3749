import { type LocalDynamo, startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import { DynamoStorage } from "@openauthjs/openauth/storage/dynamo";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createAuthStorageTable, dynamoAuthStorage } from "./dynamo-auth-storage";

let dynamo: LocalDynamo;
let ours: StorageAdapter;
let openAuths: StorageAdapter;

beforeAll(async () => {
  dynamo = await startDynalite();
  const tableName = uniqueTableName("auth");
  await createAuthStorageTable(dynamo.client, tableName);
  // OpenAuth's DynamoStorage signs its own requests with the credentials Lambda puts in the environment.
  vi.stubEnv("AWS_ACCESS_KEY_ID", "local");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "local");
  vi.stubEnv("AWS_REGION", "local");
  ours = dynamoAuthStorage({ client: dynamo.client, tableName });
  openAuths = DynamoStorage({ table: tableName, endpoint: dynamo.endpoint });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await dynamo.stop();
});

const scanned = async (iterable: AsyncIterable<[string[], unknown]>) => {
  const entries: [string[], unknown][] = [];
  for await (const entry of iterable) entries.push(entry);
  return entries.sort(([first], [second]) => first.join().localeCompare(second.join()));
};

describe("OpenAuth's storage on DynamoDB, read consistently", () => {
  test("each reads what the other wrote: keys of two, three and four parts, scans and removals", async () => {
    const pairs: [StorageAdapter, StorageAdapter][] = [
      [ours, openAuths],
      [openAuths, ours],
    ];
    for (const [index, [writer, reader]] of pairs.entries()) {
      const run = `run-${index}`;
      await writer.set(["signing:key", run], { id: run });
      await writer.set(["oauth:refresh", `member:${run}`, "a"], { n: 1 });
      await writer.set(["oauth:refresh", `member:${run}`, "b", "c"], { n: 2 }, new Date(Date.now() + 60_000));

      expect(await reader.get(["signing:key", run])).toEqual({ id: run });
      expect(await reader.get(["oauth:refresh", `member:${run}`, "b", "c"])).toEqual({ n: 2 });
      expect(await scanned(reader.scan(["oauth:refresh", `member:${run}`]))).toEqual(
        await scanned(writer.scan(["oauth:refresh", `member:${run}`])),
      );
      expect((await scanned(reader.scan(["oauth:refresh", `member:${run}`]))).length).toBe(2);

      await reader.remove(["oauth:refresh", `member:${run}`, "a"]);
      expect(await writer.get(["oauth:refresh", `member:${run}`, "a"])).toBeUndefined();
    }
  });

  test("an item past its expiry reads as gone before DynamoDB's TTL deletes it", async () => {
    await ours.set(["oauth:code", "old"], { n: 1 }, new Date(Date.now() - 5_000));
    expect(await ours.get(["oauth:code", "old"])).toBeUndefined();
    expect(await openAuths.get(["oauth:code", "old"])).toBeUndefined();
    expect(await scanned(ours.scan(["oauth:code"]))).toEqual([]);
  });

  test("a scan reads every page", async () => {
    const big = "x".repeat(50_000);
    await Promise.all(
      Array.from({ length: 30 }, (_, index) => ours.set(["paged", "p", String(index)], { big })),
    );
    expect((await scanned(ours.scan(["paged", "p"]))).length).toBe(30);
  });
});
