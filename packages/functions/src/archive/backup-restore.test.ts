import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArchiveBucket } from "@meetstream/core/archive";
import { EventStoreNotEmpty, folderBucket, restoreEvents } from "@meetstream/core/archive";
import { fixedClock } from "@meetstream/core/clock/clock";
import type { DocumentStore } from "@meetstream/core/documents";
import { dynamoDocumentStore } from "@meetstream/core/documents";
import { createEventTable, dynamoEventStore } from "@meetstream/core/eventstore";
import {
  allKeys,
  dynamoKeyStore,
  KeyBackupMissing,
  KeyBackupNotAuthentic,
  type KeyStore,
  personalDataStore,
} from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { memberModule, memberProfileKey } from "@meetstream/core/member";
import { visibleDocuments } from "@meetstream/core/projection/visible-documents";
import { type LocalDynamo, startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import { insertRecordsOfTable } from "@meetstream/core/testing/event-table-stream";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { catalog } from "../cli/cli-stores";
import { exportArchive } from "../cli/export";
import { rebuild } from "../cli/rebuild";
import { restoreArchive } from "../cli/restore";
import { decodeGlobalId } from "../graphql/relay";
import { createArchiverHandler } from "../lambda/archiver-handler";
import { openLocalStores } from "../stores/local-stores";
import { localSecrets, secretsFile } from "../stores/secrets";
import { cliOnTables } from "../testing/cli-process";
import { createTables, tableNames } from "../testing/dynamo-tables";
import { graphqlRequest } from "../testing/graphql-request";
import { lambdaContext } from "../testing/lambda-context";
import { type LocalS3, startS3rver } from "../testing/s3rver";
import { signIn } from "../testing/sign-in";
import { removeDataFolder, silentLogger, startTestHost, temporaryDataFolder } from "../testing/test-host";
import { s3Bucket } from "./s3-bucket";

const quiet = { write: () => true } as unknown as NodeJS.WriteStream;
/** Erased before the key backup is taken (T1), and after it. */
const erasedBeforeEmail = "daan@example.org";
const erasedAfterEmail = "emma@example.org";
const backupSecret = "drill: 7f3Kq9-Vx2Lm8Tr1Wp6Yb4Nd0Hs5Jc";

const main = join(import.meta.dirname, "../cli/main.ts");
/** `pnpm cli …` as a child process, with the backup secret in its environment; throws on a non-zero exit. */
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ["--import", "tsx", main, ...args], {
    encoding: "utf8",
    stdio: "pipe",
    env: { ...process.env, MEETSTREAM_BACKUP_SECRET: backupSecret },
  });

/**
 * `pnpm cli …` on DynamoDB tables and S3 buckets, as an operator runs it against AWS. Not waited for
 * synchronously: dynalite and s3rver answer from this very process.
 */
const cliOnAws = (tables: { events: string; documents: string; keys: string }, ...args: string[]) =>
  cliOnTables({
    tables,
    dynamodbEndpoint: dynamo.endpoint,
    args: [...args, "--s3-endpoint", s3.endpoint],
    env: {
      MEETSTREAM_BACKUP_SECRET: backupSecret,
      AWS_ACCESS_KEY_ID: "S3RVER",
      AWS_SECRET_ACCESS_KEY: "S3RVER",
      // s3rver predates the checksums newer SDKs add to every request by default.
      AWS_REQUEST_CHECKSUM_CALCULATION: "WHEN_REQUIRED",
      AWS_RESPONSE_CHECKSUM_VALIDATION: "WHEN_REQUIRED",
    },
  });

let s3: LocalS3;
let dynamo: LocalDynamo;
/** The live data folder, as the disaster finds it. */
let folder: string;
/** Apart from the data folder: archives, key backups. */
let backups: string;
let before: string[];
let eventCount: number;
let erasedBefore: string;
let erasedAfter: string;
/** The key backup `pnpm cli export` wrote at T1, between the two erasures, and the archive beside it. */
let keyBackupAtT1: string;
let archiveAtT1: string;
/** The archive of the whole log, written after both erasures. */
let archive: string;

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

