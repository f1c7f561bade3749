import {
  CallClosed,
  CallNotFound,
  CallNotOpen,
  type CallView,
  FormatNotOffered,
  InvalidCall,
  InvalidProposal,
  NotAMember,
  NotAnOrganiser,
  NotAReviewer,
  NotASpeaker,
  NotInvited,
  NotTheOwner,
  OwnProposal,
  ProposalClosed,
  ProposalNotAccepted,
  ProposalNotConfirmed,
  ProposalNotFound,
  ProposalNotSubmitted,
  type ProposalView,
  ScoreOutOfRange,
  ScoresIncomplete,
  UnknownHandle,
} from "@meetstream/core/talk";
import type { GraphqlContext } from "./context";
import { idempotencyKeyOf, signedIn, withoutNulls } from "./mutations";
import { NotSignedIn } from "./rejections";
import { idOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, type Rejection, resultUnions } from "./results";

/**
 * The call as the caller may see it after the command, read afresh (the local bus projects before the
 * command returns).
 */
async function answeredCall(callId: string, context: GraphqlContext): Promise<CallView> {
  const call = await context.talks.callById(callId, context.viewer?.memberId);
  if (!call) throw new CallNotFound(callId);
  context.callById.clear(callId).prime(callId, call);
  return call;
}

/** The proposal as the caller may see it after the command: a reviewer of an anonymised call sees no speaker. */
async function answeredProposal(proposalId: string, context: GraphqlContext): Promise<ProposalView> {
  const proposal = await context.talks.proposalById(proposalId, context.viewer?.memberId);
  if (!proposal) throw new ProposalNotFound(proposalId);
  context.proposalById.clear(proposalId).prime(proposalId, proposal);
  return proposal;
}

interface CallArguments {
  callId: string;
  idempotencyKey?: string | null;
}

interface ProposalArguments {
  proposalId: string;
  idempotencyKey?: string | null;
}

interface OneCall {
  callId: string;
  idempotencyKey: string | undefined;
}

interface OneProposal {
  proposalId: string;
  idempotencyKey: string | undefined;
}

/** A command on one call by a signed-in organiser, answered with the call as it left it. */
const onCall = <Arguments extends CallArguments>(
  rejections: readonly Rejection[],
  command: (call: OneCall, args: Arguments, context: GraphqlContext) => Promise<unknown>,
) =>
  answeringRejections(
    [NotSignedIn, CallNotFound, NotAnOrganiser, ...rejections],
    async (_root, args: Arguments, context) => {
      const idempotencyKey = idempotencyKeyOf(args);
      const callId = idOf(args.callId, "CallForProposals");
      await command({ callId, idempotencyKey }, args, context);
      return answeredCall(callId, context);
    },
  );

/** A command on one proposal by a signed-in member, answered with the proposal as they may see it after. */
const onProposal = <Arguments extends ProposalArguments>(
  rejections: readonly Rejection[],
  command: (proposal: OneProposal, args: Arguments, context: GraphqlContext) => Promise<unknown>,
) =>
  answeringRejections(
    [NotSignedIn, ProposalNotFound, ...rejections],
    async (_root, args: Arguments, context) => {
      const idempotencyKey = idempotencyKeyOf(args);
      const proposalId = idOf(args.proposalId, "Proposal");
      await command({ proposalId, idempotencyKey }, args, context);
      return answeredProposal(proposalId, context);
    },
  );

type CallInputArguments = Record<string, unknown> & { communityId?: string; meetupId?: string | null };

/** The meetup a call targets, from its global id; null (in an edit) takes the target away. */
const targetMeetup = (input: CallInputArguments) =>
  input.meetupId === undefined
    ? {}
    : { meetupId: input.meetupId === null ? null : idOf(input.meetupId, "Meetup") };

const decisionRejections = [NotAnOrganiser, InvalidProposal, ProposalNotSubmitted] as const;

