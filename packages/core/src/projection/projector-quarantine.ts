import { describe, expect, test } from "vitest";
import { fixedClock } from "../clock/clock";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { newId } from "../ids/new-id";
import { AccountOpened, accountsProjection, Deposited } from "../testing/ledger";
import type { Projection } from "./projection";
import { isCheckpoint, projector } from "./projector";
import type { ProjectorWorld } from "./projector-properties";
import type { QuarantineRecord } from "./quarantine";
import { visibleDocuments } from "./visible-documents";

const meta = () => ({
  actor: "an old client",
  occurredAt: "2026-01-01T00:00:00.000Z",
  correlationId: newId(),
  causationId: null,
});
const pending = (event: { type: string; data: unknown }) => ({ id: newId(), ...event, meta: meta() });

/** Straight into the event store, below any command's validation, as an old client or a bug would. */
async function plant(store: EventStore, streamId: string, events: { type: string; data: unknown }[]) {
  const current = (await store.readStream(streamId)).length;
  await store.append(streamId, events.map(pending), { expectedVersion: current || "no stream" });
  return current + events.length;
}

/** The accounts projection before its fix: a memo of "boom" throws inside evolve. */
const throwingOnBoom: typeof accountsProjection = {
  ...accountsProjection,
  kinds: accountsProjection.kinds.map((kind) => ({
    ...kind,
    evolve(document, event, touched) {
      if (event.type === "Deposited" && event.data.memo === "boom")
        throw new TypeError("memo boom is not understood");
      return kind.evolve(document, event, touched);
    },
  })),
};

/** The accounts projection after its fix: an owner that is not well-formed Unicode is listed under U+FFFD. */
const wellFormedOwners: typeof accountsProjection = {
  ...accountsProjection,
  kinds: accountsProjection.kinds.map((kind) => ({
    ...kind,
    evolve: (document, event, touched) =>
      kind.evolve(
        document,
        event.type === "AccountOpened"
          ? { ...event, data: { owner: event.data.owner.replace(/[\uD800-\uDFFF]/gu, "\uFFFD") } }
          : event,
        touched,
      ),
  })),
};

const summaryOf = async (documents: DocumentStore, streamId: string) =>
  (await documents.get<{ owner: string; balance: number }>({ partition: streamId, sort: "summary" }))?.body;

/**
 * A poison event sets its stream aside for the projection that cannot fold it, and nothing else stops:
 * the same on every document store.
 */
