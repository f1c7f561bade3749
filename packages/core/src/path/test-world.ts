/**
 * A path context with real member, community, meetup and talk contexts beside it, on one in-memory
 * SQLite store, projected before each append returns, for this folder's tests.
 */
import { fixedClock } from "../clock/clock";
import {
  type CommunityModule,
  communityEventTypes,
  communityModule,
  communityProjections,
} from "../community/index";
import { sqliteIdempotencyStore } from "../decider/idempotency-sqlite";
import type { DocumentStore } from "../documents/document-store";
import { sqliteDocumentStore } from "../documents/sqlite";
import { eventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { personalDataStore } from "../keys/personal-data-store";
import { sqliteKeyStore } from "../keys/sqlite";
import { type MeetupModule, meetupEventTypes, meetupModule, meetupProjections } from "../meetup/index";
import { type MemberModule, memberEventTypes, memberModule, memberProjections } from "../member/index";
import { projector } from "../projection/projector";
import { openDatabase } from "../sqlite/database";
import { type TalkModule, talkEventTypes, talkModule, talkProjections } from "../talk/index";
import { type PathModule, pathModule } from "./commands";
import { pathProjections } from "./documents";
import { pathEventTypes } from "./events";
import type { PathInput } from "./path-input";

export interface PathWorld {
  store: EventStore;
  documents: DocumentStore;
  members: MemberModule;
  communities: CommunityModule;
  meetups: MeetupModule;
  talks: TalkModule;
  paths: PathModule;
  clock: ReturnType<typeof fixedClock>;
  close(): void;
}

/** The world's clock starts here: the call is open, the meetup a month ahead. */
export const now = "2026-05-10T10:00:00.000Z";

export function pathWorld(): PathWorld {
  const database = openDatabase(":memory:");
  const eventTypes = [
    ...memberEventTypes,
    ...communityEventTypes,
    ...meetupEventTypes,
    ...talkEventTypes,
    ...pathEventTypes,
  ];
  const log = sqliteEventStore(database, eventCatalog(...eventTypes));
  const keys = sqliteKeyStore(database);
  const sealed = personalDataStore(log, keys, eventTypes);
  const documents = sqliteDocumentStore(database);
  const live = projector({
    store: sealed,
    documents,
    projections: [
      ...memberProjections,
      ...communityProjections,
      ...meetupProjections,
      ...talkProjections,
      ...pathProjections,
    ],
  });
  // As the local host's bus does: every append is projected before it returns.
  const store: EventStore = {
    ...sealed,
    async append(streamId, events, options) {
      const result = await sealed.append(streamId, events, options);
      await live.handle({ streamId, version: result.nextExpectedVersion });
      return result;
    },
  };
  const clock = fixedClock(now);
  const idempotency = sqliteIdempotencyStore(database);
  const members = memberModule({
    store,
    documents,
    keys,
    clock,
    idempotency,
    emailSecret: "a server secret that is long enough to count",
  });
  const communities = communityModule({ store, documents, clock, idempotency, members });
  const meetups = meetupModule({ store, documents, communities, members, clock });
  const talks = talkModule({ store, documents, communities, members, meetups, clock, idempotency });
  const paths = pathModule({ store, documents, communities, members, talks, meetups, clock, idempotency });
  return {
    store,
    documents,
    members,
    communities,
    meetups,
    talks,
    paths,
    clock,
    close: () => database.close(),
  };
}

async function member(world: PathWorld, name: string): Promise<string> {
  const handle = `${name.toLowerCase()}${newId().slice(-6)}`;
  const { memberId } = await world.members.signIn(`${handle}@example.com`);
  await world.members.updateProfile({ memberId, actor: memberId, input: { displayName: name, handle } });
  return memberId;
}

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

async function proposedTalk(
  world: PathWorld,
  organiser: string,
  speaker: string,
  communityId: string,
  title: string,
  confirm: boolean,
): Promise<string> {
  const { callId } = await world.talks.draftCall({
    actor: organiser,
    input: {
      communityId,
      title: "Talks for the summer",
      opensAt: "2026-05-01T00:00:00.000Z",
      closesAt: "2026-06-01T00:00:00.000Z",
      formats: [{ id: "talk", name: "Talk", minutes: 30 }],
      criteria: [{ id: "relevance", name: "Relevance", weight: 1 }],
    },
  });
  await world.talks.publishCall({ actor: organiser, callId });
  const { proposalId } = await world.talks.draftProposal({
    actor: speaker,
    submit: true,
    input: { callId, title, abstract: "What we **learned**.", formatId: "talk" },
  });
  await world.talks.acceptProposal({ actor: organiser, proposalId, message: "Welcome" });
  if (confirm) await world.talks.confirmTalk({ actor: speaker, proposalId });
  return proposalId;
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
  const talkId = await proposedTalk(
    world,
    organiser,
    curator,
    communityId,
    "Event sourcing without tears",
    true,
  );
  const acceptedId = await proposedTalk(
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