async function keyHolders(keys: KeyStore): Promise<Set<string>> {
  const holders = new Set<string>();
  for await (const { subjectId } of allKeys(keys)) holders.add(subjectId);
  return holders;
}

async function profileOf(documents: DocumentStore, memberId: string) {
  return (await documents.get(memberProfileKey(memberId)))?.body as
    | { erased: boolean; handle: string | null; displayName: string }
    | undefined;
}

/** Signs in on the host as `email` and erases that member; their member id. */
async function erase(url: string, email: string): Promise<string> {
  const tokens = await signIn(url, email);
  const me = await graphqlRequest(url, "{ me { member { id } } }", { token: tokens.access });
  const { id: memberId } = decodeGlobalId((me.body.data as { me: { member: { id: string } } }).me.member.id);
  const erased = await graphqlRequest(url, "mutation { eraseMe { __typename } }", { token: tokens.access });
  expect(erased.body.data).toEqual({ eraseMe: { __typename: "EraseMeSuccess" } });
  return memberId;
}

beforeAll(async () => {
  [s3, dynamo] = await Promise.all([startS3rver(["archive", "keys"]), startDynalite()]);
  folder = temporaryDataFolder();
  backups = mkdtempSync(join(tmpdir(), "meetstream-backups-"));
  [keyBackupAtT1, archiveAtT1, archive] = ["keys-t1", "archive-t1", "archive"].map((name) =>
    join(backups, name),
  ) as [string, string, string];
  // The demo community, told through the real commands; one member erased, then the backup at T1 through
  // the CLI, then another member erased.
  let host = await startTestHost({ dataFolder: folder, seedDemo: true });
  try {
    erasedBefore = await erase(host.url, erasedBeforeEmail);
  } finally {
    await host.close();
  }
  expect(cli("export", "--data", folder, "--archive", archiveAtT1, "--key-backup", keyBackupAtT1)).toMatch(
    /backed up \d+ keys and the data folder's email secret to /,
  );
  host = await startTestHost({ dataFolder: folder, seedDemo: true });
  try {
    erasedAfter = await erase(host.url, erasedAfterEmail);
  } finally {
    await host.close();
  }
  expect(cli("export", "--data", folder, "--archive", archive, "--without-keys")).toMatch(
    /wrote no key backup/,
  );

  const stores = openLocalStores(folder, catalog);
  before = await everyDocument(stores.documents);
  eventCount = (await stores.events.lastPosition()) as number;
  expect((await profileOf(stores.documents, erasedBefore))?.erased).toBe(true);
  expect((await profileOf(stores.documents, erasedAfter))?.erased).toBe(true);
  stores.close();
}, 180_000);

afterAll(async () => {
  await Promise.all([s3?.stop(), dynamo?.stop()]);
  removeDataFolder(folder);
  rmSync(backups, { recursive: true, force: true });
});

