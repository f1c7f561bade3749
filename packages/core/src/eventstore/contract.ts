/**
 * What every EventStore adapter must do, as tests: sqlite.test.ts and dynamodb.test.ts run this same suite,
 * so the embedded store and the AWS one accept, refuse and return exactly the same things.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { AccountClosed, AccountOpened, Deposited, Withdrawn } from "../testing/ledger";
import type { DomainEvent, EventMeta, PendingEvent } from "./envelope";
import {
  AppendTooLarge,
  DuplicateEventId,
  EmptyAppend,
  InvalidEventData,
  InvalidEventEnvelope,
  InvalidExpectedVersion,
  InvalidReadOptions,
  InvalidStreamCursor,
  InvalidStreamId,
  UnknownEventType,
  VersionConflict,
} from "./errors";
import type { EventStore, StreamRead, StreamsPage } from "./event-store";

export interface EventStoreFixture {
  store: EventStore;
  /**
   * Stores one event the way an older release would have, past the catalog's checks: for upcasting and
   * for data that no longer passes its schema.
   */
  writeRaw(
    streamId: string,
    version: number,
    type: string,
    schemaVersion: number,
    data: unknown,
  ): Promise<void>;
  close(): Promise<void>;
}

const meta: EventMeta = {
  actor: "member-ann",
  occurredAt: "2026-03-01T18:30:00.000Z",
  correlationId: "request-1",
  causationId: null,
};

const pending = (event: DomainEvent, id = newId()): PendingEvent => ({ id, ...event, meta });

const opened = (owner = "ann") => pending(AccountOpened({ owner }));
const deposited = (amount: number, memo = "") => pending(Deposited({ amount, memo }));

