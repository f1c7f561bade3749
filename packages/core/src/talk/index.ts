/**
 * What other folders may import from the talk context: calls for proposals (`call-<callId>`) and
 * proposals (`proposal-<proposalId>`, reviews included), their documents, and every read with its rules.
 *
 * A proposal is public only once confirmed, and then as a talk (same id): `confirmedTalk(proposalId)` and
 * `talksGivenBy(memberId)` are what the agenda and speaker profiles read. With anonymised review, nothing
 * that names a speaker (ids, and so names, handles, photos and profiles) reaches a reviewer through a
 * `ProposalView`, a board row, an error or a history (reviewers get no history).
 */
export type { Page, PageOf } from "../documents/paged-query";
export { type Call, isAccepting } from "./call";
export {
  type CallResult,
  type ProposalResult,
  type ProposalSpeakers,
  type TalkModule,
  type TalkModuleOptions,
  talkModule,
} from "./commands";
export type { CommunityRoles, CommunityStanding } from "./community-roles";
export type { ConfirmedTalk } from "./confirmed-talk";
export { type InvitationStatus, maximumCoSpeakers, type ProposalStatus } from "./decider";
export {
  type BoardRow,
  type CallDocument,
  callIdOfStream,
  callKey,
  callStream,
  type ProposalDocument,
  proposalIdOfStream,
  proposalKey,
  proposalStream,
  talkProjections,
} from "./documents";
export {
  CallClosed,
  CallNotFound,
  CallNotOpen,
  FormatNotOffered,
  InvalidCall,
  InvalidProposal,
  InvalidRecording,
  NotAMember,
  NotAnAcceptedTalk,
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
  ScoreOutOfRange,
  ScoresIncomplete,
  type TalkIssue,
  UnknownHandle,
} from "./errors";
export {
  type CallEvent,
  type Criterion,
  type Format,
  type Level,
  type ProposalEvent,
  talkEventTypes,
} from "./events";
export type { ProposalHistoryEntry } from "./history-summary";
export type { MemberHandles } from "./member-handles";
export type {
  BoardEntry,
  BoardFilter,
  CallView,
  Edge,
  EdgePage,
  ProposalAccess,
  ProposalView,
  ReviewView,
  TalkQueries,
  TalkQueriesOptions,
  ViewerStandings,
} from "./queries";
export { type Recording, type RecordingProvider, recordingOf } from "./recording";
export type { SlideUploads } from "./slide-uploads";
export type {
  CallChangesInput,
  CallInput,
  ProposalChangesInput,
  ProposalInput,
  ReviewInput,
} from "./talk-input";
