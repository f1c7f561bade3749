import type { Decider } from "../decider/decider";
import { type Call, isAccepting } from "./call";
import {
  CallClosed,
  FormatNotOffered,
  InvalidProposal,
  NotAnAcceptedTalk,
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
} from "./errors";
import {
  CoSpeakerAccepted,
  CoSpeakerDeclined,
  CoSpeakerInvited,
  CoSpeakerRemoved,
  type Criterion,
  ProposalAccepted,
  ProposalCancelled,
  ProposalConfirmed,
  ProposalDeclined,
  type ProposalDetails,
  ProposalDrafted,
  ProposalEdited,
  type ProposalEvent,
  ProposalRejected,
  ProposalReviewed,
  ProposalSubmitted,
  ProposalWithdrawn,
  RecordingLinked,
  RecordingUnlinked,
  type Score,
  SlidesAttached,
  SlidesRemoved,
} from "./events";

export type ProposalStatus =
  | "draft"
  | "submitted"
  | "accepted"
  | "rejected"
  | "confirmed"
  | "declined"
  | "withdrawn"
  | "cancelled";

export type InvitationStatus = "invited" | "accepted" | "declined";

export interface Review {
  reviewerId: string;
  scores: readonly Score[];
  comment: string;
}

export interface Proposal {
  status: "none" | ProposalStatus;
  callId: string;
  communityId: string;
  ownerId: string;
  details: ProposalDetails;
  /** By member id, in the order they were invited. */
  coSpeakers: Readonly<Record<string, InvitationStatus>>;
  /** The latest review of each reviewer, by reviewer id. */
  reviews: Readonly<Record<string, Review>>;
  /** The organiser's message with the acceptance, rejection or cancellation. */
  decisionMessage: string | null;
  /** The talk's slides in the Blob store, once a speaker attached them. */
  slides: { key: string; bytes: number } | null;
  recordingUrl: string | null;
}

/** What a proposal's decisions need of its call, read by the command's caller from the call's stream. */
export type CallTerms = Pick<Call, "status" | "details"> & { callId: string };

/** At most this many speakers beside the owner. */
export const maximumCoSpeakers = 3;

type OnProposal<Command> = Command & { proposalId: string };

export type ProposalCommand = OnProposal<
  | {
      type: "DraftProposal";
      call: CallTerms;
      communityId: string;
      ownerId: string;
      details: ProposalDetails;
      coSpeakerIds: readonly string[];
      /** Submitted at once, as the call page's form does; else it stays a draft. */
      submit?: boolean;
    }
  /** The details given change; `coSpeakerIds`, when given, is the whole list of co-speakers after it. */
  | {
      type: "EditProposal";
      call: CallTerms;
      memberId: string;
      changes: Partial<ProposalDetails>;
      coSpeakerIds?: readonly string[];
    }
  | { type: "SubmitProposal"; call: CallTerms; memberId: string }
  | { type: "AnswerInvitation"; memberId: string; accept: boolean }
  | { type: "AcceptProposal"; message: string }
  | { type: "RejectProposal"; message: string }
  | { type: "ConfirmTalk"; memberId: string }
  | { type: "DeclineTalk"; memberId: string }
  | { type: "WithdrawProposal"; memberId: string }
  | { type: "CancelTalk"; message: string }
  /**
   * `organiser` is the caller's finding that the actor organises the proposal's community: organisers
   * look after a talk's slides and recording as its speakers do.
   */
  | { type: "AttachSlides"; memberId: string; organiser: boolean; slides: { key: string; bytes: number } }
  | { type: "RemoveSlides"; memberId: string; organiser: boolean }
  /** `url` is an https address, checked by the caller. */
  | { type: "LinkRecording"; memberId: string; organiser: boolean; url: string }
  | { type: "UnlinkRecording"; memberId: string; organiser: boolean }
  | {
      type: "ReviewProposal";
      reviewerId: string;
      /** The call's criteria now: each is scored once, inside its scale. */
      criteria: readonly Criterion[];
      scores: readonly { criterionId: string; score: number }[];
      comment: string;
    }
>;

export const noProposal: Proposal = {
  status: "none",
  callId: "",
  communityId: "",
  ownerId: "",
  details: { title: "", abstract: "", formatId: "", level: "beginner", tags: [], note: "" },
  coSpeakers: {},
  reviews: {},
  decisionMessage: null,
  slides: null,
  recordingUrl: null,
};