/** Resolves to the error the promise rejected with, so a test can check its class and its fields. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}

export function eventStoreContract(name: string, open: () => Promise<EventStoreFixture>): void {
  describe(`${name} event store`, () => {
    let fixture: EventStoreFixture;
    let store: EventStore;

    beforeEach(async () => {
      fixture = await open();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.close();
    });

    async function allStreamIds(): Promise<string[]> {
      const streamIds: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listStreams({ cursor, limit: 50 });
        streamIds.push(...page.streamIds);
        cursor = page.cursor;
      } while (cursor);
      return streamIds;
    }

    describe("append and read", () => {
      test("an append comes back as envelopes numbered from version 1, and reads back the same", async () => {
        const events = [opened("ann"), deposited(120, "first pay"), pending(Withdrawn({ amount: 20 }))];
        const result = await store.append("account-ann", events, { expectedVersion: "no stream" });

        expect(result.streamId).toBe("account-ann");
        expect(result.nextExpectedVersion).toBe(3);
        expect(result.events).toEqual([
          {
            id: events[0]?.id,
            streamId: "account-ann",
            version: 1,
            type: "AccountOpened",
            schemaVersion: 1,
            data: { owner: "ann" },
            meta,
          },
          {
            id: events[1]?.id,
            streamId: "account-ann",
            version: 2,
            type: "Deposited",
            schemaVersion: 2,
            data: { amount: 120, memo: "first pay" },
            meta,
          },
          {
            id: events[2]?.id,
            streamId: "account-ann",
            version: 3,
            type: "Withdrawn",
            schemaVersion: 1,
            data: { amount: 20 },
            meta,
          },
        ]);
        expect(await store.readStream("account-ann")).toEqual(result.events);
      });

      test("data is stored as its schema parses it: keys the schema does not know are dropped", async () => {
        const event = { ...opened("ann"), data: { owner: "ann", password: "hunter2" } };
        const result = await store.append("account-ann", [event], { expectedVersion: "no stream" });
        expect(result.events[0]?.data).toEqual({ owner: "ann" });
        expect((await store.readStream("account-ann"))[0]?.data).toEqual({ owner: "ann" });
      });

      test("meta is kept, with occurredAt normalised to an ISO instant in UTC", async () => {
        const event = {
          ...opened(),
          meta: { ...meta, occurredAt: "2026-03-01T20:30:00+02:00", causationId: "command-7" },
        };
        await store.append("account-ann", [event], { expectedVersion: 0 });
        const [read] = await store.readStream("account-ann");
        expect(read?.meta).toEqual({ ...meta, causationId: "command-7" });
      });

      test("successive appends continue the numbering", async () => {
        await store.append("account-ann", [opened()], { expectedVersion: "no stream" });
        const second = await store.append("account-ann", [deposited(5), deposited(6)], {
          expectedVersion: 1,
        });
        expect(second.events.map((event) => event.version)).toEqual([2, 3]);
        expect(second.nextExpectedVersion).toBe(3);
        const third = await store.append("account-ann", [deposited(7)], { expectedVersion: 3 });
        expect(third.nextExpectedVersion).toBe(4);
        const read = await store.readStream("account-ann");
        expect(read.map((event) => event.version)).toEqual([1, 2, 3, 4]);
        expect(read.map((event) => event.data)).toEqual([
          { owner: "ann" },
          { amount: 5, memo: "" },
          { amount: 6, memo: "" },
          { amount: 7, memo: "" },
        ]);
      });

      test("streams are independent: each is numbered on its own", async () => {
        await store.append("account-ann", [opened("ann"), deposited(1)], { expectedVersion: "no stream" });
        await store.append("account-bob", [opened("bob")], { expectedVersion: "no stream" });
        expect((await store.readStream("account-bob")).map((event) => [event.version, event.data])).toEqual([
          [1, { owner: "bob" }],
        ]);
        expect(await store.readStream("account-ann")).toHaveLength(2);
      });

      test("an unknown stream reads as empty", async () => {
        expect(await store.readStream("account-nobody")).toEqual([]);
        expect(await store.readStream("account-nobody", { after: 3, limit: 2 })).toEqual([]);
      });
    });

    describe("expected version", () => {
      test('"no stream" and 0 both append only to an empty stream', async () => {
        await store.append("account-ann", [opened()], { expectedVersion: "no stream" });
        await store.append("account-bob", [opened()], { expectedVersion: 0 });
        await expect(
          store.append("account-ann", [deposited(1)], { expectedVersion: "no stream" }),
        ).rejects.toThrow(VersionConflict);
        await expect(store.append("account-bob", [deposited(1)], { expectedVersion: 0 })).rejects.toThrow(
          VersionConflict,
        );
      });

      test("a stale version is refused with the versions in the error, and nothing is written", async () => {
        await store.append("account-ann", [opened(), deposited(10)], { expectedVersion: "no stream" });
        const error = await rejectionOf(store.append("account-ann", [deposited(99)], { expectedVersion: 1 }));
        expect(error).toBeInstanceOf(VersionConflict);
        expect(error).toMatchObject({
          code: "VERSION_CONFLICT",
          streamId: "account-ann",
          expectedVersion: 1,
          actualVersion: 2,
        });
        const read = await store.readStream("account-ann");
        expect(read.map((event) => event.data)).toEqual([{ owner: "ann" }, { amount: 10, memo: "" }]);
      });

      test("a version ahead of the stream is refused: no gaps", async () => {
        await store.append("account-ann", [opened()], { expectedVersion: "no stream" });
        const error = await rejectionOf(store.append("account-ann", [deposited(1)], { expectedVersion: 5 }));
        expect(error).toMatchObject({ code: "VERSION_CONFLICT", expectedVersion: 5, actualVersion: 1 });
        const empty = await rejectionOf(store.append("account-new", [opened()], { expectedVersion: 2 }));
        expect(empty).toMatchObject({ code: "VERSION_CONFLICT", expectedVersion: 2, actualVersion: 0 });
        expect(await store.readStream("account-ann")).toHaveLength(1);
        expect(await store.readStream("account-new")).toEqual([]);
      });

      test.each([[-1], [1.5], [Number.NaN], ["any"], [null]])(
        "an expected version of %s is refused before anything is written",
        async (expectedVersion) => {
          await expect(
            store.append("account-ann", [opened()], { expectedVersion: expectedVersion as number }),
          ).rejects.toThrow(InvalidExpectedVersion);
          expect(await allStreamIds()).toEqual([]);
        },
      );

      test("of several appends at the same version, exactly one goes in", async () => {
        await store.append("account-ann", [opened()], { expectedVersion: "no stream" });
        const contenders = Array.from({ length: 6 }, (_, index) => [deposited(index + 1), deposited(100)]);
        const outcomes = await Promise.allSettled(
          contenders.map((events) => store.append("account-ann", events, { expectedVersion: 1 })),
        );
        const winners = outcomes.flatMap((outcome, index) => (outcome.status === "fulfilled" ? [index] : []));
        expect(winners).toHaveLength(1);
        for (const outcome of outcomes) {
          if (outcome.status === "rejected") expect(outcome.reason).toBeInstanceOf(VersionConflict);
        }
        const read = await store.readStream("account-ann");
        const winner = contenders[winners[0] as number] ?? [];
        expect(read.map((event) => event.id)).toEqual([read[0]?.id, ...winner.map((event) => event.id)]);
      });

      test("concurrent first appends to a new stream: exactly one creates it", async () => {
        const outcomes = await Promise.allSettled(
          ["ann", "bob", "cy", "dee"].map((owner) =>
            store.append("account-shared", [opened(owner)], { expectedVersion: "no stream" }),
          ),
        );
        expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
        expect(await store.readStream("account-shared")).toHaveLength(1);
        expect(await allStreamIds()).toEqual(["account-shared"]);
      });
    });

    describe("retries and event ids", () => {
      test("an append sent again right after it went in returns the original result and writes nothing", async () => {
        await store.append("account-ann", [opened()], { expectedVersion: "no stream" });
        const events = [deposited(10), deposited(20)];
        const first = await store.append("account-ann", events, { expectedVersion: 1 });
        const again = await store.append("account-ann", events, { expectedVersion: 1 });
        expect(again).toEqual(first);
        expect(await store.readStream("account-ann")).toHaveLength(3);
      });

      test("an append sent again after the stream moved on still returns the original result", async () => {
        const events = [opened(), deposited(10)];
        const first = await store.append("account-ann", events, { expectedVersion: "no stream" });
        await store.append("account-ann", [deposited(30)], { expectedVersion: 2 });
        await store.append("account-ann", [pending(AccountClosed({}))], { expectedVersion: 3 });
        const again = await store.append("account-ann", events, { expectedVersion: "no stream" });
        expect(again).toEqual(first);
        expect(again.nextExpectedVersion).toBe(2);
        expect(await store.readStream("account-ann")).toHaveLength(4);
      });

      test("the same append sent twice at once goes in once, and both callers get its result", async () => {
        await store.append("account-ann", [opened()], { expectedVersion: "no stream" });
        const events = [deposited(10), deposited(20)];
        const [left, right] = await Promise.all([
          store.append("account-ann", events, { expectedVersion: 1 }),
          store.append("account-ann", events, { expectedVersion: 1 }),
        ]);
        expect(left).toEqual(right);
        expect(left.nextExpectedVersion).toBe(3);
        expect(await store.readStream("account-ann")).toHaveLength(3);
      });

      test("a stored id sent with different companions is not a retry but a conflict", async () => {
        const stored = deposited(10);
        await store.append("account-ann", [opened(), stored], { expectedVersion: "no stream" });
        await expect(
          store.append("account-ann", [stored, deposited(11)], { expectedVersion: 1 }),
        ).rejects.toThrow(VersionConflict);
        await expect(
          store.append("account-ann", [deposited(12), stored], { expectedVersion: 1 }),
        ).rejects.toThrow(VersionConflict);
        expect(await store.readStream("account-ann")).toHaveLength(2);
      });

      test("ids already stored in one stream are refused on another, which stays empty", async () => {
        const events = [opened(), deposited(10)];
        await store.append("account-ann", events, { expectedVersion: "no stream" });
        const error = await rejectionOf(
          store.append("account-bob", events, { expectedVersion: "no stream" }),
        );
        expect(error).toBeInstanceOf(DuplicateEventId);
        expect(error).toMatchObject({ code: "DUPLICATE_EVENT_ID" });
        expect(events.map((event) => event.id)).toContain((error as DuplicateEventId).eventId);
        expect(await store.readStream("account-bob")).toEqual([]);
        expect(await allStreamIds()).toEqual(["account-ann"]);
      });

      test("one stored id among new ones is refused on another stream too", async () => {
        const stored = deposited(10);
        await store.append("account-ann", [opened(), stored], { expectedVersion: "no stream" });
        const error = await rejectionOf(
          store.append("account-bob", [opened(), stored], { expectedVersion: "no stream" }),
        );
        expect(error).toMatchObject({ code: "DUPLICATE_EVENT_ID", eventId: stored.id });
        expect(await store.readStream("account-bob")).toEqual([]);
      });

      test("an id already stored in the stream is refused at a later version", async () => {
        const stored = deposited(10);
        await store.append("account-ann", [opened(), stored], { expectedVersion: "no stream" });
        await expect(store.append("account-ann", [stored], { expectedVersion: 2 })).rejects.toThrow(
          DuplicateEventId,
        );
        expect(await store.readStream("account-ann")).toHaveLength(2);
      });

      test("ids of an append that lost a conflict can be sent again at the right version", async () => {
        await store.append("account-ann", [opened(), deposited(1)], { expectedVersion: "no stream" });
        const events = [deposited(2)];
        await expect(store.append("account-ann", events, { expectedVersion: 1 })).rejects.toThrow(
          VersionConflict,
        );
        const result = await store.append("account-ann", events, { expectedVersion: 2 });
        expect(result.events.map((event) => [event.id, event.version])).toEqual([[events[0]?.id, 3]]);
      });
    });

    describe("reading a window of a stream", () => {
      beforeEach(async () => {
        // Versions 1-3 in one append, 4-5 in another, then 6-8 one at a time.
        await store.append("account-ann", [opened(), deposited(2), deposited(3)], { expectedVersion: 0 });
        await store.append("account-ann", [deposited(4), deposited(5)], { expectedVersion: 3 });
        for (const version of [6, 7, 8]) {
          await store.append("account-ann", [deposited(version)], { expectedVersion: version - 1 });
        }
      });

      const versionsOf = (events: { version: number }[]) => events.map((event) => event.version);

      test("every event in version order", async () => {
        expect(versionsOf(await store.readStream("account-ann"))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      });

      test("after a version, across appends", async () => {
        expect(versionsOf(await store.readStream("account-ann", { after: 2 }))).toEqual([3, 4, 5, 6, 7, 8]);
        expect(versionsOf(await store.readStream("account-ann", { after: 4 }))).toEqual([5, 6, 7, 8]);
        expect(versionsOf(await store.readStream("account-ann", { after: 7 }))).toEqual([8]);
        expect(await store.readStream("account-ann", { after: 8 })).toEqual([]);
        expect(await store.readStream("account-ann", { after: 80 })).toEqual([]);
      });

      test("at most a limit, from the start or after a version", async () => {
        expect(versionsOf(await store.readStream("account-ann", { limit: 2 }))).toEqual([1, 2]);
        expect(versionsOf(await store.readStream("account-ann", { after: 1, limit: 3 }))).toEqual([2, 3, 4]);
        expect(versionsOf(await store.readStream("account-ann", { after: 4, limit: 1 }))).toEqual([5]);
        expect(versionsOf(await store.readStream("account-ann", { after: 6, limit: 10 }))).toEqual([7, 8]);
        expect(await store.readStream("account-ann", { limit: 0 })).toEqual([]);
      });

      test("the data of each event matches its version", async () => {
        const read = await store.readStream("account-ann", { after: 1 });
        expect(read.map((event) => (event.data as { amount: number }).amount)).toEqual([2, 3, 4, 5, 6, 7, 8]);
      });

      test.each([[{ after: -1 }], [{ after: 1.5 }], [{ limit: -2 }], [{ limit: Number.POSITIVE_INFINITY }]])(
        "a window of %o is refused",
        async (options) => {
          await expect(store.readStream("account-ann", options)).rejects.toThrow(InvalidReadOptions);
        },
      );

      test("a malformed stream id is refused on read too", async () => {
        await expect(store.readStream("no category")).rejects.toThrow(InvalidStreamId);
      });
    });

    describe("listing streams", () => {
      const accounts = Array.from({ length: 25 }, (_, index) => `account-${String(index).padStart(2, "0")}`);
      const audits = ["audit-1", "audit-2", "audit-3"];

      beforeEach(async () => {
        for (const streamId of [...accounts, ...audits]) {
          await store.append(streamId, [opened()], { expectedVersion: "no stream" });
        }
        // Later appends add commits and events, never streams.
        await store.append("account-03", [deposited(1)], { expectedVersion: 1 });
        await store.append("account-03", [deposited(2), deposited(3)], { expectedVersion: 2 });
      });

      async function pages(options: { limit: number; prefix?: string }): Promise<string[][]> {
        const collected: string[][] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listStreams({ ...options, cursor });
          collected.push(page.streamIds);
          cursor = page.cursor;
          if (collected.length > 100) throw new Error("paging does not end");
        } while (cursor);
        return collected;
      }

      test("pages of 7 list each of 28 streams exactly once", async () => {
        const listed = await pages({ limit: 7 });
        expect(listed.map((page) => page.length)).toEqual([7, 7, 7, 7]);
        const all = listed.flat();
        expect(all).toHaveLength(28);
        expect(new Set(all)).toEqual(new Set([...accounts, ...audits]));
      });

      test("a prefix lists only its streams, each exactly once", async () => {
        const listed = await pages({ limit: 7, prefix: "account-" });
        expect(listed.map((page) => page.length)).toEqual([7, 7, 7, 4]);
        expect(listed.flat().sort()).toEqual(accounts);
        expect((await pages({ limit: 4, prefix: "account-1" })).flat().sort()).toEqual(
          accounts.filter((streamId) => streamId.startsWith("account-1")),
        );
        expect((await pages({ limit: 50, prefix: "audit-" })).flat().sort()).toEqual(audits);
        expect(await store.listStreams({ prefix: "nothing-" })).toEqual({ streamIds: [] });
      });

      test("without a limit, one page holds them all", async () => {
        const page = await store.listStreams();
        expect(page.cursor).toBeUndefined();
        expect(page.streamIds.sort()).toEqual([...accounts, ...audits].sort());
      });

      test("the same cursor gives the same page", async () => {
        const first = await store.listStreams({ limit: 5 });
        const second = await store.listStreams({ limit: 5, cursor: first.cursor });
        expect(await store.listStreams({ limit: 5, cursor: first.cursor })).toEqual(second);
        expect(second.streamIds).not.toContain(first.streamIds[0]);
      });

      test.each([["not a cursor!"], ["e30"], [Buffer.from('"account-00"').toString("base64url")], [""]])(
        "a cursor it did not issue (%s) is refused",
        async (cursor) => {
          await expect(store.listStreams({ cursor })).rejects.toThrow(InvalidStreamCursor);
        },
      );

      test.each([[0], [-1], [2.5]])("a page size of %s is refused", async (limit) => {
        await expect(store.listStreams({ limit })).rejects.toThrow(InvalidReadOptions);
      });
    });

    describe("reading whole streams", () => {
      beforeEach(async () => {
        // Streams of several appends, written interleaved, beside a stream of another category.
        for (const account of ["account-a", "account-b", "account-c", "account-d"])
          await store.append(account, [opened(account), deposited(1)], { expectedVersion: "no stream" });
        await store.append("audit-1", [opened("auditor")], { expectedVersion: "no stream" });
        await store.append("account-b", [deposited(2), deposited(3), deposited(4)], { expectedVersion: 2 });
        await store.append("account-a", [deposited(5)], { expectedVersion: 2 });
      });

      async function pages(options: { limit?: number; prefix?: string }) {
        const collected: StreamsPage[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.readStreams({ ...options, cursor });
          collected.push(page);
          cursor = page.cursor;
          if (collected.length > 100) throw new Error("paging does not end");
        } while (cursor);
        return collected;
      }

      const eventsOf = (read: StreamRead | undefined) => (read && "events" in read ? read.events : []);

      test.each([[1], [3], [1000]])(
        "in pages of %s events, each stream comes once, whole, as readStream reads it",
        async (limit) => {
          const reads = (await pages({ limit })).flatMap((page) => page.streams);
          expect(reads.map((read) => read.streamId).sort()).toEqual([
            "account-a",
            "account-b",
            "account-c",
            "account-d",
            "audit-1",
          ]);
          for (const read of reads) expect(eventsOf(read)).toEqual(await store.readStream(read.streamId));
        },
      );

      test("a page ends with the stream that brings it to the limit", async () => {
        for (const page of await pages({ limit: 4 })) {
          const counts = page.streams.map((read) => eventsOf(read).length);
          const beforeLast = counts.slice(0, -1).reduce((sum, count) => sum + count, 0);
          expect(beforeLast).toBeLessThan(4);
          if (page.cursor) expect(beforeLast + (counts.at(-1) ?? 0)).toBeGreaterThanOrEqual(4);
        }
      });

      test("a prefix reads only its streams", async () => {
        const reads = (await pages({ prefix: "account-", limit: 2 })).flatMap((page) => page.streams);
        expect(reads.map((read) => read.streamId).sort()).toEqual([
          "account-a",
          "account-b",
          "account-c",
          "account-d",
        ]);
        expect((await pages({ prefix: "audit-" })).flatMap((page) => page.streams)).toEqual([
          { streamId: "audit-1", events: await store.readStream("audit-1") },
        ]);
        expect(await store.readStreams({ prefix: "nothing-" })).toEqual({ streams: [] });
      });

      test("a stream that does not read comes with its error, and the others read", async () => {
        await fixture.writeRaw("account-e", 1, "AccountOpened", 1, { owner: "" });
        await fixture.writeRaw("account-f", 1, "AccountMerged", 1, {});
        const reads = (await pages({ prefix: "account-", limit: 2 })).flatMap((page) => page.streams);
        const byStream = new Map(reads.map((read) => [read.streamId, read]));
        expect(byStream.get("account-e")).toEqual({
          streamId: "account-e",
          error: expect.any(InvalidEventData),
        });
        expect(byStream.get("account-f")).toEqual({
          streamId: "account-f",
          error: expect.any(UnknownEventType),
        });
        expect(eventsOf(byStream.get("account-b"))).toEqual(await store.readStream("account-b"));
      });

      test.each([["not a cursor!"], ["e30"], [""]])(
        "a cursor it did not issue (%s) is refused",
        async (cursor) => {
          await expect(store.readStreams({ cursor })).rejects.toThrow(InvalidStreamCursor);
        },
      );

      test.each([[0], [-1], [2.5]])("a page of %s events is refused", async (limit) => {
        await expect(store.readStreams({ limit })).rejects.toThrow(InvalidReadOptions);
      });
    });

    describe("bad input is refused with its own error, and nothing is written", () => {
      async function expectNothingWritten(): Promise<void> {
        expect(await allStreamIds()).toEqual([]);
        expect(await store.readStream("account-ann")).toEqual([]);
      }

      test("an unknown event type", async () => {
        const event = { ...opened(), type: "AccountFrozen" };
        const error = await rejectionOf(
          store.append("account-ann", [opened(), event], { expectedVersion: 0 }),
        );
        expect(error).toBeInstanceOf(UnknownEventType);
        expect(error).toMatchObject({ code: "UNKNOWN_EVENT_TYPE", type: "AccountFrozen" });
        await expectNothingWritten();
      });

      test("data that fails its schema", async () => {
        const event = { ...deposited(1), data: { amount: -5, memo: "refund" } };
        const error = await rejectionOf(
          store.append("account-ann", [opened(), event], { expectedVersion: 0 }),
        );
        expect(error).toBeInstanceOf(InvalidEventData);
        expect(error).toMatchObject({ code: "INVALID_EVENT_DATA", type: "Deposited" });
        expect((error as InvalidEventData).issues[0]?.path).toEqual(["amount"]);
        await expectNothingWritten();
      });

      test("an empty append", async () => {
        await expect(store.append("account-ann", [], { expectedVersion: 0 })).rejects.toThrow(EmptyAppend);
        await expectNothingWritten();
      });

      test("an append over 350 KB", async () => {
        const memo = "x".repeat(120 * 1024);
        const events = [opened(), deposited(1, memo), deposited(2, memo), deposited(3, memo)];
        const error = await rejectionOf(store.append("account-ann", events, { expectedVersion: 0 }));
        expect(error).toBeInstanceOf(AppendTooLarge);
        expect((error as AppendTooLarge).bytes).toBeGreaterThan(350 * 1024);
        await expectNothingWritten();
      });

      test("an append just under the limit goes in and reads back whole", async () => {
        const memo = "y".repeat(340 * 1024);
        await store.append("account-ann", [deposited(1, memo)], { expectedVersion: 0 });
        const [read] = await store.readStream("account-ann");
        expect(read?.data).toEqual({ amount: 1, memo });
      });

      test.each([["ann"], [""], ["Account-ann"], ["account-"], ["account-with space"]])(
        "a malformed stream id (%j)",
        async (streamId) => {
          await expect(store.append(streamId, [opened()], { expectedVersion: 0 })).rejects.toThrow(
            InvalidStreamId,
          );
          await expectNothingWritten();
        },
      );

      test("an event id that is not a UUID", async () => {
        const event = { ...opened(), id: "event-1" };
        await expect(store.append("account-ann", [event], { expectedVersion: 0 })).rejects.toThrow(
          InvalidEventEnvelope,
        );
        await expectNothingWritten();
      });

      test("the same event id twice in one append", async () => {
        const event = deposited(1);
        await expect(
          store.append("account-ann", [opened(), event, event], { expectedVersion: 0 }),
        ).rejects.toThrow(InvalidEventEnvelope);
        await expectNothingWritten();
      });

      test("missing or incomplete meta", async () => {
        const withoutMeta = { ...opened(), meta: undefined } as unknown as PendingEvent;
        const withoutActor = { ...opened(), meta: { ...meta, actor: "" } };
        const badInstant = { ...opened(), meta: { ...meta, occurredAt: "last tuesday" } };
        for (const event of [withoutMeta, withoutActor, badInstant]) {
          await expect(
            store.append("account-ann", [opened(), event], { expectedVersion: 0 }),
          ).rejects.toThrow(InvalidEventEnvelope);
        }
        await expectNothingWritten();
      });
    });

    describe("reading what older code wrote", () => {
      test("data stored at an older schema version is upcast on read", async () => {
        await fixture.writeRaw("account-ann", 1, "AccountOpened", 1, { owner: "ann" });
        await fixture.writeRaw("account-ann", 2, "Deposited", 1, { cents: 250 });
        await store.append("account-ann", [deposited(40, "new style")], { expectedVersion: 2 });
        const read = await store.readStream("account-ann");
        expect(read.map((event) => [event.version, event.type, event.schemaVersion, event.data])).toEqual([
          [1, "AccountOpened", 1, { owner: "ann" }],
          [2, "Deposited", 2, { amount: 250, memo: "" }],
          [3, "Deposited", 2, { amount: 40, memo: "new style" }],
        ]);
      });

      test("stored data that no longer passes its schema is refused on read", async () => {
        await fixture.writeRaw("account-ann", 1, "AccountOpened", 1, { owner: "" });
        await expect(store.readStream("account-ann")).rejects.toThrow(InvalidEventData);
      });

      test("old data that upcasts into something invalid is refused on read", async () => {
        await fixture.writeRaw("account-ann", 1, "Deposited", 1, { cents: -3 });
        await expect(store.readStream("account-ann")).rejects.toThrow(InvalidEventData);
      });
    });
  });
}
