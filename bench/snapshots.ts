import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { communityModule } from "@meetstream/core/community";
import { communityDecider } from "@meetstream/core/community/decider";
import { membershipStream } from "@meetstream/core/community/documents";
import { membershipDecider } from "@meetstream/core/community/membership";
import type { Decider, WithMetadata } from "@meetstream/core/decider";
import { createIdempotencyTable } from "@meetstream/core/decider";
import type { DocumentStore } from "@meetstream/core/documents";
import { dynamoDocumentStore, sqliteDocumentStore } from "@meetstream/core/documents";
import type { DomainEvent, EventStore, PendingEvent } from "@meetstream/core/eventstore";
import {
  createEventTable,
  dynamoEventStore,
  eventCatalog,
  sqliteEventStore,
} from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { meetupModule, meetupStream } from "@meetstream/core/meetup";
import { meetupSnapshotTag } from "@meetstream/core/meetup/commands";
import { type Meetup, type MeetupCommand, meetupDecider } from "@meetstream/core/meetup/decider";
import { meetupStateCodec } from "@meetstream/core/meetup/meetup-state-codec";
import { dynamoSnapshotStore } from "@meetstream/core/snapshot/dynamodb";
import type { SnapshotStore } from "@meetstream/core/snapshot/snapshot-store";
import { sqliteSnapshotStore } from "@meetstream/core/snapshot/sqlite";
import {
  defaultSnapshotInterval,
  encodeState,
  jsonStateCodec,
  type StateCodec,
} from "@meetstream/core/snapshot/state-snapshots";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import { type BenchmarkResults, median } from "./results";

const meetupEvents = 10_000;
/** Members seated or waiting in the meetup; their memberships are streams of their own, which an RSVP by another never reads. */
const members = 3_000;
const capacity = 500;
/** Fresh handlers measured with snapshots and as many without, in alternating order. */
const rounds = 5;
/**
 * Events appended after the snapshot. A snapshot is taken every 100 events, so a cold start finds 0 to 99
 * after it: half an interval is the average case.
 */
const eventsAfterSnapshot = 50;
/** The most events after a snapshot that the measured RSVPs (one event each) never carry past an interval: no snapshot is written while measuring. */
const mostEventsAfterSnapshot = defaultSnapshotInterval - 1 - rounds;
const appendBatch = 100;

interface Stores {
  events: EventStore;
  documents: DocumentStore;
  snapshots: SnapshotStore;
}

/** A stream's events as its decider decides them, with the state after each, ready to append. */
function decided<State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  commands: Iterable<WithMetadata<Command>>,
) {
  let state = decider.initialState;
  const events: { event: Event; stateAfter: State }[] = [];
  for (const command of commands)
    for (const event of decider.decide(command, state)) {
      state = decider.evolve(state, event);
      events.push({ event, stateAfter: state });
    }
  return events;
}

/**
 * A meetup grown to 10,000 events (capacity 500, the rest waitlisted; then cancellations, each promoting
 * the first in line, and the cancelled member RSVPing again) among 3,000 members, and the community's
 * stream (its founding: memberships are streams of their own) with the memberships of the members the
 * measured RSVPs come from.
 */
function longStreams() {
  const at = new Date().toISOString();
  const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const communityId = newId();
  const meetupId = newId();
  const organiser = newId();
  const attendees = Array.from({ length: members }, () => newId());
  const newcomers = Array.from({ length: 2 * rounds }, () => newId());

  const community = decided(communityDecider, [
    {
      type: "Found",
      communityId,
      metadata: { at, actor: organiser },
      details: {
        name: "Benchmark Community",
        slug: `benchmark-${communityId.slice(-12)}`,
        description: "Measures cold starts.",
        tags: [],
        joinMode: "open",
      },
    },
  ]);
  const membership = (memberId: string) =>
    decided(membershipDecider, [
      {
        type: "Join",
        communityId,
        memberId,
        metadata: { at, actor: memberId },
        community: { founded: true, joinMode: "open", actorOrganises: false },
      },
    ]);

  function* meetupCommands(): Generator<MeetupCommand> {
    yield {
      type: "Schedule",
      meetupId,
      communityId,
      schedule: {
        timeZone: "Europe/Amsterdam",
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
      },
      capacity,
      details: {
        title: "Benchmark meetup",
        description: "Measures cold starts.",
        venue: { name: "Benchmark Hall", address: "1 Benchmark Street, Rotterdam", coordinates: null },
        joinUrl: null,
        guestLimit: 2,
        rsvpOpensAt: null,
        rsvpClosesAt: null,
        waitlist: true,
      },
    };
    yield { type: "Publish", meetupId };
    for (const memberId of attendees) yield { type: "Rsvp", meetupId, memberId, guests: 0 };
    // Cancel the longest-seated member, who then joins the end of the waitlist again.
    for (let cycle = 0; ; cycle++) {
      const memberId = attendees[cycle % members] as string;
      yield { type: "CancelRsvp", meetupId, memberId };
      yield { type: "Rsvp", meetupId, memberId, guests: 0 };
    }
  }
  const meetup: { event: DomainEvent; stateAfter: Meetup }[] = [];
  let state = meetupDecider.initialState;
  for (const command of meetupCommands()) {
    if (meetup.length >= meetupEvents) break;
    // Cancelling a member who is not seated decides an error: skip it, as a member would be refused.
    let events: ReturnType<typeof meetupDecider.decide>;
    try {
      events = meetupDecider.decide({ ...command, metadata: { at, actor: organiser } }, state);
    } catch {
      continue;
    }
    for (const event of events) {
      state = meetupDecider.evolve(state, event);
      meetup.push({ event, stateAfter: state });
    }
  }
  return { communityId, meetupId, organiser, newcomers, community, membership, meetup };
}

