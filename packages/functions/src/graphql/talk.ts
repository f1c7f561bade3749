import type { CommunitySummary } from "@meetstream/core/community";
import {
  type BoardEntry,
  type CallView,
  type Criterion,
  type EdgePage,
  NotAnOrganiser,
  NotAReviewer,
  type ProposalHistoryEntry,
  ProposalNotFound,
  type ProposalStatus,
  type ProposalView,
  type ReviewView,
} from "@meetstream/core/talk";
import * as z from "@meetstream/core/validation/zod";
import { checkedArguments, instantArgument } from "./arguments";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import { type Me, memberOf, membersOf } from "./member";
import { connection, forwardPage, globalIdOf, type PageArguments, plainIdOf } from "./relay";
import type {
  CallForProposalsResolvers,
  CommunityResolvers,
  CoSpeakerResolvers,
  MeResolvers,
  ProposalHistoryEntryResolvers,
  ProposalResolvers,
  ProposalSnapshotResolvers,
  QueryResolvers,
  ReviewBoardRowResolvers,
  ReviewCriterionResolvers,
  ReviewResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { asksFor } from "./selections";

/**
 * A read the viewer may not make reads as null: core's talk queries decide who sees what and refuse with
 * `NotAnOrganiser`, `NotAReviewer` or `ProposalNotFound`; the API says it the way GraphQL readers expect.
 */
async function nullWhenNotEntitled<Answer>(answer: Promise<Answer>): Promise<Answer | null> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof NotAnOrganiser || error instanceof NotAReviewer || error instanceof ProposalNotFound)
      return null;
    throw error;
  }
}

const boardArguments = z.object({
  formatId: z.optional(z.nullable(z.string().check(z.maxLength(40, "must be at most 40 characters")))),
  tag: z.optional(z.nullable(z.string().check(z.maxLength(30, "must be at most 30 characters")))),
});

const instantArguments = z.object({ instant: instantArgument() });

/** Lists prime the loaders: a call or proposal read in a list is not read again by id in the same request. */
function callConnection(found: EdgePage<CallView>, { callById }: GraphqlContext) {
  for (const { node } of found.edges) callById.prime(node.id, node);
  return connection(found.edges, found.cursor);
}

function proposalConnection(found: EdgePage<ProposalView>, { proposalById }: GraphqlContext) {
  for (const { node } of found.edges) proposalById.prime(node.id, node);
  return connection(found.edges, found.cursor);
}

const communityOf = async (
  parent: { communityId: string },
  context: GraphqlContext,
): Promise<CommunitySummary> => {
  const community = await context.communityById.load(parent.communityId);
  if (!community) throw new Error(`community ${parent.communityId} is missing`);
  return community;
};

const call: CallForProposalsResolvers<GraphqlContext, CallView> = {
  id: (call) => globalIdOf("CallForProposals", call.id),
  publicId: (call) => call.id,
  community: (call, _arguments, context) => communityOf(call, context),
  meetup: async (call, _arguments, { meetupById }) =>
    call.meetupId === null ? null : ((await meetupById.load(call.meetupId)) ?? null),
  reviewers: (call, _arguments, context) =>
    call.reviewerIds === null ? null : membersOf(call.reviewerIds, context),
  board: async (
    call,
    args: PageArguments & {
      formatId?: string | null;
      tag?: string | null;
      status?: ProposalStatus | null;
      notReviewedByMe?: boolean | null;
    },
    { viewer, talks, viewerRole, proposalById },
    info,
  ) => {
    const page = forwardPage(args);
    const { formatId, tag } = checkedArguments(boardArguments, args);
    const board = await nullWhenNotEntitled(
      talks.boardOf(
        call.id,
        viewer?.memberId,
        {
          ...page,
          ...(formatId == null ? {} : { formatId }),
          ...(tag == null ? {} : { tag }),
          ...(args.status == null ? {} : { status: args.status }),
          notReviewedByViewer: args.notReviewedByMe === true,
        },
        (communityId) => viewerRole.load(communityId),
      ),
    );
    if (!board) return null;
    // Every board a client shows links its rows to their proposals: read in one batch here, the rows
    // answer them without fifty loads and fifty awaits of the loader's one answer.
    const proposals = asksFor(info, ["edges", "node", "proposal"])
      ? await talks.proposalsByIds(
          board.rows.map((row) => row.proposalId),
          viewer?.memberId,
          (communityId) => viewerRole.load(communityId),
        )
      : undefined;
    const rows = board.rows.map((row, index): BoardRowParent => {
      const proposal = proposals?.[index];
      if (proposal) proposalById.prime(proposal.id, proposal);
      // The new field before the spread: V8 copies an object several times slower when a field the
      // original lacks follows the spread.
      return proposals ? { proposal: proposal ?? null, ...row } : row;
    });
    return connection(
      rows.map((row) => ({ cursor: row.cursor, node: row })),
      board.cursor,
    );
  },
};

const criterion: ReviewCriterionResolvers<GraphqlContext, Criterion> = {
  minimumScore: (criterion) => criterion.scale.minimum,
  maximumScore: (criterion) => criterion.scale.maximum,
};

