import type { SpeakerProposal } from "./proposal-documents";

type ProposalStatus = SpeakerProposal["status"];
type TalkLevel = SpeakerProposal["level"];

/** A proposal's state, as its speakers read it in My proposals. */
export const statusWords: Record<ProposalStatus, string> = {
  DRAFT: "Draft: not submitted yet",
  SUBMITTED: "Submitted: the organisers are reviewing it",
  ACCEPTED: "Accepted: confirm that you will give it",
  CONFIRMED: "Confirmed: on the programme",
  REJECTED: "Not accepted",
  DECLINED: "Declined by its speakers",
  WITHDRAWN: "Withdrawn",
  CANCELLED: "Cancelled by the organisers",
};

export const levelWords: Record<TalkLevel, string> = {
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
};

/** "Talk, 30 minutes": a format as a person reads it. */
export const formatWords = (format: { name: string; minutes: number }) =>
  `${format.name}, ${format.minutes} ${format.minutes === 1 ? "minute" : "minutes"}`;

/**
 * What the talk API's refusals mean to a speaker. Its messages are close, but some speak of "this call"
 * or "this proposal" where the page shows several; a code without words here keeps the API's message.
 */
export const proposalRefusalWords: Record<string, string> = {
  CALL_CLOSED: "The call is not taking proposals now.",
  CALL_NOT_FOUND: "This call for proposals no longer exists.",
  NOT_A_MEMBER: "Join the community first: only its members propose talks.",
  NOT_THE_OWNER: "Only the speaker who proposed the talk may change it.",
  NOT_A_SPEAKER: "Only a speaker of the talk may do that.",
  NOT_INVITED: "Your invitation to speak on this talk is no longer open.",
  PROPOSAL_CLOSED: "This proposal can no longer be changed that way.",
  PROPOSAL_NOT_ACCEPTED: "Only an accepted talk is confirmed or declined.",
  PROPOSAL_NOT_FOUND: "This proposal no longer exists.",
  NOT_AN_ACCEPTED_TALK: "Slides and recordings are for an accepted or confirmed talk.",
  INVALID_RECORDING: "The recording's address must start with https://.",
};

export function proposalRefusal(refusal: { code?: unknown; message: string }): string {
  return (typeof refusal.code === "string" && proposalRefusalWords[refusal.code]) || refusal.message;
}
