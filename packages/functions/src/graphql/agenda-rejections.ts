import { type SlotOverlaps, slotView } from "@meetstream/core/agenda";
import type { GraphqlContext } from "./context";
import type { SlotOverlapsResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { inputIssue } from "./results";

/*
 * The agenda's rejections implement `Error` (see rejections.ts). MeetupNotFound is the meetup's and
 * NotAnOrganiser the community's; SlotOutsideMeetup, SlotNotFound, TalkNotConfirmed, TalkAlreadyOnAgenda,
 * NothingToRelease and AgendaClosed read their fields as they are.
 */

const slotOverlaps: SlotOverlapsResolvers<GraphqlContext, SlotOverlaps> = {
  overlapping: (error) => slotView(error.overlapping),
};

export const agendaRejectionResolvers: ContextResolvers = {
  SlotOverlaps: slotOverlaps,
  AgendaIssue: inputIssue,
};