const mutation: MutationResolvers<GraphqlContext> = {
  draftCall: answeringRejections(
    [NotSignedIn, InvalidCall, NotAnOrganiser],
    async (
      _root,
      args: { input: CallInputArguments & { communityId: string }; idempotencyKey?: string | null },
      context,
    ) => {
      const idempotencyKey = idempotencyKeyOf(args);
      const { communityId, meetupId: _meetupId, ...rest } = args.input;
      const input = {
        ...withoutNulls(rest),
        ...targetMeetup(args.input),
        communityId: idOf(communityId, "Community"),
      } as Parameters<GraphqlContext["talks"]["draftCall"]>[0]["input"];
      const { callId } = await context.talks.draftCall({ actor: signedIn(context), input, idempotencyKey });
      return answeredCall(callId, context);
    },
  ),

  editCall: onCall([InvalidCall], (command, args: CallArguments & { input: CallInputArguments }, context) => {
    const { meetupId: _meetupId, ...rest } = args.input;
    const input = { ...withoutNulls(rest), ...targetMeetup(args.input) };
    return context.talks.editCall({ actor: signedIn(context), ...command, input });
  }),

  publishCall: onCall([], (command, _args, context) =>
    context.talks.publishCall({ actor: signedIn(context), ...command }),
  ),

  openCall: onCall([InvalidCall], (command, _args, context) =>
    context.talks.openCall({ actor: signedIn(context), ...command }),
  ),

  closeCall: onCall([CallNotOpen], (command, _args, context) =>
    context.talks.closeCall({ actor: signedIn(context), ...command }),
  ),

  appointReviewer: onCall([NotAMember], (command, args: CallArguments & { memberId: string }, context) =>
    context.talks.appointReviewer({
      actor: signedIn(context),
      ...command,
      memberId: idOf(args.memberId, "Member"),
    }),
  ),

  removeReviewer: onCall([], (command, args: CallArguments & { memberId: string }, context) =>
    context.talks.removeReviewer({
      actor: signedIn(context),
      ...command,
      memberId: idOf(args.memberId, "Member"),
    }),
  ),

  submitProposal: answeringRejections(
    [NotSignedIn, CallNotFound, CallClosed, FormatNotOffered, InvalidProposal, NotAMember, UnknownHandle],
    async (
      _root,
      args: {
        input: Record<string, unknown> & { callId: string };
        draft?: boolean | null;
        idempotencyKey?: string | null;
      },
      context,
    ) => {
      const idempotencyKey = idempotencyKeyOf(args);
      const { callId, ...rest } = args.input;
      const input = { ...withoutNulls(rest), callId: idOf(callId, "CallForProposals") } as Parameters<
        GraphqlContext["talks"]["draftProposal"]
      >[0]["input"];
      const { proposalId } = await context.talks.draftProposal({
        actor: signedIn(context),
        input,
        submit: args.draft !== true,
        idempotencyKey,
      });
      return answeredProposal(proposalId, context);
    },
  ),

  submitDraftProposal: onProposal(
    [CallNotFound, CallClosed, FormatNotOffered, NotTheOwner, ProposalClosed],
    (command, _args, context) => context.talks.submitProposal({ actor: signedIn(context), ...command }),
  ),

  editProposal: onProposal(
    [CallNotFound, CallClosed, FormatNotOffered, InvalidProposal, NotTheOwner, ProposalClosed, UnknownHandle],
    (command, args: ProposalArguments & { input: Record<string, unknown> }, context) =>
      context.talks.editProposal({ actor: signedIn(context), ...command, input: withoutNulls(args.input) }),
  ),

  // Answered with the answer: a co-speaker who declines no longer sees the proposal.
  answerCoSpeakerInvitation: answeringRejections(
    [NotSignedIn, ProposalNotFound, NotInvited, ProposalClosed],
    async (_root, args: ProposalArguments & { accept: boolean }, context) => {
      const idempotencyKey = idempotencyKeyOf(args);
      const proposalId = idOf(args.proposalId, "Proposal");
      await context.talks.answerInvitation({
        actor: signedIn(context),
        proposalId,
        idempotencyKey,
        accept: args.accept,
      });
      context.proposalById.clear(proposalId);
      return { accepted: args.accept, proposal: (await context.proposalById.load(proposalId)) ?? null };
    },
  ),

  acceptProposal: onProposal(
    decisionRejections,
    (command, args: ProposalArguments & { message?: string | null }, context) =>
      context.talks.acceptProposal({ actor: signedIn(context), ...command, message: args.message ?? "" }),
  ),

  rejectProposal: onProposal(
    decisionRejections,
    (command, args: ProposalArguments & { message?: string | null }, context) =>
      context.talks.rejectProposal({ actor: signedIn(context), ...command, message: args.message ?? "" }),
  ),

  confirmTalk: onProposal([NotASpeaker, ProposalNotAccepted], (command, _args, context) =>
    context.talks.confirmTalk({ actor: signedIn(context), ...command }),
  ),

  declineTalk: onProposal([NotASpeaker, ProposalNotAccepted], (command, _args, context) =>
    context.talks.declineTalk({ actor: signedIn(context), ...command }),
  ),

  withdrawProposal: onProposal([NotASpeaker, ProposalClosed], (command, _args, context) =>
    context.talks.withdrawProposal({ actor: signedIn(context), ...command }),
  ),

  cancelTalk: onProposal(
    [NotAnOrganiser, InvalidProposal, ProposalNotConfirmed],
    (command, args: ProposalArguments & { message: string }, context) =>
      context.talks.cancelTalk({ actor: signedIn(context), ...command, message: args.message }),
  ),

  reviewProposal: onProposal(
    [
      CallNotFound,
      InvalidProposal,
      NotAReviewer,
      OwnProposal,
      ProposalNotSubmitted,
      ScoreOutOfRange,
      ScoresIncomplete,
    ],
    (
      command,
      args: ProposalArguments & {
        input: { scores: { criterionId: string; score: number }[]; comment?: string | null };
      },
      context,
    ) =>
      context.talks.reviewProposal({
        actor: signedIn(context),
        ...command,
        input: { scores: args.input.scores, comment: args.input.comment ?? "" },
      }),
  ),
};

export const talkMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  ...resultUnions("InvitationAnswered", ["AnswerCoSpeakerInvitationResult"]),
  ...resultUnions("CallForProposals", [
    "DraftCallResult",
    "EditCallResult",
    "PublishCallResult",
    "OpenCallResult",
    "CloseCallResult",
    "AppointReviewerResult",
    "RemoveReviewerResult",
  ]),
  ...resultUnions("Proposal", [
    "SubmitProposalResult",
    "SubmitDraftProposalResult",
    "EditProposalResult",
    "AcceptProposalResult",
    "RejectProposalResult",
    "ConfirmTalkResult",
    "DeclineTalkResult",
    "WithdrawProposalResult",
    "CancelTalkResult",
    "ReviewProposalResult",
  ]),
};
