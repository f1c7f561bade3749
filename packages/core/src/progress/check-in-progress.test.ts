import { describe, expect, test } from "vitest";
import { communityModule } from "../community/index";
import type { EventEnvelope } from "../eventstore/envelope";
import { eventCatalog } from "../eventstore/event-catalog";
import { meetupModule } from "../meetup/index";
import { memberModule } from "../member/index";
import { completionCountKey, learnerCountKey, pathModule } from "../path/index";
import { readCounters } from "../projection/projected-counter";
import { talkModule } from "../talk/index";
import { bothStores } from "../testing/both-stores";
import { projectedWorldOn } from "../testing/projected-world";
import { checkInProgressReactor } from "./check-in-progress";
import { progressModule } from "./commands";
import { progressStream } from "./documents";
import { meetupStartsAt, member, now, progressCast, worldEventTypes, worldProjections } from "./test-world";

/**
 * The check-in reactor on both stores, fed as a bus feeds it: at least once and in no order. Whatever
 * duplicates, reorders and drops (caught up by a later redelivery) the deliveries hold, every follower's
 * meetup checkpoint is done by exactly one mark, and the counts are those of one clean delivery.
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

describe.each(stores)("check-ins on %s", (_name, open) => {
  test("complete meetup checkpoints exactly once under duplicated, reordered and partly dropped deliveries", async () => {
    const checkIns: EventEnvelope[] = [];
    const opened = await open();
    const { store, documents, keys, clock, close } = projectedWorldOn(opened, {
      eventTypes: worldEventTypes,
      projections: worldProjections,
      now,
      // Check-ins are kept for the deliveries below.
      afterProjecting: (events) => {
        checkIns.push(...events.filter((event) => event.type === "AttendeeCheckedIn"));
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
    const reactor = checkInProgressReactor({ progress });

    const cast = await progressCast({ members, meetups, paths, store, documents, clock });
    const followers = [
      cast.learner,
      cast.other,
      ...(await Promise.all(["Ada", "Bo"].map((name) => member({ members }, name)))),
    ];
    const bystander = await member({ members }, "Cy");
    for (const memberId of [...followers.slice(2), bystander])
      await communities.join({ actor: memberId, communityId: cast.communityId });
    for (const memberId of followers) await progress.followPath({ actor: memberId, pathId: cast.pathId });
    for (const memberId of [...followers, bystander])
      await meetups.rsvp({ actor: memberId, meetupId: cast.meetupId });
    clock.set(meetupStartsAt);
    for (const memberId of [...followers, bystander])
      await meetups.checkIn({ actor: cast.organiser, meetupId: cast.meetupId, memberId });
    expect(checkIns).toHaveLength(5);

    // Dropped: the first delivery loses two; duplicated and reordered: each is delivered twice, shuffled;
    // caught up: everything again, in another order.
    const deliveries = [
      ...shuffled(checkIns, 7).slice(2),
      ...shuffled([...checkIns, ...checkIns], 11),
      ...shuffled(checkIns, 13),
    ];
    await Promise.all(deliveries.slice(0, 4).map((event) => reactor.react(structuredClone(event))));
    for (const event of deliveries.slice(4)) await reactor.react(structuredClone(event));

    for (const memberId of followers) {
      const events = await store.readStream(progressStream(memberId, cast.pathId));
      const marks = events.filter((event) => event.type === "CheckpointMarked");
      expect(marks).toHaveLength(1);
      expect(marks[0]?.data).toMatchObject({ checkpointId: cast.attendId, done: true, source: "checked-in" });
      const [view] = await progress.viewerProgress([cast.pathId], memberId);
      expect(view).toMatchObject({ doneCount: 1, checkpointCount: 2, completion: 0.5 });
    }
    expect(await store.readStream(progressStream(bystander, cast.pathId))).toEqual([]);
    expect(
      await readCounters(documents, [learnerCountKey(cast.pathId), completionCountKey(cast.pathId)]),
    ).toEqual([followers.length, 0]);
    close();
    await opened.close();
  }, 60_000);
});
