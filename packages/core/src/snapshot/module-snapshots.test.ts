import { expect, test } from "vitest";
import { communitySnapshotTag } from "../community/commands";
import { communityModule } from "../community/index";
import { sqliteDocumentStore } from "../documents/sqlite";
import { eventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { meetstreamEventTypes } from "../meetstream";
import { meetupSnapshotTag } from "../meetup/commands";
import { meetupStream } from "../meetup/documents";
import { meetupModule } from "../meetup/index";
import { openDatabase } from "../sqlite/database";
import { sqliteSnapshotStore } from "./sqlite";

/** Counts the events the modules read: what a cold start costs. */
function countingReads(store: EventStore) {
  const counter = { events: 0 };
  const counted: EventStore = {
    ...store,
    append: (...args) => store.append(...args),
    listStreams: (...args) => store.listStreams(...args),
    close: () => store.close(),
    async readStream(streamId, options) {
      const events = await store.readStream(streamId, options);
      counter.events += events.length;
      return events;
    },
  };
  return { store: counted, counter };
}

const waitUntil = async (check: () => Promise<boolean>) => {
  for (let attempt = 0; attempt < 200 && !(await check()); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 10));
};

test("the meetup and community modules given a snapshot store snapshot their streams, and fresh modules start from them", async () => {
  const database = openDatabase(":memory:");
  const events = sqliteEventStore(database, eventCatalog(...meetstreamEventTypes));
  const documents = sqliteDocumentStore(database);
  const snapshots = sqliteSnapshotStore(database);
  const modules = (store: EventStore) => {
    const communities = communityModule({ store, documents, snapshots });
    return { communities, meetups: meetupModule({ store, documents, communities, snapshots }) };
  };

  const { communities, meetups } = modules(events);
  const organiser = newId();
  const community = await communities.found({
    actor: organiser,
    input: { name: "Snapshot Community", slug: `snapshots-${newId().slice(-8)}`, joinMode: "open" },
  });
  const memberIds = Array.from({ length: 130 }, () => newId());
  for (const actor of memberIds) await communities.join({ actor, communityId: community.id });
  // Memberships are streams of their own: what makes a community stream long is its roles changing.
  for (const memberId of memberIds.slice(0, 50)) {
    const onMember = { actor: organiser, communityId: community.id, memberId };
    await communities.appointHost(onMember);
    await communities.revokeRole(onMember);
  }
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const { meetupId } = await meetups.schedule({
    actor: organiser,
    input: {
      communityId: community.id,
      title: "Snapshot meetup",
      description: "Long enough for a snapshot.",
      venue: { name: "Hall", address: "1 Street, Rotterdam" },
      timeZone: "Europe/Amsterdam",
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      capacity: 50,
      guestLimit: 0,
      waitlist: true,
    },
  });
  await meetups.publish({ actor: organiser, meetupId });
  for (const actor of memberIds.slice(0, 120)) await meetups.rsvp({ actor, meetupId });

  // Written once the commands have their answers.
  await waitUntil(async () => (await snapshots.latest(meetupStream(meetupId)))?.version === 100);
  expect(await snapshots.latest(meetupStream(meetupId))).toMatchObject({
    version: 100,
    tag: meetupSnapshotTag,
  });
  expect(await snapshots.latest(`community-${community.id}`)).toMatchObject({
    version: 100,
    tag: communitySnapshotTag,
  });

  const counting = countingReads(events);
  const fresh = modules(counting.store);
  const result = await fresh.meetups.rsvp({ actor: memberIds[120] as string, meetupId });

  expect(result.rsvp).toMatchObject({ status: "waitlisted", waitlistPosition: 71 });
  // The meetup's first event (its community), from its snapshot's last event on (100 to 122), the
  // community's from its own (100 and 101) and the member's membership (1): 1 + 23 + 2 + 1, where folding
  // the meetup and the community would read 122 + 101.
  expect(counting.counter.events).toBe(1 + 23 + 2 + 1);
});