describe("the backup and restore drill on a data folder", () => {
  test("a fresh data folder, the archive and the key backup of T1: every document as it was, both erased members erased", async () => {
    const fresh = temporaryDataFolder();
    // A new host's folder: secrets of its own, no keys.
    localSecrets(fresh);
    const stores = openLocalStores(fresh, catalog);
    try {
      const { restored, keys } = await restoreArchive({
        ...stores,
        bucket: folderBucket(archive),
        catalog,
        keyBackup: { text: readFileSync(keyBackupAtT1, "utf8"), secret: backupSecret },
        output: quiet,
      });
      expect(restored.eventsDone).toBe(eventCount);
      // The member erased after T1 had a key in the backup: the restore deleted it again.
      expect(keys).toMatchObject({ erasedAgain: 1, membersWithoutKey: 0 });
      expect(keys.restored).toBeGreaterThan(20);

      const after = await everyDocument(stores.documents);
      expect(after).toHaveLength(before.length);
      expect(after).toEqual(before);
      expect(after.join("\n")).toContain("Lucas Jansen");
      for (const memberId of [erasedBefore, erasedAfter]) {
        expect(await profileOf(stores.documents, memberId)).toMatchObject({ erased: true, handle: null });
        expect(await stores.keys.get(memberId)).toBeUndefined();
      }
      const holders = await keyHolders(stores.keys);
      expect(holders.size).toBe(keys.restored);
    } finally {
      stores.close();
      removeDataFolder(fresh);
    }
  });

  test("without the key backup the restore refuses and writes nothing", async () => {
    const fresh = temporaryDataFolder();
    const stores = openLocalStores(fresh, catalog);
    try {
      await expect(
        restoreArchive({ ...stores, bucket: folderBucket(archive), catalog, output: quiet }),
      ).rejects.toBeInstanceOf(KeyBackupMissing);
      expect(await stores.events.lastPosition()).toBe(0);
    } finally {
      stores.close();
      removeDataFolder(fresh);
    }
  });

  test("a wrong backup secret, or a key backup changed by one character, is refused before anything is written", async () => {
    const text = readFileSync(keyBackupAtT1, "utf8");
    const [header = "", sealed = ""] = text.split("\n");
    const changed = `${header}\n${sealed.slice(0, 40)}${sealed[40] === "A" ? "B" : "A"}${sealed.slice(41)}\n`;
    for (const keyBackup of [
      { text, secret: `${backupSecret}!` },
      { text: changed, secret: backupSecret },
    ]) {
      const fresh = temporaryDataFolder();
      const stores = openLocalStores(fresh, catalog);
      try {
        await expect(
          restoreArchive({ ...stores, bucket: folderBucket(archive), catalog, keyBackup, output: quiet }),
        ).rejects.toBeInstanceOf(KeyBackupNotAuthentic);
        expect(await stores.events.lastPosition()).toBe(0);
        expect(await keyHolders(stores.keys)).toEqual(new Set());
      } finally {
        stores.close();
        removeDataFolder(fresh);
      }
    }
  });

  test("with --without-keys the restore goes on, and says how many members read as erased", async () => {
    const fresh = temporaryDataFolder();
    const stores = openLocalStores(fresh, catalog);
    try {
      const { keys } = await restoreArchive({
        ...stores,
        bucket: folderBucket(archive),
        catalog,
        withoutKeys: true,
        output: quiet,
      });
      const live = openLocalStores(folder, catalog);
      const liveMembers = (await keyHolders(live.keys)).size;
      live.close();
      expect(keys).toEqual({ restored: 0, erasedAgain: 0, membersWithoutKey: liveMembers });
      expect(liveMembers).toBeGreaterThan(20);
      expect(await everyDocument(stores.documents)).not.toEqual(before);
    } finally {
      stores.close();
      removeDataFolder(fresh);
    }
  });

  test("a restore into a store that is not empty is refused and changes nothing", async () => {
    const stores = openLocalStores(folder, catalog);
    try {
      const position = await stores.events.lastPosition();
      await expect(
        restoreArchive({
          ...stores,
          bucket: folderBucket(archive),
          catalog,
          keyBackup: { text: readFileSync(keyBackupAtT1, "utf8"), secret: backupSecret },
          output: quiet,
        }),
      ).rejects.toThrow(EventStoreNotEmpty);
      expect(await stores.events.lastPosition()).toBe(position);
      expect(await everyDocument(stores.documents)).toEqual(before);
    } finally {
      stores.close();
    }
  });

  test("`pnpm cli restore` into a fresh folder with the archive and the key backup of T1 brings back everyone, and the email secret", async () => {
    const fresh = join(backups, "fresh-cli");
    try {
      expect(() => cli("restore", "--data", fresh, "--archive", archive)).toThrow(
        /restore needs the key backup taken with the archive/,
      );
      const refused = spawnSync(
        process.execPath,
        ["--import", "tsx", main, "restore", "--data", fresh, "--archive", archive],
        {
          encoding: "utf8",
        },
      );
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/give --key-backup <file \| s3:\/\/bucket\/key>.*--without-keys/s);

      const output = cli("restore", "--data", fresh, "--archive", archive, "--key-backup", keyBackupAtT1);
      expect(output).toMatch(new RegExp(`restored ${eventCount} events of \\d+ streams`));
      expect(output).toMatch(
        /put back \d+ keys from the key backup taken at \S+; deleted again the keys of 1 members erased since/,
      );
      expect(output).toContain("put back the data folder's email secret");
      expect(output).not.toContain("warning");
      expect(readFileSync(secretsFile(fresh), "utf8")).toEqual(readFileSync(secretsFile(folder), "utf8"));
      const stores = openLocalStores(fresh, catalog);
      try {
        expect(await everyDocument(stores.documents)).toEqual(before);
      } finally {
        stores.close();
      }

      // --resume goes on with the same archive and key backup: nothing left to append, nothing changed.
      expect(
        cli("restore", "--data", fresh, "--archive", archive, "--key-backup", keyBackupAtT1, "--resume"),
      ).toMatch(new RegExp(`restored ${eventCount} events of \\d+ streams`));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  test("`pnpm cli restore --without-keys` says how many members read as erased", () => {
    const fresh = join(backups, "fresh-cli-without-keys");
    try {
      expect(cli("restore", "--data", fresh, "--archive", archive, "--without-keys")).toMatch(
        /restored without keys \(--without-keys\): the personal data of \d+ members reads as erased/,
      );
      expect(existsSync(secretsFile(fresh))).toBe(false);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  test("`pnpm cli export` refuses to run without a key backup or --without-keys, and a key backup inside the archive", () => {
    const refused = spawnSync(
      process.execPath,
      ["--import", "tsx", main, "export", "--data", folder, "--archive", join(backups, "refused")],
      {
        encoding: "utf8",
      },
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/export writes the archive and a key backup/);
    expect(() =>
      cli(
        "export",
        "--data",
        folder,
        "--archive",
        join(backups, "inside"),
        "--key-backup",
        join(backups, "inside", "keys"),
      ),
    ).toThrow(/is inside the archive/);
    expect(existsSync(join(backups, "refused"))).toBe(false);
    expect(existsSync(join(backups, "inside"))).toBe(false);
  });
});

/** Event, document and key tables, as on AWS, on dynalite. */
async function dynamoTables() {
  const names = tableNames("events", "documents", "keys");
  await createTables(dynamo.client, names);
  return {
    names,
    events: dynamoEventStore({ client: dynamo.client, tableName: names.events, catalog }),
    documents: dynamoDocumentStore({ client: dynamo.client, tableName: names.documents }),
    keys: dynamoKeyStore({ client: dynamo.client, tableName: names.keys }),
  };
}

describe("the backup and restore drill on S3 and DynamoDB", () => {
  test("the Keys table backed up to S3 at T1, a member erased after, the tables lost: a restore into fresh tables brings back everyone but the erased", async () => {
    // The deployment at T1: its tables hold what the data folder held then.
    const live = await dynamoTables();
    await restoreArchive({
      ...live,
      bucket: folderBucket(archiveAtT1),
      catalog,
      keyBackup: { text: readFileSync(keyBackupAtT1, "utf8"), secret: backupSecret },
      output: quiet,
    });
    // `pnpm cli export` reads the Keys table into a key backup in S3, apart from the archive.
    const keyBackupInS3 = "s3://keys/meetstream/keys-t1";
    expect(
      await cliOnAws(
        live.names,
        "export",
        "--archive",
        "s3://archive/aws-t1/",
        "--key-backup",
        keyBackupInS3,
      ),
    ).toMatch(new RegExp(`backed up ${(await keyHolders(live.keys)).size} keys to ${keyBackupInS3}`));

    // After T1: a member erased through the member module on the tables, then the projector's work.
    const members = memberModule({
      store: personalDataStore(live.events, live.keys, meetstreamEventTypes),
      documents: live.documents,
      keys: live.keys,
      clock: fixedClock("2026-12-01T12:00:00.000Z"),
      emailSecret: localSecrets(folder).emailSecret,
    });
    const { memberId: erasedOnAws } = await members.signIn(erasedAfterEmail);
    expect(erasedOnAws).toBe(erasedAfter);
    await members.erase({ memberId: erasedOnAws, actor: erasedOnAws });
    await rebuild({
      events: personalDataStore(live.events, live.keys, meetstreamEventTypes),
      documents: live.documents,
      projections: meetstreamProjections,
      output: quiet,
    });
    const beforeOnAws = await everyDocument(live.documents);
    expect((await profileOf(live.documents, erasedAfter))?.erased).toBe(true);

    // The archive in S3, then the disaster: fresh tables.
    const bucket = s3Bucket({ client: s3.client, bucketName: "archive", prefix: "aws/" });
    await exportArchive({ events: live.events, bucket, output: quiet });
    const fresh = await dynamoTables();
    await expect(restoreArchive({ ...fresh, bucket, catalog, output: quiet })).rejects.toBeInstanceOf(
      KeyBackupMissing,
    );
    expect((await fresh.events.listStreams({ limit: 1 })).streamIds).toEqual([]);

    const restored = await cliOnAws(
      fresh.names,
      "restore",
      "--archive",
      "s3://archive/aws/",
      "--key-backup",
      keyBackupInS3,
    );
    expect(restored).toMatch(/deleted again the keys of 1 members erased since/);
    expect(restored).not.toContain("warning");
    const after = await everyDocument(fresh.documents);
    expect(after).toEqual(beforeOnAws);
    expect(after.join("\n")).toContain("Lucas Jansen");
    for (const memberId of [erasedBefore, erasedAfter]) {
      expect(await profileOf(fresh.documents, memberId)).toMatchObject({ erased: true, handle: null });
      expect(await fresh.keys.get(memberId)).toBeUndefined();
    }
    expect(await keyHolders(fresh.keys)).toEqual(await keyHolders(live.keys));
  });

  test("the archiver's objects, from the DynamoDB event table's stream, restore the same documents", async () => {
    // The log in a DynamoDB event table, as on AWS, and each of its commits through the archiver.
    const tableName = uniqueTableName("events");
    await createEventTable(dynamo.client, tableName);
    const table = dynamoEventStore({ client: dynamo.client, tableName, catalog });
    await restoreEvents({ bucket: folderBucket(archive), store: table, catalog });
    const records = await insertRecordsOfTable(dynamo, tableName);
    const bucket = s3Bucket({ client: s3.client, bucketName: "archive", prefix: "archiver/" });
    const handler = createArchiverHandler({ bucket, logger: silentLogger() });
    for (let start = 0; start < records.length; start += 100) {
      const batch = { Records: records.slice(start, start + 100) } as unknown as DynamoDBStreamEvent;
      expect(await handler(batch, lambdaContext("archiver"))).toEqual({ batchItemFailures: [] });
    }
    const archived = await everyObject(bucket);
    expect(archived.trim().split("\n")).toHaveLength(eventCount);
    // Personal data stays sealed in the archive: no addresses, no names from profiles.
    for (const plaintext of ["@example.org", "Lucas Jansen"]) expect(archived).not.toContain(plaintext);

    const fresh = temporaryDataFolder();
    const stores = openLocalStores(fresh, catalog);
    try {
      await restoreArchive({
        ...stores,
        bucket,
        catalog,
        keyBackup: { text: readFileSync(keyBackupAtT1, "utf8"), secret: backupSecret },
        output: quiet,
      });
      expect(await everyDocument(stores.documents)).toEqual(before);
    } finally {
      stores.close();
      removeDataFolder(fresh);
    }
  });
});

test("a key backup file is a sealed key backup, readable by its owner only", () => {
  expect(readFileSync(keyBackupAtT1, "utf8")).toMatch(/^\{"format":"meetstream-key-backup","version":1,/);
  expect(statSync(keyBackupAtT1).mode & 0o777).toBe(0o600);
});
