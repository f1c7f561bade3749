import { beforeEach, describe, expect, test } from "vitest";
import { InvalidEventData } from "../eventstore/errors";
import { eventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { defineEvent } from "../eventstore/event-type";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { pending } from "../testing/pending-event";
import * as z from "../validation/zod";
import { PersonalDataErased, PersonalDataNotAuthentic } from "./errors";
import type { KeyStore } from "./key-store";
import { isSealedPersonalData } from "./personal-data";
import { personalDataStore } from "./personal-data-store";
import { personal } from "./personal-field";
import { sqliteKeyStore } from "./sqlite";

const PatronJoined = defineEvent("PatronJoined", () =>
  z.object({
    name: personal(z.string().check(z.minLength(1))),
    interests: personal(z.array(z.string())),
    city: z.string(),
  }),
);
const PatronMoved = defineEvent("PatronMoved", () => z.object({ city: z.string() }));
const NoteTaken = defineEvent("NoteTaken", () => z.object({ note: z.optional(personal(z.string())) }));
const types = [PatronJoined, PatronMoved, NoteTaken];

describe("personal data store", () => {
  let log: EventStore;
  let keys: KeyStore;
  let store: EventStore;

  beforeEach(() => {
    const database = openDatabase(":memory:");
    log = sqliteEventStore(database, eventCatalog(...types));
    keys = sqliteKeyStore(database);
    store = personalDataStore(log, keys, types);
  });

  const joined = PatronJoined({ name: "Ann Lovelace", interests: ["rust"], city: "Leeds" });

  test("the log holds personal fields sealed; readers of the store see them as they were", async () => {
    const streamId = `patron-${newId()}`;
    const appended = await store.append(streamId, [pending(joined)], { expectedVersion: "no stream" });

    const [stored] = await log.readStream(streamId);
    const data = stored?.data as Record<string, unknown>;
    expect(isSealedPersonalData(data.name)).toBe(true);
    expect(isSealedPersonalData(data.interests)).toBe(true);
    expect(data.city).toBe("Leeds");
    expect(JSON.stringify(stored)).not.toContain("Ann");
    expect(appended.events[0]?.data).toEqual(joined.data);
    expect((await store.readStream(streamId))[0]?.data).toEqual(joined.data);
  });

  test("once the subject's key is gone, personal fields read as null and the rest as it was", async () => {
    const streamId = `patron-${newId()}`;
    await store.append(streamId, [pending(joined), pending(PatronMoved({ city: "York" }))], {
      expectedVersion: "no stream",
    });
    await keys.delete(streamId.slice("patron-".length));

    const events = await store.readStream(streamId);
    expect(events.map((event) => event.data)).toEqual([
      { name: null, interests: null, city: "Leeds" },
      { city: "York" },
    ]);
  });

  test("an erased subject's stream takes no new personal data, and gets no new key", async () => {
    const streamId = `patron-${newId()}`;
    const subject = streamId.slice("patron-".length);
    await store.append(streamId, [pending(joined)], { expectedVersion: "no stream" });
    await keys.delete(subject);

    await expect(store.append(streamId, [pending(joined)], { expectedVersion: 1 })).rejects.toBeInstanceOf(
      PersonalDataErased,
    );
    await expect(
      store.append(streamId, [pending(joined)], { expectedVersion: "no stream" }),
    ).rejects.toBeInstanceOf(PersonalDataErased);
    expect(await keys.get(subject)).toBeUndefined();
    await store.append(streamId, [pending(PatronMoved({ city: "York" }))], { expectedVersion: 1 });
  });

  test("a member's progress stream is the member's: sealed with their key, shredded with it, never given a new one", async () => {
    const member = newId();
    await store.append(`patron-${member}`, [pending(joined)], { expectedVersion: "no stream" });
    const progress = `progress-${member}-${newId()}`;
    await store.append(progress, [pending(NoteTaken({ note: "mine" })), pending(NoteTaken({}))], {
      expectedVersion: "no stream",
    });
    const [stored] = await log.readStream(progress);
    expect(isSealedPersonalData((stored?.data as { note?: string } | undefined)?.note)).toBe(true);
    expect((await store.readStream(progress)).map((event) => event.data)).toEqual([{ note: "mine" }, {}]);

    await keys.delete(member);
    expect((await store.readStream(progress)).map((event) => event.data)).toEqual([{ note: null }, {}]);
    await expect(
      store.append(`progress-${member}-${newId()}`, [pending(NoteTaken({ note: "after" }))], {
        expectedVersion: "no stream",
      }),
    ).rejects.toBeInstanceOf(PersonalDataErased);
    expect(await keys.get(member)).toBeUndefined();
  });

  test("plaintext in a personal field cannot reach the log past the store", async () => {
    await expect(
      log.append(`patron-${newId()}`, [pending(joined)], { expectedVersion: "no stream" }),
    ).rejects.toBeInstanceOf(InvalidEventData);
  });

  test("personal fields are checked against their plaintext schema before they are sealed", async () => {
    const streamId = `patron-${newId()}`;
    const invalid = PatronJoined({ name: "", interests: ["rust"], city: "Leeds" });
    await expect(
      store.append(streamId, [pending(invalid)], { expectedVersion: "no stream" }),
    ).rejects.toMatchObject({ code: "INVALID_EVENT_DATA", issues: [{ path: ["name"] }] });
    expect(await log.readStream(streamId)).toEqual([]);
  });

  test("whole streams read open as readStream opens them: an erased subject's fields as null, sealed text that does not open as the stream's own error", async () => {
    const [ann, bob, cy] = [`patron-${newId()}`, `patron-${newId()}`, `patron-${newId()}`];
    for (const streamId of [ann, bob, cy])
      await store.append(streamId, [pending(joined), pending(PatronMoved({ city: "York" }))], {
        expectedVersion: "no stream",
      });
    await keys.delete(bob.slice("patron-".length));
    // Ann's sealed name in cy's stream: it does not open with cy's key.
    const [annJoined] = await log.readStream(ann);
    await log.append(cy, [pending({ type: "PatronJoined", data: annJoined?.data })], { expectedVersion: 2 });

    const { streams } = await store.readStreams({ prefix: "patron-" });
    const byStream = new Map(streams.map((read) => [read.streamId, read]));
    expect(byStream.get(ann)).toEqual({ streamId: ann, events: await store.readStream(ann) });
    expect(byStream.get(bob)).toEqual({ streamId: bob, events: await store.readStream(bob) });
    expect(byStream.get(bob)).toMatchObject({ events: [{ data: { name: null, city: "Leeds" } }, {}] });
    expect(byStream.get(cy)).toEqual({ streamId: cy, error: expect.any(PersonalDataNotAuthentic) });
    await expect(store.readStream(cy)).rejects.toBeInstanceOf(PersonalDataNotAuthentic);
  });

  test("streams without personal data pass through untouched and need no key", async () => {
    const streamId = `patron-${newId()}`;
    await store.append(streamId, [pending(PatronMoved({ city: "York" }))], { expectedVersion: "no stream" });
    expect(await store.readStream(streamId)).toEqual(await log.readStream(streamId));
    expect(await keys.get(streamId.slice("patron-".length))).toBeUndefined();
  });
});
