import {
  AgendaClosed,
  InvalidAgendaSlot,
  MeetupNotFound,
  NotAnOrganiser,
  NothingToRelease,
  SlotNotFound,
  SlotOutsideMeetup,
  SlotOverlaps,
  TalkAlreadyOnAgenda,
  TalkNotConfirmed,
} from "@meetstream/core/agenda";
import type { GraphqlContext } from "./context";
import { type Idempotent, idempotencyKeyOf, signedIn, withoutNulls } from "./mutations";
import { NotSignedIn } from "./rejections";
import { idOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultUnions } from "./results";

const draftRejections = [
  NotSignedIn,
  MeetupNotFound,
  NotAnOrganiser,
  AgendaClosed,
  InvalidAgendaSlot,
  SlotNotFound,
  SlotOutsideMeetup,
  SlotOverlaps,
  TalkAlreadyOnAgenda,
  TalkNotConfirmed,
] as const;

/** Who asks, with the client's idempotency key: what every agenda command carries. */
function requestOf(args: Idempotent, context: GraphqlContext) {
  // The arguments' rules first, as every mutation checks them.
  const idempotencyKey = idempotencyKeyOf(args);
  return { actor: signedIn(context), idempotencyKey };
}

type SlotInput = Record<string, unknown> & { meetupId: string; proposalId?: string | null };

const mutation: MutationResolvers<GraphqlContext> = {
  addAgendaSlot: answeringRejections(
    draftRejections,
    (_root, args: Idempotent & { input: SlotInput }, context) => {
      const request = requestOf(args, context);
      const { meetupId, proposalId, ...rest } = args.input;
      return context.agendas.addSlot({
        ...request,
        input: {
          ...withoutNulls(rest),
          meetupId: idOf(meetupId, "Meetup"),
          ...(proposalId ? { proposalId: idOf(proposalId, "Proposal") } : {}),
        } as Parameters<GraphqlContext["agendas"]["addSlot"]>[0]["input"],
      });
    },
  ),

  editAgendaSlot: answeringRejections(
    draftRejections,
    (_root, args: Idempotent & { input: SlotInput }, context) => {
      const request = requestOf(args, context);
      const { meetupId, ...rest } = args.input;
      return context.agendas.editSlot({
        ...request,
        input: { ...withoutNulls(rest), meetupId: idOf(meetupId, "Meetup") } as Parameters<
          GraphqlContext["agendas"]["editSlot"]
        >[0]["input"],
      });
    },
  ),

  moveAgendaSlot: answeringRejections(
    draftRejections,
    (_root, args: Idempotent & { meetupId: string; slotId: string; position: number }, context) =>
      context.agendas.moveSlot({
        ...requestOf(args, context),
        meetupId: idOf(args.meetupId, "Meetup"),
        slotId: args.slotId,
        position: args.position,
      }),
  ),

  removeAgendaSlot: answeringRejections(
    draftRejections,
    (_root, args: Idempotent & { meetupId: string; slotId: string }, context) =>
      context.agendas.removeSlot({
        ...requestOf(args, context),
        meetupId: idOf(args.meetupId, "Meetup"),
        slotId: args.slotId,
      }),
  ),

  releaseAgenda: answeringRejections(
    [NotSignedIn, MeetupNotFound, NotAnOrganiser, AgendaClosed, InvalidAgendaSlot, NothingToRelease],
    (_root, args: Idempotent & { meetupId: string; note?: string | null }, context) =>
      context.agendas.releaseAgenda({
        ...requestOf(args, context),
        meetupId: idOf(args.meetupId, "Meetup"),
        note: args.note ?? "",
      }),
  ),
};

export const agendaMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  ...resultUnions("AgendaDraft", ["AgendaDraftResult"]),
  ...resultUnions("AgendaVersion", ["ReleaseAgendaResult"]),
};
