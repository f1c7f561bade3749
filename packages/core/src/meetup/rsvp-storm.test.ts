/**
 * Acceptance: a storm of RSVPs on one meetup, through the command handler, on every event store.
 * Capacity holds, the waitlist keeps arrival order, cancellations promote first-come-first-served with
 * party fit, no RSVP is lost or doubled, and the documents the projector kept equal a clean rebuild.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fullJitter } from "../decider/backoff";
import { fold } from "../decider/decider";
import type { DocumentStore } from "../documents/document-store";
import { createDocumentTable, dynamoDocumentStore } from "../documents/dynamodb";
import { sqliteDocumentStore } from "../documents/sqlite";
import { createEventTable, dynamoEventStore } from "../eventstore/dynamodb";
import type { EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { projector } from "../projection/projector";
import { visibleDocuments } from "../projection/visible-documents";
import { openDatabase } from "../sqlite/database";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import type { RsvpResult } from "./commands";
import { type Meetup, meetupDecider, partySize, seatsLeft } from "./decider";
import type { MeetupDocument } from "./documents";
import { meetupKey } from "./documents";
import type { MeetupEvent } from "./events";
import {
  type MeetupWorld,
  meetupInput,
  meetupWorld,
  rolesInMemory,
  type WorldOptions,
  worldCatalog,
  worldProjections,
} from "./test-world";

interface StormStores {
  log: EventStore;
  documents: DocumentStore;
  /** Empty: for the clean rebuild to compare with. */
  rebuilt: DocumentStore;
}

const members = 200;
const capacity = 50;
const cancellations = 10;
/** Service instances (Lambda instances, or processes) sharing the store. */
const serviceInstances = 4;
/** Some parties bring guests: every sixth member two, every fourth one. */
const guestsOf = (index: number) => (index % 6 === 0 ? 2 : index % 4 === 0 ? 1 : 0);

/** The events of each command, in append order: a command's events share its correlation id. */
function commitsOf(stream: EventEnvelope[]): EventEnvelope[][] {
  const commits: EventEnvelope[][] = [];
  for (const event of stream) {
    const last = commits.at(-1);
    if (last && last[0]?.meta.correlationId === event.meta.correlationId) last.push(event);
    else commits.push([event]);
  }
  return commits;
}

const asEvents = (envelopes: EventEnvelope[]) => envelopes as unknown as MeetupEvent[];

/** The rule, restated independently of the decider: walk the line, promote every party that still fits. */
function expectedPromotions(before: Meetup, freed: number): string[] {
  let left = (before.capacity ?? Number.POSITIVE_INFINITY) - before.confirmedSeats + freed;
  const promoted: string[] = [];
  for (const party of before.waitlist.values())
    if (partySize(party.guests) <= left) {
      left -= partySize(party.guests);
      promoted.push(party.memberId);
    }
  return promoted;
}

