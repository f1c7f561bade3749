import type { ScoreOutOfRange, ScoresIncomplete, UnknownHandle } from "@meetstream/core/talk";
import type { GraphqlContext } from "./context";
import type {
  ScoreOutOfRangeResolvers,
  ScoresIncompleteResolvers,
  UnknownHandleResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { inputIssue } from "./results";

/*
 * The talk context's rejections implement `Error` (see rejections.ts). NotAnOrganiser and NotAMember are
 * the community's: see community-rejections.ts. CallNotFound, CallClosed, CallNotOpen, ProposalNotFound,
 * FormatNotOffered, NotTheOwner, NotASpeaker, NotInvited, NotAReviewer, OwnProposal, ProposalNotSubmitted,
 * ProposalNotAccepted, ProposalNotConfirmed, ProposalClosed, InvalidCall and InvalidProposal (issues) read
 * their fields as they are. None of them carries a speaker's id, name or handle: a rejection a reviewer
 * meets says nothing of who speaks.
 */

const scoreOutOfRange: ScoreOutOfRangeResolvers<GraphqlContext, ScoreOutOfRange> = {
  minimumScore: (error) => error.minimum,
  maximumScore: (error) => error.maximum,
};

const scoresIncomplete: ScoresIncompleteResolvers<GraphqlContext, ScoresIncomplete> = {
  missingCriteria: (error) => [...error.missing],
  unknownCriteria: (error) => [...error.unknown],
};

const unknownHandle: UnknownHandleResolvers<GraphqlContext, UnknownHandle> = {
  unknownHandle: (error) => error.handle,
};

export const talkRejectionResolvers: ContextResolvers = {
  ScoreOutOfRange: scoreOutOfRange,
  ScoresIncomplete: scoresIncomplete,
  UnknownHandle: unknownHandle,
  TalkIssue: inputIssue,
};
