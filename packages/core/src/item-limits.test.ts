import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Community, communityDecider } from "./community/decider";
import { memberCountKey, membershipStream, membershipsProjection } from "./community/documents";
import { createIdempotencyTable } from "./decider/idempotency-dynamodb";
import { documentBytes, maximumDocumentBytes } from "./documents/document-encoding";
import type { DocumentStore, StoredDocument } from "./documents/document-store";
import { createDocumentTable, dynamoDocumentStore } from "./documents/dynamodb";
import { sqliteDocumentStore } from "./documents/sqlite";
import type { DomainEvent, EventEnvelope } from "./eventstore/envelope";
import { newId } from "./ids/new-id";
import { type Meetup, type MeetupCommand, meetupDecider } from "./meetup/decider";
import { meetupStream, meetupsProjection } from "./meetup/documents";
import { meetupStateCodec } from "./meetup/meetup-state-codec";
import { foldInMemory } from "./projection/document-changes";
import type { CounterBody } from "./projection/projected-counter";
import { dynamoSnapshotStore } from "./snapshot/dynamodb";
import { maximumSnapshotBytes, type SnapshotStore } from "./snapshot/snapshot-store";
import { sqliteSnapshotStore } from "./snapshot/sqlite";
import { encodeState, jsonStateCodec, type StateCodec } from "./snapshot/state-snapshots";
import { openDatabase } from "./sqlite/database";
import { type LocalDynamo, startDynalite, uniqueTableName } from "./testing/dynalite";

/*
 * The sizes real groups reach: a meetup of 10,000 RSVPs with a long waitlist, a community of 100,000
 * members. Every document their projections write and every snapshot of their streams must stay within
 * the limit both stores share (DynamoDB's item limit, less room for its attributes), or a stream stops
 * being projected. The streams are decided and folded in memory, as the deciders and projections would
 * at those sizes; the largest items are then written to both stores, which check the limit themselves.
 */

const at = new Date().toISOString();
const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();

/** Envelopes of one stream's events, as the store hands them to the projector. */
function envelopes(streamId: string, events: readonly DomainEvent[]): EventEnvelope[] {
  return events.map((event, index) => ({
    id: newId(),
    streamId,
    version: index + 1,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    meta: { actor: "tester", occurredAt: at, correlationId: "correlation", causationId: null },
  }));
}

/**
 * A meetup's stream growing to `rsvps` RSVPs (capacity 500, the rest waitlisted, guests up to 2), with
 * the longest-seated member cancelling after every tenth RSVP and the first in line promoted.
 */
function meetupOf(rsvps: number) {
  const meetupId = newId();
  let meetup: Meetup = meetupDecider.initialState;
  const events: DomainEvent[] = [];
  const seated: string[] = [];
  const run = (command: MeetupCommand) => {
    for (const event of meetupDecider.decide({ ...command, metadata: { at, actor: "organiser" } }, meetup)) {
      meetup = meetupDecider.evolve(meetup, event);
      events.push(event);
      if (event.type === "RsvpConfirmed" || event.type === "WaitlistPromoted")
        seated.push(event.data.memberId);
    }
  };
  run({
    type: "Schedule",
    meetupId,
    communityId: newId(),
    schedule: {
      timeZone: "Europe/Amsterdam",
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
    },
    capacity: 500,
    details: {
      title: "A popular meetup",
      description: "A long waitlist.",
      venue: { name: "Hall", address: "1 Main Street, Rotterdam", coordinates: null },
      joinUrl: "https://meet.example/popular",
      guestLimit: 2,
      rsvpOpensAt: null,
      rsvpClosesAt: null,
      waitlist: true,
    },
  });
  run({ type: "Publish", meetupId });
  for (let n = 1; n <= rsvps; n++) {
    const memberId = newId();
    run({ type: "Rsvp", meetupId, memberId, guests: n % 3 });
    if (n % 10 === 0) run({ type: "CancelRsvp", meetupId, memberId: seated.shift() as string });
  }
  return { streamId: meetupStream(meetupId), events, meetup };
}

/** The largest of the documents, by the bytes the limit counts; `documentBytes` throws for any over it. */
function largestOf(documents: Iterable<StoredDocument>): { document: StoredDocument; bytes: number } {
  let largest: { document: StoredDocument; bytes: number } | undefined;
  for (const document of documents) {
    const bytes = documentBytes(document);
    if (!largest || bytes > largest.bytes) largest = { document, bytes };
  }
  if (!largest) throw new Error("no documents");
  return largest;
}

interface Stores {
  name: string;
  documents: DocumentStore;
  snapshots: SnapshotStore;
}

let dynamo: LocalDynamo;
let stores: Stores[];
const database = openDatabase(":memory:");