function rsvpStorm(
  name: string,
  open: () => Promise<StormStores>,
  options: Pick<WorldOptions, "maximumAttempts" | "randomDelay" | "projection">,
) {
  const { projection: _projection, ...retries } = options;
  describe(`an RSVP storm on ${name}`, () => {
    test(`${members} concurrent RSVPs on a meetup of ${capacity} seats, then ${cancellations} cancellations`, async () => {
      const stores = await open();
      const cast = {
        communityId: newId(),
        organiser: newId(),
        members: Array.from({ length: members }, () => newId()),
      };
      const communityRoles = rolesInMemory({
        [cast.communityId]: {
          [cast.organiser]: "organiser",
          ...Object.fromEntries(cast.members.map((member) => [member, "member" as const])),
        },
      });
      // The service as it runs on AWS: several instances on one store, each taking every request it
      // gets at once. Within an instance commands on one stream take turns; between instances they race.
      const instances = Array.from({ length: serviceInstances }, () =>
        meetupWorld({ ...stores, projection: options.projection, communityRoles, ...retries }),
      );
      const [world] = instances as [MeetupWorld];
      const instanceOf = (index: number) => instances[index % instances.length] as MeetupWorld;
      const appendsOf = () => ({
        attempts: instances.reduce((sum, instance) => sum + instance.appends.attempts, 0),
        conflicts: instances.reduce((sum, instance) => sum + instance.appends.conflicts, 0),
      });
      const { meetupId } = await world.meetups.schedule({
        actor: cast.organiser,
        input: meetupInput(cast.communityId, { capacity, guestLimit: 2, waitlist: true }),
      });
      await world.meetups.publish({ actor: cast.organiser, meetupId });
      const streamId = `meetup-${meetupId}`;

      // The storm: everyone at once.
      const before = appendsOf();
      const started = performance.now();
      const outcomes = await Promise.allSettled(
        cast.members.map((actor, index) =>
          instanceOf(index).meetups.rsvp({ actor, meetupId, guests: guestsOf(index) }),
        ),
      );
      const stormMilliseconds = performance.now() - started;
      const stormAppends = {
        attempts: appendsOf().attempts - before.attempts,
        conflicts: appendsOf().conflicts - before.conflicts,
      };
      // The instances did race: the storm exercised the optimistic concurrency, not only the turns.
      expect(stormAppends.conflicts).toBeGreaterThan(0);

      const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
      expect(rejected).toEqual([]);
      const results = outcomes.map((outcome) => (outcome as PromiseFulfilledResult<RsvpResult>).value);

      const afterStorm = await world.log.readStream(streamId);
      const rsvps = asEvents(afterStorm).filter(
        (event) => event.type === "RsvpConfirmed" || event.type === "RsvpWaitlisted",
      ) as Extract<MeetupEvent, { type: "RsvpConfirmed" | "RsvpWaitlisted" }>[];
      // Exactly one outcome per member, and the one each member was told.
      expect(rsvps).toHaveLength(members);
      expect(new Set(rsvps.map((event) => event.data.memberId)).size).toBe(members);
      const outcomeOf = new Map(rsvps.map((event) => [event.data.memberId, event.type]));
      for (const [index, result] of results.entries()) {
        const memberId = cast.members[index] as string;
        expect(result.memberId).toBe(memberId);
        expect(result.rsvp.guests).toBe(guestsOf(index));
        expect(outcomeOf.get(memberId)).toBe(
          result.rsvp.status === "confirmed" ? "RsvpConfirmed" : "RsvpWaitlisted",
        );
      }
      const stormState = fold(meetupDecider, asEvents(afterStorm));
      // The waitlist is in arrival order: the order the RSVPs were appended in.
      expect([...stormState.waitlist.keys()]).toEqual(
        rsvps.filter((event) => event.type === "RsvpWaitlisted").map((event) => event.data.memberId),
      );
      expect(stormState.confirmedSeats).toBeLessThanOrEqual(capacity);

      // Ten confirmed members cancel, at once.
      const leaving = rsvps
        .filter((event) => event.type === "RsvpConfirmed")
        .slice(0, cancellations)
        .map((event) => event.data.memberId);
      const cancelled = await Promise.allSettled(
        leaving.map((actor, index) => instanceOf(index).meetups.cancelRsvp({ actor, meetupId })),
      );
      expect(cancelled.filter((outcome) => outcome.status === "rejected")).toEqual([]);

      // Every commit, replayed: capacity never exceeded, nobody left waiting who fits, and each
      // cancellation promoted exactly whom first-come-first-served with party fit says.
      const stream = await world.log.readStream(streamId);
      let state = meetupDecider.initialState;
      let promotions = 0;
      for (const commit of commitsOf(stream)) {
        const events = asEvents(commit);
        const [first] = events;
        if (first?.type === "RsvpCancelled") {
          const rsvp = state.rsvps.get(first.data.memberId);
          const freed = rsvp?.status === "confirmed" ? partySize(rsvp.guests) : 0;
          const promoted = events.flatMap((event) =>
            event.type === "WaitlistPromoted" ? [event.data.memberId] : [],
          );
          expect(promoted).toEqual(expectedPromotions(state, freed));
          promotions += promoted.length;
        }
        state = fold(meetupDecider, events, state);
        expect(state.confirmedSeats).toBeLessThanOrEqual(capacity);
        const smallestWaiting = Math.min(...state.waitlist.map((party) => partySize(party.guests)).values());
        expect(smallestWaiting).toBeGreaterThan(seatsLeft(state));
      }
      const statuses = [...state.rsvps.values()].map((rsvp) => rsvp.status);
      expect(statuses).toHaveLength(members);
      expect(statuses.filter((status) => status === "cancelled")).toHaveLength(cancellations);
      expect(promotions).toBeGreaterThan(0);

      // Documents: the projector ran beside the writers, fed every notification; a clean rebuild agrees.
      const settling = performance.now();
      await Promise.all(instances.map((instance) => instance.settled()));
      console.info(
        `${name}: projections settled ${Math.round(performance.now() - settling)} ms after the last command`,
      );
      const meetupDocument = await stores.documents.get<MeetupDocument>(meetupKey(meetupId));
      expect(meetupDocument?.version).toBe(stream.length);
      expect(meetupDocument?.body).toMatchObject({
        confirmedSeats: state.confirmedSeats,
        waitlistLength: state.waitlist.size,
      });
      expect(
        (await world.meetups.waitlistOf(meetupId, cast.organiser)).map(({ memberId, guests }) => ({
          memberId,
          guests,
        })),
      ).toEqual([...state.waitlist.values()]);
      await projector({
        store: world.log,
        documents: stores.rebuilt,
        projections: worldProjections,
      }).rebuild();
      expect(await visibleDocuments(stores.documents)).toEqual(await visibleDocuments(stores.rebuilt));

      console.info(
        `${name}: ${members} RSVPs in ${Math.round(stormMilliseconds)} ms, ${stormAppends.attempts} append attempts ` +
          `(${stormAppends.conflicts} version conflicts); ${state.confirmedSeats} seats confirmed, ` +
          `${state.waitlist.size} parties waiting, ${promotions} promoted by ${cancellations} cancellations`,
      );
    }, 300_000);
  });
}