type Streams = ReturnType<typeof longStreams>;

/** Appends the events in batches and snapshots the state `after` events before the end, as the handler would have. */
async function appendWithSnapshot<State>(
  stores: Stores,
  streamId: string,
  events: readonly { event: DomainEvent; stateAfter: State }[],
  snapshot: { tag: string; after: number; codec?: StateCodec<State> },
  actor: string,
): Promise<{ snapshotBytes: number }> {
  const pending: PendingEvent[] = events.map(({ event }) => ({
    id: newId(),
    type: event.type,
    data: event.data,
    meta: { actor, occurredAt: new Date().toISOString(), correlationId: newId(), causationId: null },
  }));
  for (let start = 0; start < pending.length; start += appendBatch)
    await stores.events.append(streamId, pending.slice(start, start + appendBatch), {
      expectedVersion: start === 0 ? "no stream" : start,
    });
  const version = events.length - snapshot.after;
  const state = await encodeState(
    events[version - 1]?.stateAfter as State,
    snapshot.codec ?? jsonStateCodec<State>(),
  );
  await stores.snapshots.save({
    streamId,
    version,
    lastEventId: pending[version - 1]?.id as string,
    tag: snapshot.tag,
    state,
  });
  return { snapshotBytes: state.byteLength };
}

/**
 * The generated streams stored under new ids (the meetup pointing at the new community), with their
 * snapshots `after` events before their ends: the newcomers may RSVP to each such meetup once.
 */
async function plant(stores: Stores, streams: Streams, after: number) {
  const communityId = newId();
  const meetupId = newId();
  const append = (streamId: string, events: readonly { event: DomainEvent }[]) =>
    stores.events.append(
      streamId,
      events.map(({ event }) => ({
        id: newId(),
        type: event.type,
        data: event.data,
        meta: {
          actor: streams.organiser,
          occurredAt: new Date().toISOString(),
          correlationId: newId(),
          causationId: null,
        },
      })),
      { expectedVersion: "no stream" },
    );
  await append(`community-${communityId}`, streams.community);
  for (const newcomer of streams.newcomers)
    await append(membershipStream(communityId, newcomer), streams.membership(newcomer));
  const meetupEvents = streams.meetup.map(({ event, stateAfter }, index) => ({
    event: index === 0 ? { ...event, data: { ...(event.data as object), communityId } } : event,
    stateAfter: { ...stateAfter, communityId },
  }));
  const meetup = await appendWithSnapshot(
    stores,
    meetupStream(meetupId),
    meetupEvents,
    { tag: meetupSnapshotTag, after, codec: meetupStateCodec },
    streams.organiser,
  );
  return {
    meetupId,
    meetupSnapshotBytes: meetup.snapshotBytes,
  };
}

/** A new process's first RSVP: modules with nothing in memory, then one RSVP, timed. */
async function firstRsvp(stores: Stores, meetupId: string, actor: string, withSnapshots: boolean) {
  const snapshots = withSnapshots ? { snapshots: stores.snapshots } : {};
  const communities = communityModule({ store: stores.events, documents: stores.documents, ...snapshots });
  const meetups = meetupModule({
    store: stores.events,
    documents: stores.documents,
    communities,
    ...snapshots,
  });
  const started = performance.now();
  const result = await meetups.rsvp({ actor, meetupId });
  const milliseconds = performance.now() - started;
  if (result.rsvp.status !== "waitlisted")
    throw new Error(`a newcomer was ${result.rsvp.status}, not waitlisted`);
  return milliseconds;
}

