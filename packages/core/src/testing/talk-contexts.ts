/**
 * The contexts a talk stands on, and the talk context itself, for the test worlds of the talk context and
 * of the contexts built on talks (agenda, path, progress): their event types and projections, the modules
 * wired on a world's stores, and the members and talks their casts are made of.
 */
import type { UploadsModule } from "../blob/index";
import {
  type CommunityModule,
  communityEventTypes,
  communityModule,
  communityProjections,
} from "../community/index";
import type { EventStore } from "../eventstore/event-store";
import { newId } from "../ids/new-id";
import { type MeetupModule, meetupEventTypes, meetupModule, meetupProjections } from "../meetup/index";
import { type MemberModule, memberEventTypes, memberModule, memberProjections } from "../member/index";
import type { Projection } from "../projection/projection";
import { type TalkModule, talkEventTypes, talkModule, talkProjections } from "../talk/index";
import type { ProjectedWorld } from "./projected-world";

/** The event types of the four contexts; a world with more (agenda, path, progress) adds its own. */
export const talkContextEventTypes = [
  ...memberEventTypes,
  ...communityEventTypes,
  ...meetupEventTypes,
  ...talkEventTypes,
];
export const talkContextProjections: readonly Projection[] = [
  ...memberProjections,
  ...communityProjections,
  ...meetupProjections,
  ...talkProjections,
];

export interface TalkContexts {
  members: MemberModule;
  communities: CommunityModule;
  meetups: MeetupModule;
  talks: TalkModule;
}

/**
 * The member, community, meetup and talk modules on a world's stores, wired as the hosts wire them: the
 * talk, agenda, path and progress worlds all take them from here, so that they test against the same
 * neighbours and a change to how one is wired is made once.
 */
export function talkContexts(
  {
    store,
    documents,
    keys,
    clock,
    idempotency,
  }: Pick<ProjectedWorld<EventStore>, "store" | "documents" | "keys" | "clock" | "idempotency">,
  uploads?: UploadsModule,
): TalkContexts {
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
  const talks = talkModule({ store, documents, communities, members, meetups, clock, idempotency, uploads });
  return { members, communities, meetups, talks };
}

/** A member signed in with a name and a handle of their own (unique, so that casts never collide). */
export async function namedMember(contexts: Pick<TalkContexts, "members">, name: string): Promise<string> {
  const handle = `${name.toLowerCase()}${newId().slice(-6)}`;
  const { memberId } = await contexts.members.signIn(`${handle}@example.com`);
  await contexts.members.updateProfile({ memberId, actor: memberId, input: { displayName: name, handle } });
  return memberId;
}

/** A talk proposed to a fresh, published call of the community and accepted; confirmed unless `confirm` is false. */
export async function acceptedTalk(
  world: Pick<TalkContexts, "talks">,
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