rsvpStorm(
  "SQLite",
  async () => {
    const database = openDatabase(":memory:");
    return {
      log: sqliteEventStore(database, worldCatalog()),
      documents: sqliteDocumentStore(database),
      rebuilt: sqliteDocumentStore(openDatabase(":memory:")),
    };
  },
  { maximumAttempts: 500, projection: "beside" },
);

/**
 * Exponential backoff from 10 ms up to 2 s, full jitter: dynalite serves every request on this test's
 * own thread, so a writer that lost the race steps well aside rather than add to the queue it lost in.
 */
const contendedDelay = fullJitter({ baseMilliseconds: 10, maximumMilliseconds: 2000 });

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.stop();
});

rsvpStorm(
  "DynamoDB (dynalite)",
  async () => {
    const [events, documents, rebuilt] = [
      uniqueTableName("events"),
      uniqueTableName("documents"),
      uniqueTableName("rebuilt"),
    ];
    await Promise.all([
      createEventTable(dynamo.client, events),
      createDocumentTable(dynamo.client, documents),
      createDocumentTable(dynamo.client, rebuilt),
    ]);
    return {
      log: dynamoEventStore({ client: dynamo.client, tableName: events, catalog: worldCatalog() }),
      documents: dynamoDocumentStore({ client: dynamo.client, tableName: documents }),
      rebuilt: dynamoDocumentStore({ client: dynamo.client, tableName: rebuilt }),
    };
  },
  // dynalite serves every request on this test's own thread: projecting beside the writers would slow
  // them down, so every notification is delivered once the commands are done (shuffled, four at a time).
  { maximumAttempts: 100, randomDelay: contendedDelay, projection: "when settled" },
);