/** The median first RSVP with snapshots `after` events behind the heads, and, with `baseline`, without snapshots in alternate rounds. */
async function measure(stores: Stores, streams: Streams, after: number, baseline: boolean) {
  const planted = await plant(stores, streams, after);
  const timings = { withSnapshots: [] as number[], without: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    const order = !baseline ? [true] : round % 2 === 0 ? [true, false] : [false, true];
    for (const [index, withSnapshots] of order.entries()) {
      const newcomer = streams.newcomers[round * 2 + index] as string;
      (withSnapshots ? timings.withSnapshots : timings.without).push(
        await firstRsvp(stores, planted.meetupId, newcomer, withSnapshots),
      );
    }
  }
  return {
    ...planted,
    withSnapshots: median(timings.withSnapshots),
    without: baseline ? median(timings.without) : undefined,
  };
}

/**
 * A fresh command handler's first command on a long stream, as a new Lambda instance or a restarted host
 * runs it: an RSVP to a meetup of 10,000 events (with the community's stream and the member's membership), loaded from snapshots
 * (50 events after each: a snapshot every 100 events leaves 0 to 99 after it) beside the same without
 * snapshots (both streams folded from their first event), on both stores; and on SQLite, with 0 and 94
 * events after the snapshots, near the best and the worst case, and with 12, the average case of
 * snapshots every 25 events.
 */
export async function coldStreamBenchmark(): Promise<BenchmarkResults> {
  const catalog = eventCatalog(...meetstreamEventTypes);
  const folder = mkdtempSync(join(tmpdir(), "meetstream-cold-stream-"));
  const dynamo = await startDynalite();
  try {
    const streams = longStreams();
    const database = openDatabase(join(folder, "bench.sqlite"));
    const sqlite: Stores = {
      events: sqliteEventStore(database, catalog),
      documents: sqliteDocumentStore(database),
      snapshots: sqliteSnapshotStore(database),
    };
    const onSqlite = await measure(sqlite, streams, eventsAfterSnapshot, true);
    const justSnapshotted = await measure(sqlite, streams, 0, false);
    // The average case were snapshots taken every 25 events: what a shorter interval would buy.
    const shorterInterval = await measure(sqlite, streams, 12, false);
    const dueForSnapshot = await measure(sqlite, streams, mostEventsAfterSnapshot, false);
    database.close();

    const tables = {
      events: uniqueTableName("events"),
      documents: uniqueTableName("documents"),
      idempotency: uniqueTableName("idempotency"),
    };
    await createEventTable(dynamo.client, tables.events);
    await createIdempotencyTable(dynamo.client, tables.idempotency);
    const onDynalite = await measure(
      {
        events: dynamoEventStore({ client: dynamo.client, tableName: tables.events, catalog }),
        // The RSVP reads no documents: the table need not exist.
        documents: dynamoDocumentStore({ client: dynamo.client, tableName: tables.documents }),
        snapshots: dynamoSnapshotStore({ client: dynamo.client, tableName: tables.idempotency }),
      },
      streams,
      eventsAfterSnapshot,
      true,
    );

    const ratio = (value: number, baseline: number) => Math.round((value / baseline) * 1000) / 1000;
    const rounded = (value: number) => Math.round(value * 10) / 10;
    return {
      "first RSVP of a fresh handler, 10,000-event meetup, from snapshots (SQLite)": {
        value: rounded(onSqlite.withSnapshots),
        unit: "ms",
        baseline: rounded(onSqlite.without ?? 0),
        ratio: ratio(onSqlite.withSnapshots, onSqlite.without ?? 0),
        target: "≤ 100 ms",
        met: onSqlite.withSnapshots <= 100,
      },
      "first RSVP of a fresh handler, 10,000-event meetup, from snapshots (dynalite)": {
        value: rounded(onDynalite.withSnapshots),
        unit: "ms",
        baseline: rounded(onDynalite.without ?? 0),
        ratio: ratio(onDynalite.withSnapshots, onDynalite.without ?? 0),
      },
      "the same, just after the snapshots (SQLite)": {
        value: rounded(justSnapshotted.withSnapshots),
        unit: "ms",
      },
      "the same, 12 events after the snapshots (SQLite)": {
        value: rounded(shorterInterval.withSnapshots),
        unit: "ms",
      },
      [`the same, ${mostEventsAfterSnapshot} events after the snapshots (SQLite)`]: {
        value: rounded(dueForSnapshot.withSnapshots),
        unit: "ms",
      },
      "snapshot of the 10,000-event meetup (brotli JSON)": {
        value: onSqlite.meetupSnapshotBytes,
        unit: "bytes",
        target: "≤ 350,000 bytes",
        met: onSqlite.meetupSnapshotBytes <= 350_000,
      },
    };
  } finally {
    await dynamo.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
