/**
 * A path context with real member, community, meetup and talk contexts beside it, on one in-memory
 * SQLite store, projected before each append returns, for this folder's tests.
 */
import type { fixedClock } from "../clock/clock";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { newId } from "../ids/new-id";
import { projectedWorld } from "../testing/projected-world";
import {
  acceptedTalk,
  namedMember,
  type TalkContexts,
  talkContextEventTypes,
  talkContextProjections,
  talkContexts,
} from "../testing/talk-contexts";
import { type PathModule, pathModule } from "./commands";
import { pathProjections } from "./documents";
import { pathEventTypes } from "./events";
import type { PathInput } from "./path-input";

export interface PathWorld extends TalkContexts {
  store: EventStore;
  documents: DocumentStore;
  paths: PathModule;
  clock: ReturnType<typeof fixedClock>;
  close(): void;
}

/** The world's clock starts here: the call is open, the meetup a month ahead. */
export const now = "2026-05-10T10:00:00.000Z";

export function pathWorld(): PathWorld {
  const world = projectedWorld({
    eventTypes: [...talkContextEventTypes, ...pathEventTypes],
    projections: [...talkContextProjections, ...pathProjections],
    now,
  });
  const { store, documents, clock, idempotency, close } = world;
  const contexts = talkContexts(world);
  const { members, communities, meetups, talks } = contexts;
  const paths = pathModule({ store, documents, communities, members, talks, meetups, clock, idempotency });
  return { ...contexts, store, documents, paths, clock, close };
}

const member = namedMember;

export interface PathCast {
  communityId: string;
  organiser: string;
  /** A member of the community who curates paths. */
  curator: string;
  /** Another member of the community. */
  member: string;
  /** Organises another community. */
  strangerOrganiser: string;
  /** Published, in a month ("Event sourcing in practice"). */
  meetupId: string;
  /** A draft meetup: its organisers see it. */
  draftMeetupId: string;
  /** Confirmed ("Event sourcing without tears"). */
  talkId: string;
  /** Accepted, not confirmed yet: not public. */
  acceptedId: string;
}

const meetupInput = (communityId: string, title: string) => ({
  communityId,
  title,
  description: "Talks and **pizza**.",
  venue: { name: "Library", address: "1 Main St" },
  timeZone: "Europe/Berlin",
  startsAt: "2026-06-04T16:00:00.000Z",
  endsAt: "2026-06-04T19:00:00.000Z",
  capacity: 40,
});

/** A community with its people, a published and a draft meetup, a confirmed and an accepted talk; another community's organiser. */
export async function pathCast(world: PathWorld): Promise<PathCast> {
  const organiser = await member(world, "Olga");
  const { id: communityId } = await world.communities.found({
    actor: organiser,
    input: { name: "Event Sourcerers", slug: `es-${newId().slice(-12)}`, joinMode: "open" },
  });
  const [curator, plainMember, strangerOrganiser] = (await Promise.all(
    ["Cora", "Max", "Stan"].map((name) => member(world, name)),
  )) as [string, string, string];
  for (const memberId of [curator, plainMember])
    await world.communities.join({ actor: memberId, communityId });
  const { meetupId } = await world.meetups.schedule({
    actor: organiser,
    input: meetupInput(communityId, "Event sourcing in practice"),
  });
  await world.meetups.publish({ actor: organiser, meetupId });
  const { meetupId: draftMeetupId } = await world.meetups.schedule({
    actor: organiser,
    input: meetupInput(communityId, "Not announced yet"),
  });
  const talkId = await acceptedTalk(
    world,
    organiser,
    curator,
    communityId,
    "Event sourcing without tears",
    true,
  );
  const acceptedId = await acceptedTalk(
    world,
    organiser,
    curator,
    communityId,
    "Projections at scale",
    false,
  );
  await world.communities.found({
    actor: strangerOrganiser,
    input: { name: "Elsewhere", slug: `elsewhere-${newId().slice(-12)}` },
  });
  return {
    communityId,
    organiser,
    curator,
    member: plainMember,
    strangerOrganiser,
    meetupId,
    draftMeetupId,
    talkId,
    acceptedId,
  };
}

/** A path of three checkpoints: a link, the cast's talk and its meetup. */
export const pathInput = (cast: PathCast, changes: Partial<PathInput> = {}): PathInput => ({
  goal: "Learn event sourcing",
  description: "From the **first** event to projections.",
  tags: ["Event-Sourcing", "cqrs"],
  checkpoints: [
    { task: "Read the introduction", url: "https://example.com/intro", title: "An introduction" },
    { task: "Watch the talk", talkId: cast.talkId },
    { task: "Come to the meetup", meetupId: cast.meetupId },
  ],
  ...changes,
});
