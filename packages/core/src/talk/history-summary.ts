import type { EnvelopeOf } from "../projection/projection";
import type { ProposalEvent } from "./events";

/** One change of a proposal, as its speakers and the call's organisers read its history. */
export interface ProposalHistoryEntry {
  streamId: string;
  version: number;
  type: ProposalEvent["type"];
  /** Who did it. */
  actor: string;
  occurredAt: string;
  /** Plain words, members by name. */
  summary: string;
}

/** How a member is called in the history; undefined when no profile is known. */
export type NameOf = (memberId: string) => string | undefined;

/**
 * The history of one proposal stream, oldest first. `withReviews`: whether the reader may see reviews
 * (organisers); speakers read every other change, and not that a review happened.
 */
export function proposalHistoryOf(
  events: readonly EnvelopeOf<ProposalEvent>[],
  nameOf: NameOf,
  { withReviews }: { withReviews: boolean },
): ProposalHistoryEntry[] {
  return events.flatMap((event) => {
    if (event.type === "ProposalReviewed" && !withReviews) return [];
    return [
      {
        streamId: event.streamId,
        version: event.version,
        type: event.type,
        actor: event.meta.actor,
        occurredAt: event.meta.occurredAt,
        summary: upperFirst(wordsFor(event, nameOf)),
      },
    ];
  });
}

function wordsFor(event: EnvelopeOf<ProposalEvent>, nameOf: NameOf): string {
  const member = (memberId: string) => nameOf(memberId) ?? "a member";
  const who = event.meta.actor.startsWith("system:") ? "Meetstream" : member(event.meta.actor);
  switch (event.type) {
    case "ProposalDrafted":
      return `${who} drafted "${event.data.title}"`;
    case "ProposalEdited":
      return `${who} edited the proposal: "${event.data.title}"`;
    case "ProposalSubmitted":
      return `${who} submitted the proposal`;
    case "CoSpeakerInvited":
      return `${who} invited ${member(event.data.memberId)} to speak`;
    case "CoSpeakerAccepted":
      return `${member(event.data.memberId)} accepted to speak`;
    case "CoSpeakerDeclined":
      return `${member(event.data.memberId)} declined to speak`;
    case "CoSpeakerRemoved":
      return `${who} took ${member(event.data.memberId)} off the speakers`;
    case "ProposalAccepted":
      return `${who} accepted the proposal${event.data.message ? `: ${event.data.message}` : ""}`;
    case "ProposalRejected":
      return `${who} rejected the proposal${event.data.message ? `: ${event.data.message}` : ""}`;
    case "ProposalConfirmed":
      return `${who} confirmed the talk`;
    case "ProposalDeclined":
      return `${who} declined the talk`;
    case "ProposalWithdrawn":
      return `${who} withdrew the proposal`;
    case "ProposalCancelled":
      return `${who} cancelled the talk${event.data.message ? `: ${event.data.message}` : ""}`;
    case "ProposalReviewed":
      return `${member(event.data.reviewerId)} reviewed the proposal`;
    case "SlidesAttached":
      return `${who} attached the slides (${megabytes(event.data.bytes)})`;
    case "SlidesRemoved":
      return `${who} removed the slides`;
    case "RecordingLinked":
      return `${who} linked the recording`;
    case "RecordingUnlinked":
      return `${who} removed the recording's link`;
  }
}

const megabytes = (bytes: number) => `${Math.max(0.1, Math.round(bytes / 104_857.6) / 10)} MB`;

const upperFirst = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
