import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArchiveBucket } from "@meetstream/core/archive/archive-bucket";
import { EventStoreNotEmpty } from "@meetstream/core/archive/errors";
import { restoreEvents } from "@meetstream/core/archive/restore-events";
import type { DocumentStore } from "@meetstream/core/documents/document-store";
import { createEventTable, dynamoEventStore } from "@meetstream/core/eventstore/dynamodb";
import { visibleDocuments } from "@meetstream/core/projection/visible-documents";
import { type LocalDynamo, startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import { insertRecordsOfTable } from "@meetstream/core/testing/event-table-stream";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { catalog } from "../cli/cli-stores";
import { exportArchive } from "../cli/export";
import { restoreArchive } from "../cli/restore";
import { openLocalStores } from "../local/local-stores";
import { graphqlRequest } from "../testing/graphql-request";
import { lambdaContext } from "../testing/lambda-context";
import { type LocalS3, startS3rver } from "../testing/s3rver";
import { signIn } from "../testing/sign-in";
import { removeDataFolder, silentLogger, startTestHost, temporaryDataFolder } from "../testing/test-host";
import { createArchiverHandler } from "./archiver";
import { s3Bucket } from "./s3-bucket";

const quiet = { write: () => true } as unknown as NodeJS.WriteStream;
const erasedEmail = "daan@example.org";

let s3: LocalS3;
let dynamo: LocalDynamo;
let folder: string;
let before: string[];
let eventCount: number;

/**
 * Every document a reader can see, each as its exact JSON. Tombstones and the checkpoints' lists of
 * removals are left out: only a projection that folded a stream step by step leaves them, and a rebuild
 * folds each stream in one step (projection/projector.ts, `refold`).
 */
const everyDocument = async (documents: DocumentStore): Promise<string[]> =>
  (await visibleDocuments(documents)).map((document) => JSON.stringify(document));

async function everyObject(bucket: ArchiveBucket): Promise<string> {
  const texts: string[] = [];
  for await (const key of bucket.list("events/")) texts.push(await bucket.read(key));
  return texts.join("");
}

/** The disaster: the log and the documents are gone; the keys (never archived) are still there. */
function wipeEventsAndDocuments(stores: ReturnType<typeof openLocalStores>): void {
  stores.database.exec("DELETE FROM events; DELETE FROM documents;");
}

beforeAll(async () => {
  [s3, dynamo] = await Promise.all([startS3rver(["archive"]), startDynalite()]);
  folder = temporaryDataFolder();
  // The demo community, told through the real commands, then one of its members erased.
  const host = await startTestHost({ dataFolder: folder, seedDemo: true });
  try {
    const tokens = await signIn(host.url, erasedEmail);
    const erased = await graphqlRequest(host.url, "mutation { eraseMe { __typename } }", {
      token: tokens.access,
    });
    expect(erased.body.data).toEqual({ eraseMe: { __typename: "EraseMeSuccess" } });
  } finally {
    await host.close();
  }
  const stores = openLocalStores(folder, catalog);
  before = await everyDocument(stores.documents);
  eventCount = (await stores.events.lastPosition()) as number;
  stores.close();
}, 120_000);

afterAll(async () => {
  await Promise.all([s3.stop(), dynamo.stop()]);
  removeDataFolder(folder);
});

describe("the backup and restore drill", () => {
  test("export to S3, lose the log and the documents, restore: every document is as it was", async () => {
    const bucket = s3Bucket({ client: s3.client, bucketName: "archive", prefix: "export/" });
    const stores = openLocalStores(folder, catalog);
    try {
      const exported = await exportArchive({ events: stores.events, bucket, output: quiet });
      expect(exported.eventsDone).toBe(eventCount);
      const archive = await everyObject(bucket);
      expect(archive.trim().split("\n")).toHaveLength(eventCount);
      // Personal data stays sealed in the archive: no addresses, no names from profiles.
      for (const plaintext of ["@example.org", "Emma Visser"]) expect(archive).not.toContain(plaintext);

      wipeEventsAndDocuments(stores);
      expect(await everyDocument(stores.documents)).toEqual([]);
      const { restored } = await restoreArchive({ ...stores, bucket, catalog, output: quiet });
      expect(restored.eventsDone).toBe(eventCount);

      const after = await everyDocument(stores.documents);
      expect(after).toHaveLength(before.length);
      expect(after).toEqual(before);
      // The erased member's key is gone, so the restored log cannot bring them back.
      expect(after.filter((document) => document.includes('"erased":true'))).not.toEqual([]);
    } finally {
      stores.close();
    }
  });

  test("a restore into a store that is not empty is refused and changes nothing", async () => {
    const bucket = s3Bucket({ client: s3.client, bucketName: "archive", prefix: "export/" });
    const stores = openLocalStores(folder, catalog);
    try {
      const position = await stores.events.lastPosition();
      await expect(restoreArchive({ ...stores, bucket, catalog, output: quiet })).rejects.toThrow(
        EventStoreNotEmpty,
      );
      expect(await stores.events.lastPosition()).toBe(position);
      expect(await everyDocument(stores.documents)).toEqual(before);
    } finally {
      stores.close();
    }
  });

  test("the archiver's objects, from the DynamoDB event table's stream, restore the same documents", async () => {
    // The log in a DynamoDB event table, as on AWS, and each of its commits through the archiver.
    const tableName = uniqueTableName("events");
    await createEventTable(dynamo.client, tableName);
    const table = dynamoEventStore({ client: dynamo.client, tableName, catalog });
    await restoreEvents({
      bucket: s3Bucket({ client: s3.client, bucketName: "archive", prefix: "export/" }),
      store: table,
      catalog,
    });
    const records = await insertRecordsOfTable(dynamo, tableName);
    const bucket = s3Bucket({ client: s3.client, bucketName: "archive", prefix: "archiver/" });
    const handler = createArchiverHandler({ bucket, logger: silentLogger() });
    for (let start = 0; start < records.length; start += 100) {
      const batch = { Records: records.slice(start, start + 100) } as unknown as DynamoDBStreamEvent;
      expect(await handler(batch, lambdaContext("archiver"))).toEqual({ batchItemFailures: [] });
    }

    const stores = openLocalStores(folder, catalog);
    try {
      wipeEventsAndDocuments(stores);
      await restoreArchive({ ...stores, bucket, catalog, output: quiet });
      expect(await everyDocument(stores.documents)).toEqual(before);
    } finally {
      stores.close();
    }
  });

  test("`pnpm cli export` writes a folder archive, `pnpm cli restore` refuses a data folder that holds events, and `--resume` finds it whole", () => {
    const archive = mkdtempSync(join(tmpdir(), "meetstream-archive-"));
    try {
      const main = join(import.meta.dirname, "../cli/main.ts");
      const run = (...args: string[]) =>
        execFileSync(process.execPath, ["--import", "tsx", main, ...args], {
          encoding: "utf8",
          stdio: "pipe",
        });
      expect(run("export", "--data", folder, "--archive", archive)).toMatch(
        new RegExp(`exported ${eventCount} events of \\d+ streams`),
      );
      expect(() => run("restore", "--data", folder, "--archive", archive)).toThrow(
        /the event store is not empty/,
      );
      // The folder holds the very log the archive was made from: every stream is whole, nothing to append.
      expect(run("restore", "--data", folder, "--archive", archive, "--resume")).toMatch(
        new RegExp(`restored ${eventCount} events of \\d+ streams`),
      );
    } finally {
      rmSync(archive, { recursive: true, force: true });
    }
  });
});