export function projectorQuarantine(name: string, open: () => Promise<ProjectorWorld>) {
  describe(`projector quarantine on ${name}`, () => {
    test("an index key the store cannot take sets the stream aside; the others project, and a fixed projection lifts it", async () => {
      const world = await open();
      try {
        const told: QuarantineRecord[] = [];
        const clock = fixedClock("2026-05-01T12:00:00.000Z");
        const live = (projections: Projection[]) =>
          projector({
            store: world.store,
            documents: world.documents,
            projections,
            clock,
            onQuarantined: (record) => {
              told.push(record);
            },
          });
        const poisoned = await plant(world.store, "account-1", [
          AccountOpened({ owner: "Poison \uD800 club" }),
        ]);
        await plant(world.store, "account-2", [AccountOpened({ owner: "bob" })]);

        await expect(
          live([accountsProjection]).handle({ streamId: "account-1", version: poisoned }),
        ).resolves.toBeUndefined();
        await live([accountsProjection]).handle({ streamId: "account-2", version: 1 });

        const records = await live([accountsProjection]).quarantined();
        expect(records).toEqual([
          {
            projection: "accounts",
            streamId: "account-1",
            version: 1,
            event: { id: expect.any(String), type: "AccountOpened", version: 1, schemaVersion: 1 },
            error: {
              name: "InvalidDocument",
              code: "INVALID_DOCUMENT",
              message: "indexes.first.partition is not well-formed Unicode",
            },
            quarantinedAt: "2026-05-01T12:00:00.000Z",
          },
        ]);
        expect(told).toEqual(records);
        expect(await summaryOf(world.documents, "account-2")).toMatchObject({ owner: "bob", balance: 0 });

        // Later events of the held stream wait; the other stream stays current.
        const later = await plant(world.store, "account-1", [Deposited({ amount: 40, memo: "" })]);
        await plant(world.store, "account-2", [Deposited({ amount: 5, memo: "" })]);
        await live([accountsProjection]).handle({ streamId: "account-1", version: later });
        await live([accountsProjection]).handle({ streamId: "account-2", version: 2 });
        expect(await summaryOf(world.documents, "account-1")).toBeUndefined();
        expect(await summaryOf(world.documents, "account-2")).toMatchObject({ balance: 5 });
        expect(told).toHaveLength(1);

        // A retry with the projection as it was fails the same way, and says so.
        const unfixed = await live([accountsProjection]).retryQuarantined();
        expect(unfixed.lifted).toEqual([]);
        expect(unfixed.stillQuarantined).toMatchObject([{ streamId: "account-1", version: 2 }]);

        const fixed = await live([wellFormedOwners]).retryQuarantined();
        expect(fixed.lifted.map((record) => record.streamId)).toEqual(["account-1"]);
        expect(fixed.stillQuarantined).toEqual([]);
        expect(await live([wellFormedOwners]).quarantined()).toEqual([]);
        expect(await summaryOf(world.documents, "account-1")).toEqual({
          owner: "Poison \uFFFD club",
          balance: 40,
          closed: false,
        });
        const listed = await world.documents.query("first", { partition: "owner#Poison \uFFFD club" });
        expect(listed.documents.map((document) => document.key.partition)).toEqual(["account-1"]);

        await projector({
          store: world.store,
          documents: world.rebuilt,
          projections: [wellFormedOwners],
        }).rebuild();
        expect(await visibleDocuments(world.documents)).toEqual(await visibleDocuments(world.rebuilt));
      } finally {
        await world.close();
      }
    });

    test("an event the projection throws on sets the stream aside from that event; rebuild completes and counts it", async () => {
      const world = await open();
      try {
        const broken = projector({
          store: world.store,
          documents: world.documents,
          projections: [throwingOnBoom],
        });
        await plant(world.store, "account-1", [
          AccountOpened({ owner: "ann" }),
          Deposited({ amount: 10, memo: "" }),
        ]);
        await broken.handle({ streamId: "account-1", version: 2 });
        const boom = await plant(world.store, "account-1", [
          Deposited({ amount: 20, memo: "boom" }),
          Deposited({ amount: 30, memo: "" }),
        ]);
        await plant(world.store, "account-2", [AccountOpened({ owner: "bob" })]);
        await broken.handle({ streamId: "account-1", version: boom });
        await broken.handle({ streamId: "account-2", version: 1 });

        expect(await broken.quarantined()).toMatchObject([
          {
            streamId: "account-1",
            version: 3,
            event: { type: "Deposited", version: 3 },
            error: { name: "TypeError", message: "memo boom is not understood" },
          },
        ]);
        // Nothing of the failed fold is written: the documents stay as they were before the poison.
        expect(await summaryOf(world.documents, "account-1")).toMatchObject({ balance: 10 });
        expect(await summaryOf(world.documents, "account-2")).toMatchObject({ owner: "bob" });

        const rebuilt = await broken.rebuild({ concurrency: 2 });
        expect(rebuilt).toEqual({ streamsDone: 2, streamsTotal: 2, eventsDone: 5, streamsQuarantined: 1 });
        expect(await broken.quarantined()).toHaveLength(1);

        // The fix deployed: a rebuild lifts what now folds.
        const fixed = projector({
          store: world.store,
          documents: world.documents,
          projections: [accountsProjection],
        });
        expect(await fixed.rebuild()).toMatchObject({ streamsDone: 2, streamsQuarantined: 0 });
        expect(await fixed.quarantined()).toEqual([]);
        expect(await summaryOf(world.documents, "account-1")).toMatchObject({ balance: 60 });
      } finally {
        await world.close();
      }
    });

    test("a caller that leaves quarantine to the bus gets the poison thrown, nothing set aside, and a held stream skipped", async () => {
      const world = await open();
      try {
        const poisoned = await plant(world.store, "account-1", [AccountOpened({ owner: "Poison \uDBFF" })]);
        const accounts = projector({
          store: world.store,
          documents: world.documents,
          projections: [accountsProjection],
        });
        const notification = { streamId: "account-1", version: poisoned };
        await expect(accounts.handle(notification, { quarantine: false })).rejects.toMatchObject({
          code: "INVALID_DOCUMENT",
        });
        expect(await accounts.quarantined()).toEqual([]);

        await accounts.handle(notification);
        expect(await accounts.quarantined()).toHaveLength(1);
        await expect(accounts.handle(notification, { quarantine: false })).resolves.toBeUndefined();
      } finally {
        await world.close();
      }
    });

    test("a store that fails for a moment is not poison: the error is thrown and nothing is set aside", async () => {
      const world = await open();
      try {
        await plant(world.store, "account-1", [AccountOpened({ owner: "ann" })]);
        const unreachable: DocumentStore = {
          ...world.documents,
          put: (document, options) =>
            isCheckpoint(document)
              ? world.documents.put(document, options)
              : Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:8000")),
        };
        const failing = projector({
          store: world.store,
          documents: unreachable,
          projections: [accountsProjection],
        });
        await expect(failing.handle({ streamId: "account-1", version: 1 })).rejects.toThrow("ECONNREFUSED");
        expect(await failing.quarantined()).toEqual([]);

        await projector({
          store: world.store,
          documents: world.documents,
          projections: [accountsProjection],
        }).handle({
          streamId: "account-1",
          version: 1,
        });
        expect(await summaryOf(world.documents, "account-1")).toMatchObject({ owner: "ann" });
      } finally {
        await world.close();
      }
    });
  });
}
