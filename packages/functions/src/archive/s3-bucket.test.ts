import { afterAll, beforeAll, expect, test } from "vitest";
import { type LocalS3, startS3rver } from "../testing/s3rver";
import { s3Bucket } from "./s3-bucket";

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startS3rver(["archive"]);
});
afterAll(() => s3.stop());

test("an S3 archive lists its keys in order under its prefix, and a write replaces the object", async () => {
  const bucket = s3Bucket({ client: s3.client, bucketName: "archive", prefix: "backups/one/" });
  await bucket.write("events/2026/11/26/b.ndjson", "first\n");
  await bucket.write("events/2026/11/25/a.ndjson", "a\n");
  await bucket.write("events/2026/11/26/b.ndjson", "second\n");
  await s3Bucket({ client: s3.client, bucketName: "archive" }).write("events/elsewhere.ndjson", "x\n");
  const keys: string[] = [];
  for await (const key of bucket.list("events/")) keys.push(key);
  expect(keys).toEqual(["events/2026/11/25/a.ndjson", "events/2026/11/26/b.ndjson"]);
  expect(await bucket.read("events/2026/11/26/b.ndjson")).toBe("second\n");
});
