import { sqliteDocumentStore } from "@meetstream/core/documents";
import { sqliteEventStore } from "@meetstream/core/eventstore";
import { checkpointKey, projector } from "@meetstream/core/projection/projector";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { accountsProjection, deposit, ledgerCatalog, opened } from "@meetstream/core/testing/ledger";
import { expect, test } from "vitest";
import { sqliteProjectorPosition } from "../stores/projector-position";
import { refoldFoldedCheckpoints } from "./folded-checkpoints";

/** A store where account-1 was projected by the old projector (its checkpoint a folded state), account-2 by today's. */
async function world() {
  const database = openDatabase(":memory:");
  const store = sqliteEventStore(database, ledgerCatalog);
  const documents = sqliteDocumentStore(database);
  const accounts = projector({ store, documents, projections: [accountsProjection] });
  for (const account of ["account-1", "account-2"])
    await store.append(account, [opened("ann"), deposit(30)], { expectedVersion: "no stream" });
  await accounts.handle({ streamId: "account-2", version: 2 });
  const summaryKey = { partition: "account-1", sort: "summary" };
  await documents.put(
    { key: summaryKey, version: 2, body: { owner: "ann", balance: 30, deposits: 1 }, indexes: {} },
    { expectedVersion: "absent" },
  );
  await documents.put(
    {
      key: checkpointKey(accountsProjection, "account-1"),
      version: 2,
      body: { state: { owner: "ann", balance: 30 }, keys: [summaryKey], removed: [], complete: true },
      indexes: {},
    },
    { expectedVersion: "absent" },
  );
  return { database, documents, accounts, summaryKey };
}

test("the streams whose checkpoint holds a folded state are refolded into today's shapes, once per data folder", async () => {
  const { database, documents, accounts, summaryKey } = await world();
  const done = sqliteProjectorPosition(database, "folded-checkpoints");
  const account2Before = await documents.get({ partition: "account-2", sort: "summary" });

  expect(await refoldFoldedCheckpoints({ documents, projector: accounts, done })).toBe(1);
  expect((await documents.get(summaryKey))?.body).not.toHaveProperty("deposits");
  expect((await documents.get(checkpointKey(accountsProjection, "account-1")))?.body).toEqual({});
  expect(await documents.get({ partition: "account-2", sort: "summary" })).toEqual(account2Before);

  // Done: a later start does not scan again, even were an old checkpoint to appear.
  await documents.put(
    {
      key: checkpointKey(accountsProjection, "account-3"),
      version: 1,
      body: { state: {}, keys: [], removed: [], complete: true },
      indexes: {},
    },
    { expectedVersion: "absent" },
  );
  expect(await refoldFoldedCheckpoints({ documents, projector: accounts, done })).toBe(0);
  database.close();
});