// Every field core left null is null here: core's queries decide what each viewer sees of a proposal.
const proposal: ProposalResolvers<GraphqlContext, ProposalView> = {
  id: (proposal) => globalIdOf("Proposal", proposal.id),
  publicId: (proposal) => proposal.id,
  community: (proposal, _arguments, context) => communityOf(proposal, context),
  call: async (proposal, _arguments, { callById }) => (await callById.load(proposal.callId)) ?? null,
  speakers: (proposal, _arguments, context) =>
    proposal.speakerIds === null ? null : membersOf(proposal.speakerIds, context),
  owner: async (proposal, _arguments, { memberById }) =>
    proposal.ownerId === null ? null : ((await memberById.load(proposal.ownerId)) ?? null),
  viewerAccess: (proposal) => proposal.access,
  viewerIsSpeaker: (proposal) => proposal.viewerIsOnProposal,
  reviews: (proposal, _arguments, { viewer, talks }) =>
    nullWhenNotEntitled(talks.reviewsOf(proposal.id, viewer?.memberId)),
  history: (proposal, _arguments, { viewer, talks }) =>
    nullWhenNotEntitled(talks.history(proposal.id, viewer?.memberId)),
  asOf: async (proposal, args: { instant: string }, { viewer, talks }) => {
    const { instant } = checkedArguments(instantArguments, args);
    return (await nullWhenNotEntitled(talks.asOf(proposal.id, instant, viewer?.memberId))) ?? null;
  },
};

const proposalSnapshot: ProposalSnapshotResolvers<GraphqlContext, ProposalView> = {};

const coSpeaker: CoSpeakerResolvers<GraphqlContext, { memberId: string }> = { member: memberOf };

const review: ReviewResolvers<GraphqlContext, ReviewView> = {
  reviewer: async (review, _arguments, { memberById }) => (await memberById.load(review.reviewerId)) ?? null,
};

/** A board row, with its proposal when the board read it for the row (as the viewer may see it, or null). */
type BoardRowParent = BoardEntry & { proposal?: ProposalView | null };

const boardRow: ReviewBoardRowResolvers<GraphqlContext, BoardRowParent> = {
  // As the viewer may see it: with anonymised review, a reviewer's proposal has no speakers.
  proposal: (row, _arguments, { proposalById }) =>
    row.proposal !== undefined
      ? row.proposal
      : proposalById.load(row.proposalId).then((proposal) => proposal ?? null),
  proposalId: (row) => globalIdOf("Proposal", row.proposalId),
  publicId: (row) => row.proposalId,
  speakers: (row, _arguments, context) =>
    row.speakerIds === null ? null : membersOf(row.speakerIds, context),
  reviewedByMe: (row) => row.reviewedByViewer,
  viewerIsSpeaker: (row) => row.viewerIsOnProposal,
};

const historyEntry: ProposalHistoryEntryResolvers<GraphqlContext, ProposalHistoryEntry> = {
  actor: async (entry, _arguments, { memberById }) => {
    const actor = await memberById.load(entry.actor);
    return actor && !actor.erased ? actor : null;
  },
};

const community: CommunityResolvers<GraphqlContext, CommunitySummary> = {
  calls: async (community, args: PageArguments, context) =>
    callConnection(
      await context.talks.callsOf(community.id, context.viewer?.memberId, forwardPage(args)),
      context,
    ),

  draftCalls: async (community, args: PageArguments, context) => {
    const drafts = await nullWhenNotEntitled(
      context.talks.callsOf(community.id, context.viewer?.memberId, { ...forwardPage(args), drafts: true }),
    );
    return drafts && callConnection(drafts, context);
  },

  talks: async (community, args: PageArguments, context) =>
    proposalConnection(await context.talks.talksOf(community.id, forwardPage(args)), context),
};

const me: MeResolvers<GraphqlContext, Me> = {
  // The viewer's own: `me` is the viewer.
  proposals: async (me, args: PageArguments, context) =>
    proposalConnection(await context.talks.proposalsOf(me.member.id, forwardPage(args)), context),

  reviewerCalls: async (me, _arguments, { talks, callById }) => {
    const calls = await talks.callsReviewedBy(me.member.id);
    for (const call of calls) callById.prime(call.id, call);
    return calls;
  },
};

const query: QueryResolvers<GraphqlContext> = {
  call: async (_root, args: { id: string }, { callById }) =>
    (await callById.load(plainIdOf(args.id, "CallForProposals"))) ?? null,

  proposal: async (_root, args: { id: string }, { proposalById }) =>
    (await proposalById.load(plainIdOf(args.id, "Proposal"))) ?? null,

  talk: async (_root, args: { id: string }, { proposalById }) => {
    const proposal = await proposalById.load(plainIdOf(args.id, "Proposal"));
    return proposal?.status === "confirmed" ? proposal : null;
  },
};

export const talkResolvers: ContextResolvers = {
  CallForProposals: call,
  ReviewCriterion: criterion,
  Proposal: proposal,
  ProposalSnapshot: proposalSnapshot,
  CoSpeaker: coSpeaker,
  Review: review,
  ReviewBoardRow: boardRow,
  ProposalHistoryEntry: historyEntry,
  Community: community,
  Me: me,
  Query: query,
  // GraphQL's names for the values the domain stores.
  CallStatus: internalEnumValues.CallStatus,
  InvitationStatus: internalEnumValues.InvitationStatus,
  ProposalAccess: internalEnumValues.ProposalAccess,
  ProposalStatus: internalEnumValues.ProposalStatus,
  TalkLevel: internalEnumValues.TalkLevel,
};