/** Who gives the talk: the owner, and the co-speakers who accepted. */
export const speakersOf = (proposal: Pick<Proposal, "ownerId" | "coSpeakers">): string[] => [
  proposal.ownerId,
  ...Object.entries(proposal.coSpeakers).flatMap(([memberId, status]) =>
    status === "accepted" ? [memberId] : [],
  ),
];

/** Who speaks on it or is asked to: none of them reviews it, and each of them may read it. */
export const peopleOnProposal = (proposal: Pick<Proposal, "ownerId" | "coSpeakers">): string[] => [
  proposal.ownerId,
  ...Object.entries(proposal.coSpeakers).flatMap(([memberId, status]) =>
    status === "declined" ? [] : [memberId],
  ),
];

const time = (instant: string) => Date.parse(instant);

function assertCallTakes(call: CallTerms, at: string): void {
  if (isAccepting(call, at)) return;
  const reason =
    call.status !== "published" ? "draft" : time(at) < time(call.details.opensAt) ? "not open yet" : "closed";
  throw new CallClosed(call.callId, reason);
}

/** Drafts are written before the call opens as well; nothing is written once it has closed. */
function assertCallNotClosed(call: CallTerms, at: string): void {
  if (call.status !== "published") throw new CallClosed(call.callId, "draft");
  if (time(at) >= time(call.details.closesAt)) throw new CallClosed(call.callId, "closed");
}

function assertFormatOffered(call: CallTerms, formatId: string): void {
  if (!call.details.formats.some((format) => format.id === formatId)) throw new FormatNotOffered(formatId);
}

function assertCoSpeakers(ownerId: string, coSpeakerIds: readonly string[]): void {
  if (coSpeakerIds.length > maximumCoSpeakers)
    throw new InvalidProposal([
      { path: ["coSpeakers"], message: `at most ${maximumCoSpeakers} co-speakers` },
    ]);
  if (coSpeakerIds.includes(ownerId))
    throw new InvalidProposal([{ path: ["coSpeakers"], message: "you speak already: invite others" }]);
  if (new Set(coSpeakerIds).size !== coSpeakerIds.length)
    throw new InvalidProposal([{ path: ["coSpeakers"], message: "each co-speaker once" }]);
}

function assertExists(
  proposalId: string,
  proposal: Proposal,
): asserts proposal is Proposal & {
  status: ProposalStatus;
} {
  if (proposal.status === "none") throw new ProposalNotFound(proposalId);
}

function assertSpeaker(proposalId: string, proposal: Proposal, memberId: string): void {
  if (!speakersOf(proposal).includes(memberId)) throw new NotASpeaker(proposalId);
}

/** Slides and recordings are for a talk that will be (or was) given, by its speakers or an organiser. */
export function assertLooksAfterTalk(
  proposalId: string,
  proposal: Proposal,
  command: { memberId: string; organiser: boolean },
): void {
  if (!command.organiser) assertSpeaker(proposalId, proposal, command.memberId);
  if (proposal.status !== "accepted" && proposal.status !== "confirmed")
    throw new NotAnAcceptedTalk(proposalId);
}

/** The scores as the event records them, each with its criterion's weight; throws for a review that breaks a rule. */
function scoresOf(
  criteria: readonly Criterion[],
  scores: readonly { criterionId: string; score: number }[],
): Score[] {
  const given = scores.map((score) => score.criterionId);
  const known = criteria.map((criterion) => criterion.id);
  const missing = known.filter((criterionId) => !given.includes(criterionId));
  const unknown = given.filter(
    (criterionId, index) => !known.includes(criterionId) || given.indexOf(criterionId) !== index,
  );
  if (missing.length > 0 || unknown.length > 0) throw new ScoresIncomplete(missing, unknown);
  return criteria.map((criterion) => {
    const { score } = scores.find((given) => given.criterionId === criterion.id) as { score: number };
    const { minimum, maximum } = criterion.scale;
    if (!Number.isInteger(score) || score < minimum || score > maximum)
      throw new ScoreOutOfRange(criterion.id, minimum, maximum);
    return { criterionId: criterion.id, score, weight: criterion.weight };
  });
}

