import { describe, expect, test } from "vitest";
import { communityModule } from "../community/index";
import type { EventEnvelope } from "../eventstore/envelope";
import { eventCatalog } from "../eventstore/event-catalog";
import { meetupModule } from "../meetup/index";
import { erasureFinishedReactor, memberModule } from "../member/index";
import { completionCountKey, learnerCountKey, type PathInput, pathModule } from "../path/index";
import { readCounters } from "../projection/projected-counter";
import { reactTo } from "../reactor/reactor";
import { talkModule } from "../talk/index";
import { bothStores } from "../testing/both-stores";
import { projectedWorldOn } from "../testing/projected-world";
import { progressErasureReactor } from "./check-in-progress";
import { progressModule } from "./commands";
import { pathProgressPartition, progressStream } from "./documents";
import { revisionCompletionReactor } from "./revision-completion";
import { member, now, pathInput, progressCast, worldEventTypes, worldProjections } from "./test-world";

/**
 * The revision reactor on both stores, fed as a bus feeds it: at least once and in no order. Whatever
 * duplicates, reorders and drops (caught up by a later delivery) the deliveries hold, each member's
 * progress records one completion or lapse per change of what the latest revision makes of it, and the
 * path's counts are those of one clean delivery. The erasure reactors run live, as they do on the bus.
 */
const stores = bothStores(eventCatalog(...worldEventTypes));

/** A seeded shuffle: the same disorder every run. */
function shuffled<Item>(items: readonly Item[], seed: number): Item[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as Item, copy[index] as Item];
  }
  return copy;
}

