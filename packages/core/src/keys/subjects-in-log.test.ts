import { describe, expect, test } from "vitest";
import { eventCatalog } from "../eventstore/event-catalog";
import { defineEvent } from "../eventstore/event-type";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { pending } from "../testing/pending-event";
import * as z from "../validation/zod";
import { personalDataStore } from "./personal-data-store";
import { personal } from "./personal-field";
import { sqliteKeyStore } from "./sqlite";
import { subjectsInLog } from "./subjects-in-log";

const PatronJoined = defineEvent("PatronJoined", () => z.object({ name: personal(z.string()) }));
const PatronMoved = defineEvent("PatronMoved", () => z.object({ city: z.string() }));
const PatronForgotten = defineEvent("PatronForgotten", () => z.object({}));
const types = [PatronJoined, PatronMoved, PatronForgotten];

describe("subjects in the log", () => {
  test("finds every subject with personal data, and those whose erasure the log records", async () => {
    const database = openDatabase(":memory:");
    const log = sqliteEventStore(database, eventCatalog(...types));
    const store = personalDataStore(log, sqliteKeyStore(database), types);
    const [ann, bob, cy] = [newId(), newId(), newId()];
    for (const patron of [ann, bob, cy])
      await store.append(`patron-${patron}`, [pending(PatronJoined({ name: patron }))], {
        expectedVersion: "no stream",
      });
    // A long stream: the erasure comes past the first page.
    await store.append(
      `patron-${bob}`,
      Array.from({ length: 1_200 }, (_, index) => pending(PatronMoved({ city: `city ${index}` }))),
      { expectedVersion: 1 },
    );
    await store.append(`patron-${bob}`, [pending(PatronForgotten({}))], { expectedVersion: 1_201 });
    await store.append(`patron-${cy}`, [pending(PatronForgotten({}))], { expectedVersion: 1 });
    // Not a subject's stream: no personal data, no erasure; and one outside the prefix.
    await store.append("patron-nobody", [pending(PatronMoved({ city: "Delft" }))], {
      expectedVersion: "no stream",
    });
    await store.append(`guest-${newId()}`, [pending(PatronJoined({ name: "dee" }))], {
      expectedVersion: "no stream",
    });

    expect(await subjectsInLog(log, { types, erasureTypes: [PatronForgotten], prefix: "patron-" })).toEqual({
      subjects: new Set([ann, bob, cy]),
      erased: new Set([bob, cy]),
    });
    database.close();
  });
});
