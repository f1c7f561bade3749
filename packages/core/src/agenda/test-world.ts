/**
 * An agenda context with real member, community, meetup and talk contexts beside it, on one in-memory
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
import { type AgendaModule, agendaModule } from "./commands";
import { agendaProjections } from "./documents";
import { agendaEventTypes } from "./events";

export interface AgendaWorld {
  store: EventStore;
  documents: DocumentStore;
  members: MemberModule;
  communities: CommunityModule;
  meetups: MeetupModule;
  talks: TalkModule;
  agendas: AgendaModule;
  clock: ReturnType<typeof fixedClock>;
  close(): void;
}

/** The world's clock starts here: the call is open, the meetup a month ahead. */
export const now = "2026-05-10T10:00:00.000Z";
/** The meetup runs 18:00 to 21:00 Berlin time (UTC+2 in June). */
export const meetupStartsAt = "2026-06-04T16:00:00.000Z";
export const meetupEndsAt = "2026-06-04T19:00:00.000Z";
/** Minutes after the meetup's start, as an instant. */
export const minutesIn = (minutes: number): string =>
  new Date(Date.parse(meetupStartsAt) + minutes * 60_000).toISOString();

export function agendaWorld(): AgendaWorld {
  const database = openDatabase(":memory:");
  const eventTypes = [
    ...memberEventTypes,
    ...communityEventTypes,
    ...meetupEventTypes,
    ...talkEventTypes,
    ...agendaEventTypes,
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
      ...agendaProjections,
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
  const agendas = agendaModule({ store, documents, communities, meetups, talks, clock, idempotency });
  return {
    store,
    documents,
    members,
    communities,
    meetups,
    talks,
    agendas,
    clock,
    close: () => database.close(),
  };
}

async function member(world: AgendaWorld, name: string): Promise<string> {
  const handle = `${name.toLowerCase()}${newId().slice(-6)}`;
  const { memberId } = await world.members.signIn(`${handle}@example.com`);
  await world.members.updateProfile({ memberId, actor: memberId, input: { displayName: name, handle } });
  return memberId;
}

export interface AgendaCast {
  communityId: string;
  organiser: string;
  host: string;
  member: string;
  /** Gives the confirmed talk. */
  speaker: string;
  /** Organises another community. */
  strangerOrganiser: string;
  /** Published, in a month. */
  meetupId: string;
  /** Confirmed, 30 minutes ("Event sourcing without tears"). */
  talkId: string;
  /** Accepted, not confirmed yet. */
  acceptedId: string;
  /** A confirmed talk of the other community. */
  strangerTalkId: string;
}

async function confirmedTalk(
  world: AgendaWorld,
  organiser: string,
  speaker: string,
  communityId: string,
  title: string,
  confirm = true,
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

/** A community with its people, a published meetup, a confirmed and an accepted talk; and another community's talk. */
export async function agendaCast(world: AgendaWorld): Promise<AgendaCast> {
  const organiser = await member(world, "Olga");
  const { id: communityId } = await world.communities.found({
    actor: organiser,
    input: { name: "Event Sourcerers", slug: `es-${newId().slice(-12)}`, joinMode: "open" },
  });
  const [host, plainMember, speaker, strangerOrganiser] = (await Promise.all(
    ["Hana", "Max", "Sara", "Stan"].map((name) => member(world, name)),
  )) as [string, string, string, string];
  for (const memberId of [host, plainMember, speaker])
    await world.communities.join({ actor: memberId, communityId });
  await world.communities.appointHost({ actor: organiser, communityId, memberId: host });
  const { meetupId } = await world.meetups.schedule({
    actor: organiser,
    input: {
      communityId,
      title: "Event sourcing in practice",
      description: "Talks and **pizza**.",
      venue: { name: "Library", address: "1 Main St" },
      timeZone: "Europe/Berlin",
      startsAt: meetupStartsAt,
      endsAt: meetupEndsAt,
      capacity: 40,
    },
  });
  await world.meetups.publish({ actor: organiser, meetupId });
  const talkId = await confirmedTalk(world, organiser, speaker, communityId, "Event sourcing without tears");
  const acceptedId = await confirmedTalk(
    world,
    organiser,
    speaker,
    communityId,
    "Projections at scale",
    false,
  );
  const { id: strangerCommunityId } = await world.communities.found({
    actor: strangerOrganiser,
    input: { name: "Elsewhere", slug: `elsewhere-${newId().slice(-12)}` },
  });
  const strangerTalkId = await confirmedTalk(
    world,
    strangerOrganiser,
    strangerOrganiser,
    strangerCommunityId,
    "Someone else's talk",
  );
  return {
    communityId,
    organiser,
    host,
    member: plainMember,
    speaker,
    strangerOrganiser,
    meetupId,
    talkId,
    acceptedId,
    strangerTalkId,
  };
}