function decideEdit(
  command: Extract<ProposalCommand, { type: "EditProposal" }>,
  proposal: Proposal,
  at: string,
): ProposalEvent[] {
  if (command.memberId !== proposal.ownerId) throw new NotTheOwner(command.proposalId);
  if (proposal.status !== "draft" && proposal.status !== "submitted")
    throw new ProposalClosed(command.proposalId);
  // Submitted proposals change only while the call takes proposals: reviewers read them after.
  if (proposal.status === "submitted") assertCallTakes(command.call, at);
  else assertCallNotClosed(command.call, at);
  const details = { ...proposal.details, ...command.changes };
  if (command.changes.formatId !== undefined) assertFormatOffered(command.call, details.formatId);
  const events: ProposalEvent[] = [];
  if (JSON.stringify(details) !== JSON.stringify(proposal.details)) events.push(ProposalEdited(details));
  if (command.coSpeakerIds !== undefined) {
    assertCoSpeakers(proposal.ownerId, command.coSpeakerIds);
    const wanted = command.coSpeakerIds;
    for (const memberId of Object.keys(proposal.coSpeakers))
      if (!wanted.includes(memberId) && proposal.coSpeakers[memberId] !== "declined")
        events.push(CoSpeakerRemoved({ memberId }));
    for (const memberId of wanted)
      if (proposal.coSpeakers[memberId] === undefined || proposal.coSpeakers[memberId] === "declined")
        events.push(CoSpeakerInvited({ memberId }));
  }
  return events;
}

