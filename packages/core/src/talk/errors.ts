import { MeetstreamError } from "../errors/meetstream-error";

/*
 * Authorization failures are the community's own errors (one class per code across the API):
 * `NotAnOrganiser` (managing calls, deciding proposals, reading what only organisers read) and
 * `NotAMember` (proposing and reviewing need a membership). A message reaches people as it is: plain
 * words, never a name, a handle or an id, so that no rejection tells a reviewer who speaks.
 */
export { NotAMember, NotAnOrganiser } from "../community";

export interface TalkIssue {
  path: (string | number)[];
  message: string;
}

const issueList = (issues: readonly TalkIssue[], what: string) =>
  issues.map((issue) => `${issue.path.join(".") || what}: ${issue.message}`).join("; ");

export class CallNotFound extends MeetstreamError {
  readonly code = "CALL_NOT_FOUND";

  constructor(readonly callId: string) {
    super("There is no such call for proposals.");
  }
}

/** Call details that break the rules (see `talk-input.ts` and the call's decider); nothing was changed. */
export class InvalidCall extends MeetstreamError {
  readonly code = "INVALID_CALL";

  constructor(readonly issues: readonly TalkIssue[]) {
    super(`the call is invalid: ${issueList(issues, "call")}`);
  }
}

/** The call takes no proposals now: it is a draft, not open yet, or closed. */
export class CallClosed extends MeetstreamError {
  readonly code = "CALL_CLOSED";

  constructor(
    readonly callId: string,
    readonly reason: "draft" | "not open yet" | "closed",
  ) {
    super(
      reason === "draft"
        ? "This call for proposals is not published yet."
        : reason === "not open yet"
          ? "This call for proposals is not open yet."
          : "This call for proposals is closed.",
    );
  }
}

/** A call not open yet cannot be closed: move its opening instead. */
export class CallNotOpen extends MeetstreamError {
  readonly code = "CALL_NOT_OPEN";

  constructor(readonly callId: string) {
    super("This call for proposals has not opened yet, so it cannot be closed now.");
  }
}

/**
 * The viewer may not see this proposal, or there is none: the same answer for both, so that nobody learns
 * that a rejected or withdrawn proposal exists.
 */
export class ProposalNotFound extends MeetstreamError {
  readonly code = "PROPOSAL_NOT_FOUND";

  constructor(readonly proposalId: string) {
    super("There is no such proposal.");
  }
}

export class InvalidProposal extends MeetstreamError {
  readonly code = "INVALID_PROPOSAL";

  constructor(readonly issues: readonly TalkIssue[]) {
    super(`the proposal is invalid: ${issueList(issues, "proposal")}`);
  }
}

export class FormatNotOffered extends MeetstreamError {
  readonly code = "FORMAT_NOT_OFFERED";

  constructor(readonly formatId: string) {
    super("This call does not offer that format.");
  }
}

/** No member holds the handle: a co-speaker is invited by a handle someone has. */
export class UnknownHandle extends MeetstreamError {
  readonly code = "UNKNOWN_HANDLE";

  constructor(readonly handle: string) {
    super(`No member has the handle @${handle}.`);
  }
}

/** Only the member who drafted the proposal may do this. */
export class NotTheOwner extends MeetstreamError {
  readonly code = "NOT_THE_OWNER";

  constructor(readonly proposalId: string) {
    super("Only the speaker who proposed this talk may do that.");
  }
}

/** Only a speaker of the proposal may do this. */
export class NotASpeaker extends MeetstreamError {
  readonly code = "NOT_A_SPEAKER";

  constructor(readonly proposalId: string) {
    super("Only a speaker of this talk may do that.");
  }
}

/** A co-speaker answers only an invitation still open to them. */
export class NotInvited extends MeetstreamError {
  readonly code = "NOT_INVITED";

  constructor(readonly proposalId: string) {
    super("You have no open invitation to speak on this talk.");
  }
}

/** Only the call's reviewers (its organisers, and the members they appointed) review its proposals. */
export class NotAReviewer extends MeetstreamError {
  readonly code = "NOT_A_REVIEWER";

  constructor(readonly callId: string) {
    super("Only a reviewer of this call may do that.");
  }
}

/** No one reviews a proposal they speak on. */
export class OwnProposal extends MeetstreamError {
  readonly code = "OWN_PROPOSAL";

  constructor(readonly proposalId: string) {
    super("You speak on this proposal, so you cannot review it.");
  }
}

export class ScoreOutOfRange extends MeetstreamError {
  readonly code = "SCORE_OUT_OF_RANGE";

  constructor(
    readonly criterionId: string,
    readonly minimum: number,
    readonly maximum: number,
  ) {
    super(`Each score must be a whole number from ${minimum} to ${maximum}.`);
  }
}

/** A review scores every criterion of the call once, and nothing else. */
export class ScoresIncomplete extends MeetstreamError {
  readonly code = "SCORES_INCOMPLETE";

  constructor(
    readonly missing: readonly string[],
    readonly unknown: readonly string[],
  ) {
    super("A review scores each criterion of the call exactly once.");
  }
}

/** Reviews, acceptance and rejection are for submitted proposals. */
export class ProposalNotSubmitted extends MeetstreamError {
  readonly code = "PROPOSAL_NOT_SUBMITTED";

  constructor(readonly proposalId: string) {
    super("This proposal is not submitted (or is decided already).");
  }
}

/** A speaker confirms or declines only an accepted talk. */
export class ProposalNotAccepted extends MeetstreamError {
  readonly code = "PROPOSAL_NOT_ACCEPTED";

  constructor(readonly proposalId: string) {
    super("This proposal is not accepted: there is nothing to confirm or decline.");
  }
}

/** Only a confirmed talk is cancelled. */
export class ProposalNotConfirmed extends MeetstreamError {
  readonly code = "PROPOSAL_NOT_CONFIRMED";

  constructor(readonly proposalId: string) {
    super("This talk is not confirmed, so there is nothing to cancel.");
  }
}

/** The proposal reached an end (rejected, declined, withdrawn, cancelled) or is past the point of this change. */
export class ProposalClosed extends MeetstreamError {
  readonly code = "PROPOSAL_CLOSED";

  constructor(readonly proposalId: string) {
    super("This proposal can no longer be changed that way.");
  }
}

/** Slides and a recording belong to a talk that was accepted (or confirmed), not to a proposal before or after. */
export class NotAnAcceptedTalk extends MeetstreamError {
  readonly code = "NOT_AN_ACCEPTED_TALK";

  constructor(readonly proposalId: string) {
    super("Slides and recordings are for an accepted or confirmed talk.");
  }
}

/** A recording is an https address (a YouTube, Vimeo or PeerTube page, or any other). */
export class InvalidRecording extends MeetstreamError {
  readonly code = "INVALID_RECORDING";

  constructor(readonly url: string) {
    super("The recording's address must start with https://.");
  }
}