describe.each(stores)("revisions on %s", (_name, open) => {
  test("end and make completions exactly once under duplicated, reordered and partly dropped deliveries; an erased member's progress is left alone", async () => {
    const revisions: EventEnvelope[] = [];
    const opened = await open();
    const live: Parameters<typeof reactTo>[0][number][] = [];
    const { store, documents, keys, clock, close } = projectedWorldOn(opened, {
      eventTypes: worldEventTypes,
      projections: worldProjections,
      now,
      // Revisions are kept for the deliveries below; the erasure happens as the bus would have it.
      afterProjecting: async (events) => {
        revisions.push(...events.filter((event) => event.type === "PathRevised"));
        for (const event of events) await reactTo(live, event);
      },
    });
    const members = memberModule({
      store,
      documents,
      keys,
      clock,
      emailSecret: "a server secret that is long enough",
    });
    const communities = communityModule({ store, documents, clock, members });
    const meetups = meetupModule({ store, documents, communities, members, clock });
    const talks = talkModule({ store, documents, communities, members, meetups, clock });
    const paths = pathModule({ store, documents, communities, members, talks, meetups, clock });
    const progress = progressModule({ store, documents, paths, meetups, clock });
    live.push(progressErasureReactor({ progress }), erasureFinishedReactor({ keys }));
    const reactor = revisionCompletionReactor({ progress });
    const deliver = async (deliveries: readonly EventEnvelope[]) => {
      await Promise.all(deliveries.slice(0, 4).map((event) => reactor.react(structuredClone(event))));
      for (const event of deliveries.slice(4)) await reactor.react(structuredClone(event));
    };

    const cast = await progressCast({ members, meetups, paths, store, documents, clock });
    const [finisher, reader, leaver, idler, bystander] = [
      cast.learner,
      cast.other,
      ...(await Promise.all(["Ada", "Bo", "Cy"].map((name) => member({ members }, name)))),
    ] as [string, string, string, string, string];
    for (const memberId of [leaver, idler, bystander])
      await communities.join({ actor: memberId, communityId: cast.communityId });
    const mark = (actor: string, checkpointId: string) =>
      progress.markCheckpoint({ actor, input: { pathId: cast.pathId, checkpointId, done: true } });
    for (const actor of [finisher, leaver]) {
      await mark(actor, cast.readId);
      await mark(actor, cast.attendId);
    }
    await mark(reader, cast.readId);
    await progress.followPath({ actor: idler, pathId: cast.pathId });
    // A completion counts whether or not its member still follows.
    await progress.unfollowPath({ actor: leaver, pathId: cast.pathId });
    const counts = () =>
      readCounters(documents, [learnerCountKey(cast.pathId), completionCountKey(cast.pathId)]);
    expect(await counts()).toEqual([3, 2]);

    const read = {
      id: cast.readId,
      task: "Read the introduction",
      url: "https://example.com/intro",
      title: "An introduction",
    };
    const attend = { id: cast.attendId, task: "Come to the meetup", meetupId: cast.meetupId };
    const build = { task: "Build a projection", url: "https://example.com/build", title: "Build one" };
    const revise = (changeNote: string, checkpoints: PathInput["checkpoints"]) =>
      paths.editPath({
        actor: cast.curator,
        pathId: cast.pathId,
        changeNote,
        input: pathInput(cast.meetupId, { checkpoints }),
      });

    // Revision 2 adds a checkpoint: the two who had finished have not any more.
    await revise("Build one yourself", [read, attend, build]);
    expect(revisions).toHaveLength(1);
    await deliver(shuffled([...revisions, ...revisions, ...revisions], 7));
    expect(await counts()).toEqual([3, 0]);

    // The finisher does it; revision 3 leaves only the reading, which the reader (and the leaver) did.
    const buildId = (await paths.currentCheckpoints(cast.pathId))?.checkpoints[2]?.id ?? "";
    await mark(finisher, buildId);
    expect(await counts()).toEqual([3, 1]);
    await revise("Reading is enough", [read]);
    expect(revisions).toHaveLength(2);
    // The idler is erased before the bus brings revision 3: their progress is gone, and stays so.
    await members.erase({ memberId: idler, actor: idler });
    const listed = await documents.query<{ memberId: string }>("second", {
      partition: pathProgressPartition(cast.pathId),
      limit: 10,
    });
    expect(listed.documents.map(({ body }) => body?.memberId)).not.toContain(idler);

    // Dropped: only revision 2 arrives, late (it reassesses against revision 3, as it is now); then
    // everything again, duplicated and shuffled, some at once; then caught up in another order.
    const [second, third] = revisions as [EventEnvelope, EventEnvelope];
    await deliver([second]);
    expect(await counts()).toEqual([2, 3]);
    await deliver([...shuffled([second, third, third, second, third], 11), ...shuffled(revisions, 13)]);

    const recorded = async (memberId: string) =>
      (await store.readStream(progressStream(memberId, cast.pathId)))
        .filter((event) => event.type === "PathCompleted" || event.type === "PathCompletionLapsed")
        .map((event) => `${event.type} ${(event.data as { revision: number }).revision}`);
    expect(await recorded(finisher)).toEqual([
      "PathCompleted 1",
      "PathCompletionLapsed 2",
      "PathCompleted 2",
    ]);
    expect(await recorded(reader)).toEqual(["PathCompleted 3"]);
    expect(await recorded(leaver)).toEqual(["PathCompleted 1", "PathCompletionLapsed 2", "PathCompleted 3"]);
    expect(await recorded(idler)).toEqual([]);
    expect((await store.readStream(progressStream(idler, cast.pathId))).at(-1)?.type).toBe("ProgressErased");
    expect(await store.readStream(progressStream(bystander, cast.pathId))).toEqual([]);
    for (const memberId of [finisher, reader, leaver]) {
      const [view] = await progress.viewerProgress([cast.pathId], memberId);
      expect(view).toMatchObject({ completed: true, completedAt: expect.any(String), checkpointCount: 1 });
    }
    // Following now: the finisher and the reader; completed: they and the leaver.
    expect(await counts()).toEqual([2, 3]);
    close();
    await opened.close();
  }, 60_000);
});
