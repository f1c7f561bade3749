import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { newId } from "../ids/new-id";
import { accountsProjection, type LedgerCommand, ledgerDecider } from "../testing/ledger";
import type { StreamNotification } from "./projection";
import { projector } from "./projector";
import { visibleDocuments } from "./visible-documents";

export interface ProjectorWorld {
  store: EventStore;
  /** Documents kept up to date by notifications. */
  documents: DocumentStore;
  /** An empty document store for the clean rebuild to compare with. */
  rebuilt: DocumentStore;
  close(): Promise<void>;
}

const commandArbitrary: fc.Arbitrary<{ account: number; command: LedgerCommand }> = fc.record({
  account: fc.integer({ min: 0, max: 2 }),
  command: fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom("ann", "bob").map((owner): LedgerCommand => ({ type: "Open", owner })),
    },
    {
      weight: 4,
      arbitrary: fc
        .integer({ min: 1, max: 100 })
        .map((amount): LedgerCommand => ({ type: "Deposit", amount })),
    },
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: 1, max: 60 })
        .map((amount): LedgerCommand => ({ type: "Withdraw", amount })),
    },
    { weight: 1, arbitrary: fc.constant<LedgerCommand>({ type: "Close" }) },
  ),
});

/** How one notification is delivered: dropped, once or twice, and where it lands in the shuffled order. */
const deliveryArbitrary = fc.record({
  copies: fc.integer({ min: 0, max: 2 }),
  order: fc.double({ min: 0, max: 1 }),
});

/** Runs one command through the ledger decider, straight on the store; the notification of its append, if any. */
async function runCommand(
  store: EventStore,
  { account, command }: { account: number; command: LedgerCommand },
  sequence: number,
): Promise<StreamNotification | undefined> {
  const streamId = `account-${account}`;
  const history = await store.readStream(streamId);
  const state = history.reduce(
    (current, event) => ledgerDecider.evolve(current, event as never),
    ledgerDecider.initialState,
  );
  const occurredAt = new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString();
  let decided: ReturnType<typeof ledgerDecider.decide>;
  try {
    decided = ledgerDecider.decide({ ...command, metadata: { at: occurredAt, actor: "tester" } }, state);
  } catch {
    return undefined;
  }
  if (decided.length === 0) return undefined;
  const result = await store.append(
    streamId,
    decided.map((event) => ({
      id: newId(),
      ...event,
      meta: { actor: "tester", occurredAt, correlationId: newId(), causationId: null },
    })),
    { expectedVersion: history.length },
  );
  return { streamId, version: result.nextExpectedVersion };
}

/**
 * The projector's promise: notifications duplicated, reordered, delivered concurrently and partly lost
 * (then caught up by one later notification per stream) leave exactly the documents of a clean rebuild.
 */
export function projectorProperties(name: string, open: () => Promise<ProjectorWorld>, runs = 200) {
  describe(`projector on ${name}`, () => {
    test(`any delivery of notifications ends in the documents of a clean rebuild (${runs} runs)`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(commandArbitrary, { minLength: 1, maxLength: 14 }),
          fc.array(deliveryArbitrary, { minLength: 14, maxLength: 14 }),
          fc.integer({ min: 1, max: 4 }),
          async (commands, deliveries, concurrency) => {
            const world = await open();
            try {
              const live = projector({
                store: world.store,
                documents: world.documents,
                projections: [accountsProjection],
              });
              // Notifications wait in a pool ordered by a random key, each dropped, or copied once or twice.
              // After each command some are handed to the projector without waiting, so folds run while
              // the streams keep growing and a slow fold can finish after a newer one.
              const pool: { notification: StreamNotification; order: number }[] = [];
              const inFlight: Promise<void>[] = [];
              const finalVersions = new Map<string, number>();
              const release = (count: number) => {
                pool.sort((left, right) => left.order - right.order);
                for (const { notification } of pool.splice(0, count))
                  inFlight.push(live.handle(notification));
              };
              for (const [index, command] of commands.entries()) {
                const notification = await runCommand(world.store, command, index);
                if (notification) {
                  finalVersions.set(notification.streamId, notification.version);
                  const delivery = deliveries[index % deliveries.length] as (typeof deliveries)[number];
                  for (let copy = 0; copy < delivery.copies; copy++) {
                    pool.push({ notification, order: (delivery.order + copy * 0.37) % 1 });
                  }
                }
                release(concurrency);
              }
              release(pool.length);
              await Promise.all(inFlight);
              // The one catch-up: a later notification per stream finds whatever was lost.
              await Promise.all(
                [...finalVersions].map(([streamId, version]) => live.handle({ streamId, version })),
              );

              await projector({
                store: world.store,
                documents: world.rebuilt,
                projections: [accountsProjection],
              }).rebuild({ concurrency });
              expect(await visibleDocuments(world.documents)).toEqual(await visibleDocuments(world.rebuilt));
            } finally {
              await world.close();
            }
          },
        ),
        { numRuns: runs },
      );
    });
  });
}
