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
import { rebuild } from "./rebuild";
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

    const result = await rebuild({
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

  test("`pnpm cli stats` reads a data folder given with --data, and an unknown command is refused", () => {
    const main = join(import.meta.dirname, "main.ts");
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ["--import", "tsx", main, ...args], { encoding: "utf8", stdio: "pipe" });
    expect(run("stats", "--data", folder)).toContain(`data folder   ${folder}`);
    expect(() => run("explode", "--data", folder)).toThrow(/unknown command "explode"/);
  });
});
