import type {
  AgendaDraftView,
  AgendaSlotView,
  AgendaVersionView,
  TalkSlotView,
} from "@meetstream/core/agenda";
import type { MeetupDocument } from "@meetstream/core/meetup";
import type { ProposalView } from "@meetstream/core/talk";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import type {
  AgendaDraftResolvers,
  AgendaSlotResolvers,
  AgendaVersionResolvers,
  MeetupResolvers,
  ProposalResolvers,
  TalkSlotResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";

/*
 * The agenda's reads: core's agenda queries decide who sees what (released versions with the meetup, the
 * draft for the community's organisers); a slot's talk is the proposal as the viewer may see it.
 */

const viewerOf = ({ viewer }: GraphqlContext) => viewer?.memberId;

const slot: AgendaSlotResolvers<GraphqlContext, AgendaSlotView> = {
  id: (slot) => slot.slotId,
  kind: (slot) => (slot.proposalId === null ? "item" : "talk"),
  talk: async (slot, _arguments, { proposalById }) =>
    slot.proposalId === null ? null : ((await proposalById.load(slot.proposalId)) ?? null),
};

const version: AgendaVersionResolvers<GraphqlContext, AgendaVersionView> = {
  changesSince: async (version, args: { since?: number | null }, context) =>
    (await context.agendas.agendaChangesOf(
      version.meetupId,
      version.number,
      args.since ?? undefined,
      viewerOf(context),
    )) ?? null,
};

const draft: AgendaDraftResolvers<GraphqlContext, AgendaDraftView> = {
  releases: (draft, _arguments, context) => context.agendas.agendaVersions(draft.meetupId, viewerOf(context)),
  availableTalks: async (draft, _arguments, context) => {
    const ids = await context.agendas.availableTalkIds(draft.meetupId, viewerOf(context));
    const proposals = await context.proposalById.loadMany(ids);
    return proposals.filter(
      (proposal): proposal is ProposalView => !!proposal && !(proposal instanceof Error),
    );
  },
};

const meetup: MeetupResolvers<GraphqlContext, MeetupDocument> = {
  agenda: async (meetup, _arguments, context) =>
    (await context.agendas.agendaOf(meetup.id, viewerOf(context))) ?? null,
  agendaDraft: async (meetup, _arguments, context) =>
    (await context.agendas.agendaDraft(meetup.id, viewerOf(context))) ?? null,
  agendaVersion: async (meetup, args: { number: number }, context) =>
    (await context.agendas.agendaVersion(meetup.id, args.number, viewerOf(context))) ?? null,
};

const talkSlot: TalkSlotResolvers<GraphqlContext, TalkSlotView> = {
  // The agenda's query found the meetup visible to this viewer.
  meetup: async (slot, _arguments, { meetupById }) => (await meetupById.load(slot.meetupId)) ?? null,
};

const proposal: ProposalResolvers<GraphqlContext, ProposalView> = {
  // Only a confirmed talk is on an agenda: a talk called off since its release has no slot.
  slot: async (proposal, _arguments, context) =>
    proposal.status === "confirmed"
      ? ((await context.agendas.slotOfTalk(proposal.id, viewerOf(context))) ?? null)
      : null,
};

export const agendaResolvers: ContextResolvers = {
  AgendaSlot: slot,
  AgendaVersion: version,
  AgendaDraft: draft,
  Meetup: meetup,
  TalkSlot: talkSlot,
  Proposal: proposal,
  AgendaChangeKind: internalEnumValues.AgendaChangeKind,
  AgendaSlotKind: internalEnumValues.AgendaSlotKind,
};
