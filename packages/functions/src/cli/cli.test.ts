import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { eventCatalog } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import {
  AccountClosed,
  AccountOpened,
  accountsProjection,
  Deposited,
  Withdrawn,
} from "@meetstream/core/testing/ledger";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openLocalStores } from "../stores/local-stores";
import { rebuildOffline } from "./rebuild";
import { formatStatistics } from "./statistics";

const ledgerTypes = [AccountOpened, Deposited, Withdrawn, AccountClosed];
const meta = () => ({
  actor: "tester",
  occurredAt: "2026-01-01T00:00:00.000Z",
  correlationId: newId(),
  causationId: null,
});

describe("the CLI", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "meetstream-cli-"));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test("rebuild folds every stream of the data folder into documents and stats reports them", async () => {
    const stores = openLocalStores(folder, eventCatalog(...ledgerTypes));
    for (const account of [1, 2, 3]) {
      await stores.events.append(
        `account-${account}`,
        [
          { id: newId(), ...AccountOpened({ owner: "ann" }), meta: meta() },
          { id: newId(), ...Deposited({ amount: account * 10, memo: "" }), meta: meta() },
        ],
        { expectedVersion: "no stream" },
      );
    }
    const progress: string[] = [];
    const output = new Writable({
      write(chunk, _encoding, done) {
        progress.push(String(chunk));
        done();
      },
    }) as unknown as NodeJS.WriteStream;

    const result = await rebuildOffline({
      database: stores.database,
      events: stores.events,
      documents: stores.documents,
      projections: [accountsProjection],
      output,
    });

    expect(result).toMatchObject({ streamsDone: 3, streamsTotal: 3, eventsDone: 6 });
    expect(await stores.documents.get({ partition: "account-2", sort: "summary" })).toMatchObject({
      version: 2,
      body: { owner: "ann", balance: 20 },
    });
    const report = formatStatistics(folder, stores);
    expect(report).toMatch(/events\s+6 in 3 streams, last position 6/);
    expect(report).toMatch(/AccountOpened\s+3/);
    expect(report).toMatch(/documents\s+9 /);
    stores.close();
  });

  test("rebuild writes nothing until it is done: another connection, as a running host's, reads the documents as they were and cannot write", async () => {
    const stores = openLocalStores(folder, eventCatalog(...ledgerTypes));
    const host = openLocalStores(folder, eventCatalog(...ledgerTypes));
    host.database.pragma("busy_timeout = 0");
    try {
      for (const account of [1, 2]) {
        await stores.events.append(
          `account-${account}`,
          [{ id: newId(), ...AccountOpened({ owner: "ann" }), meta: meta() }],
          { expectedVersion: "no stream" },
        );
      }
      const seenMeanwhile: unknown[] = [];
      const output = new Writable({ write: (_chunk, _encoding, done) => done() });
      await rebuildOffline({
        database: stores.database,
        events: stores.events,
        documents: {
          ...stores.documents,
          // The second batch is written once the first is: by then the host would see it, if it could.
          overwriteMany: async (changes) => {
            await stores.documents.overwriteMany(changes);
            seenMeanwhile.push(await host.documents.get({ partition: "account-1", sort: "summary" }));
            await expect(
              host.events.append(
                "account-3",
                [{ id: newId(), ...AccountOpened({ owner: "bob" }), meta: meta() }],
                {
                  expectedVersion: "no stream",
                },
              ),
            ).rejects.toMatchObject({ code: "SQLITE_BUSY" });
          },
        },
        projections: [accountsProjection],
        output: output as unknown as NodeJS.WriteStream,
      });
      expect(seenMeanwhile.length).toBeGreaterThan(0);
      expect(seenMeanwhile.every((document) => document === undefined)).toBe(true);
      expect(await host.documents.get({ partition: "account-1", sort: "summary" })).toMatchObject({
        body: { owner: "ann" },
      });
    } finally {
      host.close();
      stores.close();
    }
  });

  test("a rebuild that fails leaves the documents as they were", async () => {
    const stores = openLocalStores(folder, eventCatalog(...ledgerTypes));
    try {
      await stores.events.append(
        "account-1",
        [{ id: newId(), ...AccountOpened({ owner: "ann" }), meta: meta() }],
        { expectedVersion: "no stream" },
      );
      const output = new Writable({ write: (_chunk, _encoding, done) => done() });
      let batches = 0;
      // The batch is written, and then the disk fills up.
      await expect(
        rebuildOffline({
          database: stores.database,
          events: stores.events,
          documents: {
            ...stores.documents,
            overwriteMany: async (changes) => {
              await stores.documents.overwriteMany(changes);
              batches++;
              throw new Error("the disk is full");
            },
          },
          projections: [accountsProjection],
          output: output as unknown as NodeJS.WriteStream,
        }),
      ).rejects.toThrow("the disk is full");
      expect(batches).toBe(1);
      expect((await stores.documents.scan()).documents).toEqual([]);
    } finally {
      stores.close();
    }
  });

  test("`pnpm cli stats` reads a data folder given with --data, and an unknown command is refused", () => {
    const main = join(import.meta.dirname, "main.ts");
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ["--import", "tsx", main, ...args], { encoding: "utf8", stdio: "pipe" });
    expect(run("stats", "--data", folder)).toContain(`data folder   ${folder}`);
    expect(() => run("explode", "--data", folder)).toThrow(/unknown command "explode"/);
  });
});