beforeAll(async () => {
  dynamo = await startDynalite();
  const tables = { documents: uniqueTableName("documents"), idempotency: uniqueTableName("idempotency") };
  await createDocumentTable(dynamo.client, tables.documents);
  await createIdempotencyTable(dynamo.client, tables.idempotency);
  stores = [
    { name: "SQLite", documents: sqliteDocumentStore(database), snapshots: sqliteSnapshotStore(database) },
    {
      name: "dynalite",
      documents: dynamoDocumentStore({ client: dynamo.client, tableName: tables.documents }),
      snapshots: dynamoSnapshotStore({ client: dynamo.client, tableName: tables.idempotency }),
    },
  ];
});
afterAll(async () => {
  database.close();
  await dynamo.stop();
});

/** Writes the document and the snapshot to every store: each refuses what is over the limit. */
async function writtenEverywhere<State>(
  document: StoredDocument,
  snapshot: { streamId: string; version: number; state: State; codec: StateCodec<State> },
) {
  const state = await encodeState(snapshot.state, snapshot.codec);
  for (const { documents, snapshots } of stores) {
    await documents.put(document, { expectedVersion: "absent" });
    await snapshots.save({
      streamId: snapshot.streamId,
      version: snapshot.version,
      lastEventId: newId(),
      tag: "item-limits/1/test",
      state,
    });
    expect((await documents.get(document.key))?.body).toEqual(document.body);
    expect((await snapshots.latest(snapshot.streamId))?.version).toBe(snapshot.version);
  }
  return state.byteLength;
}

describe("at the sizes large groups reach, no document or snapshot passes the limit, on either store", () => {
  test("a meetup of 10,000 RSVPs with a waitlist of thousands", async () => {
    const { streamId, events, meetup } = meetupOf(10_000);
    expect(meetup.waitlist.size).toBeGreaterThan(8_000);
    const documents = foldInMemory(meetupsProjection, envelopes(streamId, events));
    const largest = largestOf(documents.values());
    const snapshotBytes = await writtenEverywhere(largest.document, {
      streamId,
      version: events.length,
      state: meetup,
      codec: meetupStateCodec,
    });

    // The meetup document holds counts, not lists: no document grows with the RSVPs.
    expect(largest.bytes).toBeLessThan(4_000);
    // The snapshot does grow (it is what RSVP decisions need), within the limit with room to spare.
    expect(snapshotBytes).toBeLessThan(maximumSnapshotBytes / 2);
  }, 60_000);

  test("a community of 100,000 members", async () => {
    const communityId = newId();
    // The community's stream holds its details and roles: a hundred organisers and hosts, however many members.
    let community: Community = communityDecider.initialState;
    const founder = newId();
    const decide = (command: Parameters<typeof communityDecider.decide>[0]) => {
      for (const event of communityDecider.decide(command, community))
        community = communityDecider.evolve(community, event);
    };
    decide({
      type: "Found",
      communityId,
      metadata: { at, actor: founder },
      details: {
        name: "A large community",
        slug: "large",
        description: "x".repeat(2_000),
        tags: [],
        joinMode: "open",
      },
    });
    for (let role = 0; role < 100; role++)
      decide({
        type: role % 2 === 0 ? "AppointOrganiser" : "AppointHost",
        communityId,
        metadata: { at, actor: founder },
        memberId: newId(),
        membership: "member",
      });

    // Each membership is a stream of its own, and each one's documents are the same size.
    let largest = { bytes: 0 } as { document: StoredDocument; bytes: number };
    for (let member = 0; member < 100_000; member++) {
      const memberId = newId();
      const joined = envelopes(membershipStream(communityId, memberId), [
        { type: "MemberJoined", data: { memberId } },
      ]);
      const candidate = largestOf(foldInMemory(membershipsProjection, joined).values());
      if (candidate.bytes > largest.bytes) largest = candidate;
    }
    const counter: StoredDocument = {
      key: memberCountKey(communityId),
      version: 200_000,
      body: { count: 100_000, pending: [] } satisfies CounterBody,
      indexes: {},
    };
    const snapshotBytes = await writtenEverywhere(largest.document, {
      streamId: `community-${communityId}`,
      version: 101,
      state: community,
      codec: jsonStateCodec<Community>(),
    });
    for (const { documents } of stores) await documents.put(counter, { expectedVersion: "absent" });

    expect(largest.bytes).toBeLessThan(1_000);
    expect(documentBytes(counter)).toBeLessThan(1_000);
    expect(snapshotBytes).toBeLessThan(20_000);
    expect(largest.bytes).toBeLessThan(maximumDocumentBytes);
  }, 120_000);
});
