/**
 * A progress context with real member, community, meetup, talk and path contexts beside it, on one
 * in-memory SQLite store, projected before each append returns and then handed to the progress reactors
 * (check-in, revision, erasure) as the local host's bus does, for this folder's tests.
 */
import type { fixedClock } from "../clock/clock";
import { communityModule } from "../community/index";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { newId } from "../ids/new-id";
import type { KeyStore } from "../keys/key-store";
import type { MeetupModule } from "../meetup/index";
import { erasureFinishedReactor, type MemberModule } from "../member/index";
import { type PathInput, type PathModule, pathEventTypes, pathModule, pathProjections } from "../path/index";
import type { Projection } from "../projection/projection";
import { type Reactor, reactTo } from "../reactor/reactor";
import { projectedWorld } from "../testing/projected-world";
import {
  namedMember,
  talkContextEventTypes,
  talkContextProjections,
  talkContexts,
} from "../testing/talk-contexts";
import { checkInProgressReactor, progressErasureReactor } from "./check-in-progress";
import { type ProgressModule, progressModule } from "./commands";
import { progressProjections } from "./documents";
import { progressEventTypes } from "./events";
import { revisionCompletionReactor } from "./revision-completion";

export const worldEventTypes = [...talkContextEventTypes, ...pathEventTypes, ...progressEventTypes];
export const worldProjections: readonly Projection[] = [
  ...talkContextProjections,
  ...pathProjections,
  ...progressProjections,
];

export interface ProgressWorld {
  store: EventStore;
  /** The log under the personal data store, without the bus. */
  log: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  members: MemberModule;
  meetups: MeetupModule;
  paths: PathModule;
  progress: ProgressModule;
  clock: ReturnType<typeof fixedClock>;
  close(): void;
}

/** A month before the meetup. */
export const now = "2026-05-10T10:00:00.000Z";
export const meetupStartsAt = "2026-06-04T16:00:00.000Z";

export function progressWorld(): ProgressWorld {
  const reactors: Reactor[] = [];
  const world = projectedWorld({
    eventTypes: worldEventTypes,
    projections: worldProjections,
    now,
    // As the local host's bus does: the progress reactors see each append once it is projected.
    afterProjecting: async (events) => {
      for (const event of events) await reactTo(reactors, event);
    },
  });
  const { store, log, documents, keys, clock, idempotency, close } = world;
  const { members, communities, meetups, talks } = talkContexts(world);
  const paths = pathModule({ store, documents, communities, members, talks, meetups, clock, idempotency });
  const progress = progressModule({ store, documents, paths, meetups, clock, idempotency });
  reactors.push(
    checkInProgressReactor({ progress }),
    revisionCompletionReactor({ progress }),
    progressErasureReactor({ progress }),
    erasureFinishedReactor({ keys }),
  );
  return {
    store,
    log,
    documents,
    keys,
    members,
    meetups,
    paths,
    progress,
    clock,
    close,
  };
}

/** A member with a name and a handle of their own. */
export const member = namedMember;

export interface ProgressCast {
  organiser: string;
  curator: string;
  /** Follows paths. */
  learner: string;
  /** Someone else. */
  other: string;
  communityId: string;
  meetupId: string;
  /** Published: a link, the meetup. */
  pathId: string;
  /** The checkpoints of `pathId`, in order. */
  readId: string;
  attendId: string;
}

export const pathInput = (meetupId: string, changes: Partial<PathInput> = {}): PathInput => ({
  goal: "Learn event sourcing",
  description: "From the first event on.",
  tags: ["cqrs"],
  checkpoints: [
    { task: "Read the introduction", url: "https://example.com/intro", title: "An introduction" },
    { task: "Come to the meetup", meetupId },
  ],
  ...changes,
});

/** A community, its published meetup, and a published path with a link and that meetup. */
export async function progressCast(
  world: Pick<ProgressWorld, "members" | "meetups" | "paths" | "store" | "documents" | "clock">,
): Promise<ProgressCast> {
  const communities = communityModule({ store: world.store, documents: world.documents, clock: world.clock });
  const organiser = await member(world, "Olga");
  const { id: communityId } = await communities.found({
    actor: organiser,
    input: { name: "Event Sourcerers", slug: `es-${newId().slice(-12)}`, joinMode: "open" },
  });
  const [curator, learner, other] = (await Promise.all(
    ["Cora", "Lea", "Otto"].map((name) => member(world, name)),
  )) as [string, string, string];
  for (const memberId of [curator, learner, other]) await communities.join({ actor: memberId, communityId });
  const { meetupId } = await world.meetups.schedule({
    actor: organiser,
    input: {
      communityId,
      title: "Event sourcing in practice",
      description: "Talks.",
      venue: { name: "Library", address: "1 Main St" },
      timeZone: "Europe/Berlin",
      startsAt: meetupStartsAt,
      endsAt: "2026-06-04T19:00:00.000Z",
      capacity: 40,
    },
  });
  await world.meetups.publish({ actor: organiser, meetupId });
  const { pathId } = await world.paths.draftPath({ actor: curator, input: pathInput(meetupId) });
  await world.paths.publishPath({ actor: curator, pathId });
  const current = await world.paths.currentCheckpoints(pathId);
  const [read, attend] = current?.checkpoints ?? [];
  if (!read || !attend) throw new Error("the cast's path has two checkpoints");
  return {
    organiser,
    curator,
    learner,
    other,
    communityId,
    meetupId,
    pathId,
    readId: read.id,
    attendId: attend.id,
  };
}

/** The member RSVPs, and the organiser checks them in at the door (the clock moves to the meetup). */
export async function checkIn(
  world: Pick<ProgressWorld, "meetups" | "clock">,
  cast: ProgressCast,
  memberId: string,
) {
  await world.meetups.rsvp({ actor: memberId, meetupId: cast.meetupId });
  world.clock.set(meetupStartsAt);
  await world.meetups.checkIn({ actor: cast.organiser, meetupId: cast.meetupId, memberId });
}
