/**
 * An agenda context with real member, community, meetup and talk contexts beside it, on one in-memory
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
import { type AgendaModule, agendaModule } from "./commands";
import { agendaProjections } from "./documents";
import { agendaEventTypes } from "./events";

export interface AgendaWorld extends TalkContexts {
  store: EventStore;
  documents: DocumentStore;
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
  const world = projectedWorld({
    eventTypes: [...talkContextEventTypes, ...agendaEventTypes],
    projections: [...talkContextProjections, ...agendaProjections],
    now,
  });
  const { store, documents, clock, idempotency, close } = world;
  const contexts = talkContexts(world);
  const { communities, meetups, talks } = contexts;
  const agendas = agendaModule({ store, documents, communities, meetups, talks, clock, idempotency });
  return { ...contexts, store, documents, agendas, clock, close };
}

const member = namedMember;

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
  const talkId = await acceptedTalk(world, organiser, speaker, communityId, "Event sourcing without tears");
  const acceptedId = await acceptedTalk(
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
  const strangerTalkId = await acceptedTalk(
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