export const proposalDecider: Decider<Proposal, ProposalCommand, ProposalEvent> = {
  initialState: noProposal,

  decide(command, proposal) {
    const { at } = command.metadata;
    if (command.type === "DraftProposal") {
      // A retried draft finds its proposal: nothing more to do.
      if (proposal.status !== "none") return [];
      if (command.submit === true) assertCallTakes(command.call, at);
      else assertCallNotClosed(command.call, at);
      assertFormatOffered(command.call, command.details.formatId);
      assertCoSpeakers(command.ownerId, command.coSpeakerIds);
      return [
        ProposalDrafted({
          callId: command.call.callId,
          communityId: command.communityId,
          ownerId: command.ownerId,
          ...command.details,
        }),
        ...command.coSpeakerIds.map((memberId) => CoSpeakerInvited({ memberId })),
        ...(command.submit === true ? [ProposalSubmitted({})] : []),
      ];
    }
    assertExists(command.proposalId, proposal);
    const { proposalId } = command;
    switch (command.type) {
      case "EditProposal":
        return decideEdit(command, proposal, at);
      case "SubmitProposal":
        if (command.memberId !== proposal.ownerId) throw new NotTheOwner(proposalId);
        if (proposal.status === "submitted") return [];
        if (proposal.status !== "draft") throw new ProposalClosed(proposalId);
        assertCallTakes(command.call, at);
        assertFormatOffered(command.call, proposal.details.formatId);
        return [ProposalSubmitted({})];
      case "AnswerInvitation": {
        const invitation = proposal.coSpeakers[command.memberId];
        const answered = command.accept ? "accepted" : "declined";
        if (invitation === answered) return [];
        if (invitation !== "invited") throw new NotInvited(proposalId);
        if (isFinished(proposal.status)) throw new ProposalClosed(proposalId);
        const memberId = command.memberId;
        return [command.accept ? CoSpeakerAccepted({ memberId }) : CoSpeakerDeclined({ memberId })];
      }
      case "AcceptProposal":
        if (proposal.status === "accepted") return [];
        if (proposal.status !== "submitted") throw new ProposalNotSubmitted(proposalId);
        return [ProposalAccepted({ message: command.message })];
      case "RejectProposal":
        if (proposal.status === "rejected") return [];
        if (proposal.status !== "submitted") throw new ProposalNotSubmitted(proposalId);
        return [ProposalRejected({ message: command.message })];
      case "ConfirmTalk":
        assertSpeaker(proposalId, proposal, command.memberId);
        if (proposal.status === "confirmed") return [];
        if (proposal.status !== "accepted") throw new ProposalNotAccepted(proposalId);
        return [ProposalConfirmed({})];
      case "DeclineTalk":
        assertSpeaker(proposalId, proposal, command.memberId);
        if (proposal.status === "declined") return [];
        if (proposal.status !== "accepted") throw new ProposalNotAccepted(proposalId);
        return [ProposalDeclined({})];
      case "WithdrawProposal":
        assertSpeaker(proposalId, proposal, command.memberId);
        if (proposal.status === "withdrawn") return [];
        // Before a decision, or after acceptance: a rejection or a cancellation is the end already.
        if (isFinished(proposal.status)) throw new ProposalClosed(proposalId);
        return [ProposalWithdrawn({})];
      case "CancelTalk":
        if (proposal.status === "cancelled") return [];
        if (proposal.status !== "confirmed") throw new ProposalNotConfirmed(proposalId);
        return [ProposalCancelled({ message: command.message })];
      case "AttachSlides":
        assertLooksAfterTalk(proposalId, proposal, command);
        if (proposal.slides?.key === command.slides.key) return [];
        return [SlidesAttached(command.slides)];
      case "RemoveSlides":
        assertLooksAfterTalk(proposalId, proposal, command);
        return proposal.slides === null ? [] : [SlidesRemoved({})];
      case "LinkRecording":
        assertLooksAfterTalk(proposalId, proposal, command);
        if (proposal.recordingUrl === command.url) return [];
        return [RecordingLinked({ url: command.url })];
      case "UnlinkRecording":
        assertLooksAfterTalk(proposalId, proposal, command);
        return proposal.recordingUrl === null ? [] : [RecordingUnlinked({})];
      case "ReviewProposal": {
        if (peopleOnProposal(proposal).includes(command.reviewerId)) throw new OwnProposal(proposalId);
        if (proposal.status !== "submitted") throw new ProposalNotSubmitted(proposalId);
        const scores = scoresOf(command.criteria, command.scores);
        const previous = proposal.reviews[command.reviewerId];
        const unchanged =
          previous?.comment === command.comment && JSON.stringify(previous.scores) === JSON.stringify(scores);
        if (unchanged) return [];
        return [ProposalReviewed({ reviewerId: command.reviewerId, scores, comment: command.comment })];
      }
    }
  },

  evolve(proposal, event) {
    switch (event.type) {
      case "ProposalDrafted": {
        const { callId, communityId, ownerId, ...details } = event.data;
        return { ...proposal, status: "draft", callId, communityId, ownerId, details };
      }
      case "ProposalEdited":
        return { ...proposal, details: event.data };
      case "ProposalSubmitted":
        return { ...proposal, status: "submitted" };
      case "CoSpeakerInvited":
        return { ...proposal, coSpeakers: { ...proposal.coSpeakers, [event.data.memberId]: "invited" } };
      case "CoSpeakerAccepted":
        return { ...proposal, coSpeakers: { ...proposal.coSpeakers, [event.data.memberId]: "accepted" } };
      case "CoSpeakerDeclined":
        return { ...proposal, coSpeakers: { ...proposal.coSpeakers, [event.data.memberId]: "declined" } };
      case "CoSpeakerRemoved": {
        const { [event.data.memberId]: _removed, ...coSpeakers } = proposal.coSpeakers;
        return { ...proposal, coSpeakers };
      }
      case "ProposalAccepted":
        return { ...proposal, status: "accepted", decisionMessage: event.data.message };
      case "ProposalRejected":
        return { ...proposal, status: "rejected", decisionMessage: event.data.message };
      case "ProposalConfirmed":
        return { ...proposal, status: "confirmed" };
      case "ProposalDeclined":
        return { ...proposal, status: "declined" };
      case "ProposalWithdrawn":
        return { ...proposal, status: "withdrawn" };
      case "ProposalCancelled":
        return { ...proposal, status: "cancelled", decisionMessage: event.data.message };
      case "ProposalReviewed": {
        const { reviewerId, scores, comment } = event.data;
        return {
          ...proposal,
          reviews: { ...proposal.reviews, [reviewerId]: { reviewerId, scores, comment } },
        };
      }
      case "SlidesAttached":
        return { ...proposal, slides: event.data };
      case "SlidesRemoved":
        return { ...proposal, slides: null };
      case "RecordingLinked":
        return { ...proposal, recordingUrl: event.data.url };
      case "RecordingUnlinked":
        return { ...proposal, recordingUrl: null };
    }
  },
};

/** Rejected, declined, withdrawn and cancelled proposals are at their end: nothing more happens to them. */
export function isFinished(status: Proposal["status"]): boolean {
  return status === "rejected" || status === "declined" || status === "withdrawn" || status === "cancelled";
}
