import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { DocumentKey, DocumentStore } from "../documents/document-store";
import type { EventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { pending } from "../testing/pending-event";
import { type CounterBody, readCounters, unlandedWrites } from "./projected-counter";
import type { DocumentProjection, StreamNotification } from "./projection";
import { projector } from "./projector";
import type { ProjectorWorld } from "./projector-properties";
import {
  groupCountKey,
  ItemAdded,
  ItemNoted,
  ItemRemoved,
  itemDocuments,
  itemKey,
  tallyCatalog,
  tallyProjection,
  tallyStream,
} from "./tally";
import { visibleDocuments } from "./visible-documents";

/** One event of the toy tally domain: an item of a group added, removed or noted. */
interface Step {
  group: string;
  item: string;
  type: "added" | "removed" | "noted";
}

export const added = (group: string, item: string): Step => ({ group, item, type: "added" });
export const removed = (group: string, item: string): Step => ({ group, item, type: "removed" });
export const noted = (group: string, item: string): Step => ({ group, item, type: "noted" });

const eventOf = (step: Step) =>
  step.type === "added"
    ? ItemAdded({})
    : step.type === "removed"
      ? ItemRemoved({})
      : ItemNoted({ note: "hi" });

async function appendStep(store: EventStore, step: Step): Promise<StreamNotification> {
  const streamId = tallyStream(step.group, step.item);
  const current = (await store.readStream(streamId)).length;
  const result = await store.append(streamId, [pending(eventOf(step))], {
    expectedVersion: current || "no stream",
  });
  return { streamId, version: result.nextExpectedVersion };
}

/** The count each group should have: the items whose last add or remove was an add. */
function expectedCounts(steps: readonly Step[]): Map<string, number> {
  const isAdded = new Map<string, boolean>();
  const counts = new Map<string, number>();
  for (const step of steps) {
    counts.set(step.group, 0);
    if (step.type !== "noted") isAdded.set(`${step.group}-${step.item}`, step.type === "added");
  }
  for (const [stream, itemAdded] of isAdded) {
    const group = stream.split("-")[0] as string;
    if (itemAdded) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

const countOf = async (documents: DocumentStore, group: string) =>
  (await readCounters(documents, [groupCountKey(group)]))[0];

/** Counted writes that have not reached their documents: none once every worker is done. */
const unlanded = (documents: DocumentStore, group: string) => unlandedWrites(documents, groupCountKey(group));

const sameKey = (left: DocumentKey, right: DocumentKey) =>
  left.partition === right.partition && left.sort === right.sort;

/** Every write the store takes, by the key it writes. */
function countingWrites(documents: DocumentStore) {
  const written: DocumentKey[] = [];
  const store: DocumentStore = {
    ...documents,
    put: (document, options) => {
      written.push(document.key);
      return documents.put(document, options);
    },
    putMany: (writes) => {
      written.push(...writes.map((write) => write.document.key));
      return documents.putMany(writes);
    },
    delete: (key, options) => {
      written.push(key);
      return documents.delete(key, options);
    },
  };
  return { store, written, to: (key: DocumentKey) => written.filter((each) => sameKey(each, key)).length };
}

/** A store whose process dies before its write number `survives + 1`: that write and every later one fail. */
function dyingAfter(documents: DocumentStore, survives: number): DocumentStore {
  let writes = 0;
  const die = <Result>(write: () => Promise<Result>): Promise<Result> =>
    ++writes > survives ? Promise.reject(new Error("the process died")) : write();
  return {
    ...documents,
    put: (document, options) => die(() => documents.put(document, options)),
    putMany: (batch) => die(() => documents.putMany(batch)),
    delete: (key, options) => die(() => documents.delete(key, options)),
  };
}

type PausePoint = "after reading the counter" | "before writing the counter" | "before writing the document";

/** A store that holds its caller, once, at a point of the counted write, until released. */
function pausing(
  documents: DocumentStore,
  point: PausePoint,
  counterKey: DocumentKey,
  documentKey: DocumentKey,
) {
  let reach: () => void = () => {};
  let release: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const state = { held: false, dead: false };
  const hold = async (matches: boolean) => {
    if (!matches || state.held) return;
    state.held = true;
    reach();
    await released;
  };
  const store: DocumentStore = {
    ...documents,
    get: async <Body>(key: DocumentKey) => {
      const document = await documents.get<Body>(key);
      await hold(point === "after reading the counter" && sameKey(key, counterKey));
      return document;
    },
    put: async (document, options) => {
      await hold(point === "before writing the counter" && sameKey(document.key, counterKey));
      await hold(point === "before writing the document" && sameKey(document.key, documentKey));
      if (state.dead) throw new Error("the process died");
      return documents.put(document, options);
    },
    putMany: async (writes) => {
      if (state.dead) throw new Error("the process died");
      return documents.putMany(writes);
    },
  };
  /** Released, the held caller finds its process dead: no write of its gets through any more. */
  const die = () => {
    state.dead = true;
    release();
  };
  return { store, reached, release, die, state };
}

/** Held before writing the item document of `streamId` (in group "g"), the point most races turn on. */
const pausedBeforeWritingItem = (documents: DocumentStore, streamId: string) =>
  pausing(documents, "before writing the document", groupCountKey("g"), itemKey(streamId));

type Delivery = (notifications: StreamNotification[]) => StreamNotification[][];

/** Each notification once, in order. */
export const eachOnce: Delivery = (notifications) => notifications.map((notification) => [notification]);
/** Every notification twice, newest first. */
export const twiceNewestFirst: Delivery = (notifications) =>
  [...notifications, ...notifications].reverse().map((notification) => [notification]);
/** Every notification three times, all handed over at once. */
export const allAtOnce: Delivery = (notifications) => [
  [...notifications, ...notifications, ...notifications],
];
/** Only each stream's last notification: the others were lost. */
export const onlyTheLast: Delivery = (notifications) => {
  const last = new Map(notifications.map((notification) => [notification.streamId, notification]));
  return [[...last.values()]];
};

/**
 * Projected counters on one store: a count that events of many streams change stays exact through
 * duplicated, reordered, lost and concurrent deliveries, crashes between any two writes, and rebuilds.
 */
export function projectorCounters(
  name: string,
  open: (catalog: EventCatalog) => Promise<ProjectorWorld>,
  runs = 50,
) {
  const tally = (
    world: ProjectorWorld,
    documents = world.documents,
    projection: DocumentProjection = tallyProjection,
  ) => projector({ store: world.store, documents, projections: [projection] });

  async function inWorld(run: (world: ProjectorWorld) => Promise<void>) {
    const world = await open(tallyCatalog);
    try {
      await run(world);
    } finally {
      await world.close();
    }
  }

  /** Given these events, when their notifications arrive so, then each group counts this. */
  const given = (...steps: Step[]) => ({
    when: (delivery: Delivery) => ({
      // biome-ignore lint/suspicious/noThenProperty: "then" is the specification's word; the outcome is never awaited
      then: (counts: Record<string, number>) =>
        inWorld(async (world) => {
          const notifications: StreamNotification[] = [];
          for (const step of steps) notifications.push(await appendStep(world.store, step));
          for (const round of delivery(notifications))
            await Promise.all(round.map((notification) => tally(world).handle(notification)));
          for (const [group, count] of Object.entries(counts)) {
            expect(await countOf(world.documents, group), `the count of ${group}`).toBe(count);
            expect(await unlanded(world.documents, group)).toEqual([]);
          }
        }),
    }),
  });

  describe(`projected counters on ${name}`, () => {
    test("an added item counts once, however often its notification comes", () =>
      given(added("g", "ann")).when(twiceNewestFirst).then({ g: 1 }));

    test("a removed item leaves the count", () =>
      given(added("g", "ann"), added("g", "bob"), removed("g", "ann")).when(eachOnce).then({ g: 1 }));

    test("adding an added item again, or removing one never added, changes nothing", () =>
      given(added("g", "ann"), added("g", "ann"), removed("g", "bob"), noted("g", "cy"))
        .when(allAtOnce)
        .then({ g: 1 }));

    test("an item removed and added again counts once", () =>
      given(added("g", "ann"), removed("g", "ann"), added("g", "ann"), noted("g", "ann"))
        .when(twiceNewestFirst)
        .then({ g: 1 }));

    test("groups count apart, and a group nothing was added to counts 0", () =>
      given(added("a", "x"), added("b", "y"), added("b", "z"), removed("b", "y"), added("b", "y"))
        .when(onlyTheLast)
        .then({ a: 1, b: 2, c: 0 }));

    test("many items of one group joining at once, each delivered three times, count once each", () =>
      given(...["a", "b", "c", "d", "e", "f", "g", "h"].map((item) => added("g", item)))
        .when(allAtOnce)
        .then({ g: 8 }));

    test("an add writes its document once and its counter once, which sweeps off the add before it; a note writes no counter", () =>
      inWorld(async (world) => {
        const first = countingWrites(world.documents);
        await tally(world, first.store).handle(await appendStep(world.store, added("g", "ann")));
        const counter = groupCountKey("g");
        const item = itemKey(tallyStream("g", "ann"));
        expect({ document: first.to(item), counter: first.to(counter), all: first.written.length }).toEqual({
          document: 1,
          counter: 1,
          all: 3, // and the checkpoint
        });

        const second = countingWrites(world.documents);
        await tally(world, second.store).handle(await appendStep(world.store, noted("g", "ann")));
        expect({
          document: second.to(item),
          counter: second.to(counter),
          all: second.written.length,
        }).toEqual({
          document: 1,
          counter: 0,
          all: 2,
        });
        expect(await countOf(world.documents, "g")).toBe(1);

        const third = countingWrites(world.documents);
        await tally(world, third.store).handle(await appendStep(world.store, added("g", "bob")));
        expect({ counter: third.to(counter), all: third.written.length }).toEqual({ counter: 1, all: 3 });
        const held = (await world.documents.get<CounterBody>(counter))?.body?.pending ?? [];
        expect(held.map((write) => write.document.key.partition)).toEqual([tallyStream("g", "bob")]);
        expect(await countOf(world.documents, "g")).toBe(2);
      }));

    describe("a worker that dies between any two writes leaves a count the next delivery makes exact", () => {
      // A clean add or remove makes three writes: counter, document, checkpoint.
      const survivals = [0, 1, 2, 3];
      const cases = [
        { name: "an add", before: [] as Step[], step: added("g", "ann"), count: 1 },
        { name: "a remove", before: [added("g", "ann")], step: removed("g", "ann"), count: 0 },
      ];
      for (const { name: what, before, step, count } of cases)
        for (const survives of survivals)
          for (const next of ["the same notification", "the next event, after another item's add"] as const)
            test(`${what}, dying after ${survives} writes, then ${next}`, () =>
              inWorld(async (world) => {
                for (const earlier of before)
                  await tally(world).handle(await appendStep(world.store, earlier));
                const notification = await appendStep(world.store, step);
                const dying = tally(world, dyingAfter(world.documents, survives)).handle(notification);
                if (survives < survivals.length - 1) await expect(dying).rejects.toThrow("the process died");
                else await dying;

                let expected = count;
                if (next === "the same notification") await tally(world).handle(notification);
                else {
                  // Another item counts while this one's write may still be pending on the counter.
                  await tally(world).handle(await appendStep(world.store, added("g", "bob")));
                  await tally(world).handle(await appendStep(world.store, noted(step.group, step.item)));
                  expected++;
                }
                expect(await countOf(world.documents, "g")).toBe(expected);
                expect(await unlanded(world.documents, "g")).toEqual([]);
                await tally(world, world.rebuilt).rebuild();
                expect(await visibleDocuments(world.documents)).toEqual(
                  await visibleDocuments(world.rebuilt),
                );
              }));
    });

    describe("two workers on one event, one held at a point of its counted write, count it once", () => {
      const points: PausePoint[] = [
        "after reading the counter",
        "before writing the counter",
        "before writing the document",
      ];
      const workers = ["a live fold", "a rebuild"] as const;
      for (const point of points)
        for (const held of workers)
          for (const other of workers)
            for (const step of [added("g", "ann"), removed("g", "ann")])
              test(`${held} held ${point} while ${other} applies a ${step.type === "added" ? "join" : "leave"}`, () =>
                inWorld(async (world) => {
                  if (step.type === "removed")
                    await tally(world).handle(await appendStep(world.store, added("g", "ann")));
                  await tally(world).handle(await appendStep(world.store, added("g", "bob")));
                  const notification = await appendStep(world.store, step);
                  const run = (worker: (typeof workers)[number], documents: DocumentStore) =>
                    worker === "a live fold"
                      ? tally(world, documents).handle(notification)
                      : tally(world, documents)
                          .rebuild()
                          .then(() => undefined);
                  const paused = pausing(
                    world.documents,
                    point,
                    groupCountKey("g"),
                    itemKey(notification.streamId),
                  );
                  const straggler = run(held, paused.store);
                  await Promise.race([paused.reached, straggler]);
                  await run(other, world.documents);
                  paused.release();
                  await straggler;
                  expect(paused.state.held).toBe(true);
                  expect(await countOf(world.documents, "g")).toBe(step.type === "added" ? 2 : 1);
                  expect(await unlanded(world.documents, "g")).toEqual([]);
                }));
    });

    test("a rebuild's jump that a live fold's uncounted write overtakes is taken back off the count", () =>
      inWorld(async (world) => {
        await tally(world).handle(await appendStep(world.store, added("g", "ann")));
        await appendStep(world.store, noted("g", "ann"));
        const notification = await appendStep(world.store, removed("g", "ann"));
        // The rebuild counts ann's removal (a jump from version 1 to 3) and is held before writing it; the
        // live fold writes the note (version 2, no count) over version 1, so the rebuild's write can never land.
        const paused = pausedBeforeWritingItem(world.documents, notification.streamId);
        const rebuild = tally(world, paused.store).rebuild();
        await paused.reached;
        await tally(world).handle(notification);
        paused.release();
        await rebuild;
        expect(await countOf(world.documents, "g")).toBe(0);
        expect(await unlanded(world.documents, "g")).toEqual([]);
      }));

    test("a rebuild's jump that a live fold's uncounted write overtakes is taken back by the rebuild itself", () =>
      inWorld(async (world) => {
        await tally(world).handle(await appendStep(world.store, added("g", "ann")));
        const note = await appendStep(world.store, noted("g", "ann"));
        await appendStep(world.store, removed("g", "ann"));
        const paused = pausedBeforeWritingItem(world.documents, note.streamId);
        const rebuild = tally(world, paused.store).rebuild();
        await paused.reached;
        // Only the note reaches the live fold: its leave is still on its way.
        const noteOnly: EventStore = {
          ...world.store,
          readStream: async (streamId, options) =>
            (await world.store.readStream(streamId, options)).filter(
              (event) => event.version <= note.version,
            ),
        };
        await projector({
          store: noteOnly,
          documents: world.documents,
          projections: [tallyProjection],
        }).handle(note);
        paused.release();
        await rebuild;
        expect(await countOf(world.documents, "g")).toBe(0);
        expect(await unlanded(world.documents, "g")).toEqual([]);
      }));

    test("a live fold that dies after counting, overtaken by a rebuild whose jump counts nothing, is settled by the rebuild", () =>
      inWorld(async (world) => {
        await tally(world).handle(await appendStep(world.store, added("g", "ann")));
        const leave = await appendStep(world.store, removed("g", "ann"));
        await appendStep(world.store, added("g", "ann"));
        // The live fold counts the leave (version 2) and dies before writing it; the rebuild jumps ann from
        // added at version 1 to added at version 3, which changes no count, and moves the checkpoint past the leave.
        const paused = pausedBeforeWritingItem(world.documents, leave.streamId);
        const live = tally(world, paused.store).handle(leave);
        await paused.reached;
        await tally(world).rebuild();
        paused.die();
        await expect(live).rejects.toThrow("the process died");
        await tally(world).handle(leave);
        expect(await countOf(world.documents, "g")).toBe(1);
        expect(await unlanded(world.documents, "g")).toEqual([]);
      }));

    for (const then of ["the rebuild runs again", "another item's add is counted"] as const)
      test(`a rebuild that dies after counting a jump a live fold then overtakes is made good when ${then}`, () =>
        inWorld(async (world) => {
          await tally(world).handle(await appendStep(world.store, added("g", "ann")));
          const note = await appendStep(world.store, noted("g", "ann"));
          await appendStep(world.store, removed("g", "ann"));
          const paused = pausedBeforeWritingItem(world.documents, note.streamId);
          const rebuild = tally(world, paused.store).rebuild();
          await paused.reached;
          paused.die();
          await expect(rebuild).rejects.toThrow("the process died");
          // The live fold has only the note yet: it moves ann from version 1, where the dead jump expects her.
          const noteOnly: EventStore = {
            ...world.store,
            readStream: async (streamId, options) =>
              (await world.store.readStream(streamId, options)).filter(
                (event) => event.version <= note.version,
              ),
          };
          await projector({
            store: noteOnly,
            documents: world.documents,
            projections: [tallyProjection],
          }).handle(note);
          if (then === "the rebuild runs again") {
            await tally(world).rebuild();
            expect(await countOf(world.documents, "g")).toBe(0);
          } else {
            await tally(world).handle(await appendStep(world.store, added("g", "bob")));
            expect(await countOf(world.documents, "g")).toBe(2);
          }
          expect(await unlanded(world.documents, "g")).toEqual([]);
        }));

    test("a rebuild over existing documents leaves every count as it was and writes no counter", () =>
      inWorld(async (world) => {
        for (const step of [added("g", "ann"), added("g", "bob"), removed("g", "ann"), added("h", "cy")])
          await tally(world).handle(await appendStep(world.store, step));
        const counting = countingWrites(world.documents);
        await tally(world, counting.store).rebuild();
        expect(counting.to(groupCountKey("g")) + counting.to(groupCountKey("h"))).toBe(0);
        expect(await readCounters(world.documents, [groupCountKey("g"), groupCountKey("h")])).toEqual([1, 1]);
      }));

    test("a rebuild into an empty store gives the counts live projection gave", () =>
      inWorld(async (world) => {
        for (const step of [added("g", "ann"), added("g", "bob"), removed("g", "ann"), added("h", "cy")])
          await tally(world).handle(await appendStep(world.store, step));
        await tally(world, world.rebuilt).rebuild({ concurrency: 4 });
        const keys = [groupCountKey("g"), groupCountKey("h")];
        expect(await readCounters(world.rebuilt, keys)).toEqual([1, 1]);
        expect(await readCounters(world.documents, keys)).toEqual([1, 1]);
      }));

    test("a rebuild with a projection that shapes documents differently moves each count by what changed", () =>
      inWorld(async (world) => {
        for (const step of [added("g", "ann"), added("g", "bob"), added("g", "cy"), removed("g", "cy")])
          await tally(world).handle(await appendStep(world.store, step));
        // A fix that forgets removals: cy's document comes back, and counts again.
        const keepingRemoved = {
          ...tallyProjection,
          kinds: [
            {
              ...itemDocuments,
              evolve: (document, event, touched) =>
                event.type === "ItemRemoved"
                  ? { type: "unchanged" }
                  : itemDocuments.evolve(document, event, touched),
            } satisfies typeof itemDocuments,
          ],
        } as DocumentProjection;
        await tally(world, world.documents, keepingRemoved).rebuild();
        expect(await countOf(world.documents, "g")).toBe(3);
        expect(await unlanded(world.documents, "g")).toEqual([]);
      }));

    test(`any delivery, with a rebuild running alongside or not, ends in the counts of a clean rebuild (${runs} runs)`, async () => {
      const stepArbitrary = fc.record({
        group: fc.constantFrom("a", "b"),
        item: fc.constantFrom("w", "x", "y", "z"),
        type: fc.constantFrom<Step["type"]>("added", "added", "removed", "noted"),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(stepArbitrary, { minLength: 1, maxLength: 16 }),
          fc.array(
            fc.record({ copies: fc.integer({ min: 0, max: 2 }), order: fc.double({ min: 0, max: 1 }) }),
            {
              minLength: 16,
              maxLength: 16,
            },
          ),
          fc.integer({ min: 1, max: 4 }),
          fc.option(fc.integer({ min: 0, max: 15 })),
          async (steps, deliveries, concurrency, rebuildAt) => {
            const world = await open(tallyCatalog);
            try {
              const live = tally(world);
              const pool: { notification: StreamNotification; order: number }[] = [];
              const inFlight: Promise<void>[] = [];
              const last = new Map<string, StreamNotification>();
              const release = (count: number) => {
                pool.sort((left, right) => left.order - right.order);
                for (const { notification } of pool.splice(0, count))
                  inFlight.push(live.handle(notification));
              };
              for (const [index, step] of steps.entries()) {
                const notification = await appendStep(world.store, step);
                last.set(notification.streamId, notification);
                const delivery = deliveries[index % deliveries.length] as (typeof deliveries)[number];
                for (let copy = 0; copy < delivery.copies; copy++)
                  pool.push({ notification, order: (delivery.order + copy * 0.37) % 1 });
                if (rebuildAt === index)
                  inFlight.push(
                    tally(world)
                      .rebuild({ concurrency })
                      .then(() => undefined),
                  );
                release(concurrency);
              }
              release(pool.length);
              await Promise.all(inFlight);
              await Promise.all([...last.values()].map((notification) => live.handle(notification)));

              await tally(world, world.rebuilt).rebuild({ concurrency });
              const expected = expectedCounts(steps);
              const groups = [...expected.keys()];
              const keys = groups.map(groupCountKey);
              expect(await readCounters(world.documents, keys)).toEqual(
                groups.map((group) => expected.get(group)),
              );
              expect(await readCounters(world.rebuilt, keys)).toEqual(
                groups.map((group) => expected.get(group)),
              );
              for (const group of groups) expect(await unlanded(world.documents, group)).toEqual([]);
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
