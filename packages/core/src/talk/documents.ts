import type { DocumentKey, IndexKey } from "../documents/document-store";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import { renderMarkdown } from "../text/markdown";
import type { InvitationStatus, ProposalStatus } from "./decider";
import type { CallEvent, Criterion, Format, Level, ProposalEvent, Score } from "./events";

export const callStream = (callId: string): string => `call-${callId}`;
export const callIdOfStream = (streamId: string): string => streamId.slice("call-".length);
export const proposalStream = (proposalId: string): string => `proposal-${proposalId}`;
export const proposalIdOfStream = (streamId: string): string => streamId.slice("proposal-".length);

const callPartition = (callId: string) => `call#${callId}`;
const proposalPartition = (proposalId: string) => `proposal#${proposalId}`;

export const callKey = (callId: string): DocumentKey => ({ partition: callPartition(callId), sort: "call" });
export const proposalKey = (proposalId: string): DocumentKey => ({
  partition: proposalPartition(proposalId),
  sort: "proposal",
});
export const boardRowKey = (proposalId: string): DocumentKey => ({
  partition: proposalPartition(proposalId),
  sort: "board",
});
export const reviewKey = (proposalId: string, reviewerId: string): DocumentKey => ({
  partition: proposalPartition(proposalId),
  sort: `review#${reviewerId}`,
});
/** The primary range of a proposal's reviews. */
export const reviewsRange = (proposalId: string) => ({
  partition: proposalPartition(proposalId),
  beginsWith: "review#",
});
export const speakerEntryKey = (proposalId: string, memberId: string): DocumentKey => ({
  partition: proposalPartition(proposalId),
  sort: `speaker#${memberId}`,
});
export const talkKey = (proposalId: string): DocumentKey => ({
  partition: proposalPartition(proposalId),
  sort: "talk",
});
export const callReviewerKey = (callId: string, memberId: string): DocumentKey => ({
  partition: callPartition(callId),
  sort: `reviewer#${memberId}`,
});

/** The `first` index of a published call: its community's calls, by opening. */
export const communityCallsPartition = (communityId: string) => `community-calls#${communityId}`;
/** The `first` index of a draft call: kept apart, so that the public list never holds one. */
export const communityCallDraftsPartition = (communityId: string) => `community-call-drafts#${communityId}`;
/** The `first` index of a board row: the call's review board, by weighted mean. */
export const callBoardPartition = (callId: string) => `call-board#${callId}`;
/** The `first` index of a speaker entry: the proposals a member speaks on or is invited to. */
export const speakerProposalsPartition = (memberId: string) => `speaker-proposals#${memberId}`;
/** The `first` index of a talk: the community's confirmed talks, by confirmation. */
export const communityTalksPartition = (communityId: string) => `community-talks#${communityId}`;
/** The `first` index of a reviewer appointment: the calls a member reviews. */
export const reviewerCallsPartition = (memberId: string) => `reviewer-calls#${memberId}`;

/** A call, whole: it is small (a handful of formats, criteria and reviewers). */
export interface CallDocument {
  id: string;
  communityId: string;
  status: "draft" | "published";
  title: string;
  description: string;
  descriptionHtml: string;
  opensAt: string;
  closesAt: string;
  formats: Format[];
  criteria: Criterion[];
  anonymised: boolean;
  meetupId: string | null;
  /** Appointed reviewers: organisers review without appointment. */
  reviewerIds: string[];
  draftedAt: string;
  publishedAt: string | null;
  updatedAt: string;
}

export interface CallReviewerEntry {
  callId: string;
  memberId: string;
}

export interface ProposalDocument {
  id: string;
  callId: string;
  communityId: string;
  ownerId: string;
  status: ProposalStatus;
  title: string;
  abstract: string;
  abstractHtml: string;
  formatId: string;
  level: Level;
  tags: string[];
  /** For speakers and organisers only. */
  note: string;
  /** In the order they were invited. */
  coSpeakers: { memberId: string; status: InvitationStatus }[];
  /** For speakers and organisers only. */
  decisionMessage: string | null;
  draftedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  confirmedAt: string | null;
  updatedAt: string;
  /** Absent on documents projected before slides existed: read as none. */
  slides?: { key: string; bytes: number } | null;
  /** Absent on documents projected before recordings existed: read as none. */
  recordingUrl?: string | null;
}

/**
 * A submitted proposal's row on its call's review board: what the board shows and filters on, small, so
 * that one page of the index is the page of the board, scores included.
 */
export interface BoardRow {
  proposalId: string;
  callId: string;
  title: string;
  formatId: string;
  level: Level;
  tags: string[];
  status: ProposalStatus;
  /** The owner and every co-speaker not declined: none of them may review it. */
  peopleOnProposal: string[];
  /**
   * Who gives the talk (the owner and the co-speakers who accepted), so that a board page names its
   * speakers without reading fifty proposals. Absent from rows projected before it was: the board reads
   * those rows' proposals instead.
   */
  speakerIds?: string[];
  /** Each reviewer's weighted score (Σ weight·score / Σ weight), by reviewer id. */
  weightedScores: Record<string, number>;
  reviewCount: number;
  /** The mean of the reviews' weighted scores; null before the first review. */
  weightedMean: number | null;
  submittedAt: string;
}

export interface ReviewDocument {
  proposalId: string;
  reviewerId: string;
  scores: Score[];
  comment: string;
  weightedScore: number;
  /** When the latest version was made. */
  reviewedAt: string;
  /** When the reviewer first reviewed. */
  firstReviewedAt: string;
}

/** A member's place on a proposal, for their list of proposals. */
export interface SpeakerEntry {
  proposalId: string;
  memberId: string;
  role: "owner" | InvitationStatus;
}

/** A confirmed talk in its community's archive. */
export interface TalkEntry {
  proposalId: string;
  communityId: string;
  confirmedAt: string;
}

const padded = (value: number, digits: number) => String(value).padStart(digits, "0");

/** A review's score: each criterion's score, weighted. */
export function weightedScoreOf(scores: readonly Score[]): number {
  const weights = scores.reduce((sum, score) => sum + score.weight, 0);
  return weights === 0 ? 0 : scores.reduce((sum, score) => sum + score.weight * score.score, 0) / weights;
}

const meanOf = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The board's order: reviewed proposals by weighted mean (to four decimals, zero-padded, so that the
 * index sorts it as a number), then the proposals nobody reviewed yet; ties by id. Read descending.
 */
export const boardSort = (row: Pick<BoardRow, "weightedMean" | "proposalId">): string =>
  row.weightedMean === null
    ? `0#${row.proposalId}`
    : `1#${padded(Math.round(row.weightedMean * 10_000), 6)}#${row.proposalId}`;

const bySchedule = (instant: string, id: string) => `${instant}#${id}`;

type CallEnvelope = EnvelopeOf<CallEvent>;
type ProposalEnvelope = EnvelopeOf<ProposalEvent>;

function callAfter(call: CallDocument | undefined, event: CallEnvelope): CallDocument | undefined {
  const at = event.meta.occurredAt;
  if (event.type === "CallDrafted") {
    const { communityId, ...details } = event.data;
    return {
      id: callIdOfStream(event.streamId),
      communityId,
      status: "draft",
      ...details,
      descriptionHtml: renderMarkdown(details.description),
      reviewerIds: [],
      draftedAt: at,
      publishedAt: null,
      updatedAt: at,
    };
  }
  if (!call) return undefined;
  const next = { ...call, updatedAt: at };
  switch (event.type) {
    case "CallDetailsChanged":
      return { ...next, ...event.data, descriptionHtml: renderMarkdown(event.data.description) };
    case "CallPublished":
      return { ...next, status: "published", publishedAt: at };
    case "CallOpened":
      return { ...next, opensAt: event.data.opensAt };
    case "CallClosed":
      return { ...next, closesAt: event.data.closesAt };
    case "ReviewerAppointed":
      return { ...next, reviewerIds: [...call.reviewerIds, event.data.memberId] };
    case "ReviewerRemoved":
      return {
        ...next,
        reviewerIds: call.reviewerIds.filter((memberId) => memberId !== event.data.memberId),
      };
  }
}

const callListIndex = (call: CallDocument): IndexKey => ({
  partition:
    call.status === "draft"
      ? communityCallDraftsPartition(call.communityId)
      : communityCallsPartition(call.communityId),
  sort: bySchedule(call.opensAt, call.id),
});

const callDocuments: DocumentKind<CallEvent, CallDocument> = {
  touches: (event) => [callKey(callIdOfStream(event.streamId))],
  evolve({ body }, event) {
    const call = callAfter(body, event);
    return call
      ? { type: "upsert", body: call, indexes: { first: callListIndex(call) } }
      : { type: "unchanged" };
  },
};

const callReviewerEntries: DocumentKind<CallEvent, CallReviewerEntry> = {
  touches: (event) =>
    event.type === "ReviewerAppointed" || event.type === "ReviewerRemoved"
      ? [callReviewerKey(callIdOfStream(event.streamId), event.data.memberId)]
      : [],
  evolve(_entry, event) {
    const callId = callIdOfStream(event.streamId);
    if (event.type === "ReviewerAppointed")
      return {
        type: "upsert",
        body: { callId, memberId: event.data.memberId },
        indexes: { first: { partition: reviewerCallsPartition(event.data.memberId), sort: callId } },
      };
    return event.type === "ReviewerRemoved" ? { type: "delete" } : { type: "unchanged" };
  },
};

/** A call's documents: the call, and one entry per appointed reviewer. */
export const callsProjection: DocumentProjection<CallEvent> = {
  name: "calls",
  categories: ["call"],
  kinds: [callReviewerEntries, callDocuments],
};

const coSpeakerStatus = {
  CoSpeakerInvited: "invited",
  CoSpeakerAccepted: "accepted",
  CoSpeakerDeclined: "declined",
} as const;

/** The proposal after the event: the kinds that follow a proposal read it before the event and apply this. */
export function proposalAfter(
  proposal: ProposalDocument | undefined,
  event: ProposalEnvelope,
): ProposalDocument | undefined {
  const at = event.meta.occurredAt;
  if (event.type === "ProposalDrafted") {
    const { callId, communityId, ownerId, ...details } = event.data;
    return {
      id: proposalIdOfStream(event.streamId),
      callId,
      communityId,
      ownerId,
      status: "draft",
      ...details,
      abstractHtml: renderMarkdown(details.abstract),
      coSpeakers: [],
      decisionMessage: null,
      draftedAt: at,
      submittedAt: null,
      decidedAt: null,
      confirmedAt: null,
      updatedAt: at,
      slides: null,
      recordingUrl: null,
    };
  }
  if (!proposal) return undefined;
  const next: ProposalDocument = { ...proposal, updatedAt: at };
  switch (event.type) {
    case "ProposalEdited":
      return { ...next, ...event.data, abstractHtml: renderMarkdown(event.data.abstract) };
    case "ProposalSubmitted":
      return { ...next, status: "submitted", submittedAt: at };
    case "CoSpeakerInvited":
    case "CoSpeakerAccepted":
    case "CoSpeakerDeclined": {
      const { memberId } = event.data;
      const status = coSpeakerStatus[event.type];
      const others = proposal.coSpeakers.filter((coSpeaker) => coSpeaker.memberId !== memberId);
      const known = proposal.coSpeakers.some((coSpeaker) => coSpeaker.memberId === memberId);
      return {
        ...next,
        coSpeakers: known
          ? proposal.coSpeakers.map((coSpeaker) =>
              coSpeaker.memberId === memberId ? { memberId, status } : coSpeaker,
            )
          : [...others, { memberId, status }],
      };
    }
    case "CoSpeakerRemoved":
      return {
        ...next,
        coSpeakers: proposal.coSpeakers.filter((coSpeaker) => coSpeaker.memberId !== event.data.memberId),
      };
    case "ProposalAccepted":
      return { ...next, status: "accepted", decisionMessage: event.data.message, decidedAt: at };
    case "ProposalRejected":
      return { ...next, status: "rejected", decisionMessage: event.data.message, decidedAt: at };
    case "ProposalConfirmed":
      return { ...next, status: "confirmed", confirmedAt: at };
    case "ProposalDeclined":
      return { ...next, status: "declined" };
    case "ProposalWithdrawn":
      return { ...next, status: "withdrawn" };
    case "ProposalCancelled":
      return { ...next, status: "cancelled", decisionMessage: event.data.message };
    case "ProposalReviewed":
      // Reviews are documents of their own: the proposal does not change for one.
      return proposal;
    case "SlidesAttached":
      return { ...next, slides: event.data };
    case "SlidesRemoved":
      return { ...next, slides: null };
    case "RecordingLinked":
      return { ...next, recordingUrl: event.data.url };
    case "RecordingUnlinked":
      return { ...next, recordingUrl: null };
  }
}

/** The owner and every co-speaker not declined. */
export const peopleOnProposalOf = (proposal: Pick<ProposalDocument, "ownerId" | "coSpeakers">): string[] => [
  proposal.ownerId,
  ...proposal.coSpeakers.flatMap((coSpeaker) =>
    coSpeaker.status === "declined" ? [] : [coSpeaker.memberId],
  ),
];

/** Who gives the talk: the owner, and the co-speakers who accepted. */
export const speakerIdsOf = (proposal: Pick<ProposalDocument, "ownerId" | "coSpeakers">): string[] => [
  proposal.ownerId,
  ...proposal.coSpeakers.flatMap((coSpeaker) =>
    coSpeaker.status === "accepted" ? [coSpeaker.memberId] : [],
  ),
];

const proposalKeyOf = (event: ProposalEnvelope) => proposalKey(proposalIdOfStream(event.streamId));

const proposalDocuments: DocumentKind<ProposalEvent, ProposalDocument> = {
  // Touched by every event, reviews included, so that the kinds before it can read it.
  touches: (event) => [proposalKeyOf(event)],
  evolve({ body }, event) {
    const proposal = proposalAfter(body, event);
    return proposal && proposal !== body ? { type: "upsert", body: proposal } : { type: "unchanged" };
  },
};

function boardRowAfter(
  row: BoardRow | undefined,
  event: ProposalEnvelope,
  proposal: ProposalDocument | undefined,
): BoardRow | undefined {
  const after = proposalAfter(proposal, event);
  if (!after || after.status === "draft") return undefined;
  const weightedScores = { ...(row?.weightedScores ?? {}) };
  if (event.type === "ProposalReviewed")
    weightedScores[event.data.reviewerId] = weightedScoreOf(event.data.scores);
  const scores = Object.values(weightedScores);
  return {
    proposalId: after.id,
    callId: after.callId,
    title: after.title,
    formatId: after.formatId,
    level: after.level,
    tags: after.tags,
    status: after.status,
    peopleOnProposal: peopleOnProposalOf(after),
    speakerIds: speakerIdsOf(after),
    weightedScores,
    reviewCount: scores.length,
    weightedMean: meanOf(scores),
    submittedAt: after.submittedAt ?? event.meta.occurredAt,
  };
}

/** From submission on, one row per proposal on its call's board, ordered by weighted mean. */
const boardRows: DocumentKind<ProposalEvent, BoardRow> = {
  touches: (event) => [boardRowKey(proposalIdOfStream(event.streamId))],
  evolve({ body }, event, touched) {
    const row = boardRowAfter(body, event, touched.get<ProposalDocument>(proposalKeyOf(event)));
    if (!row) return { type: "unchanged" };
    return {
      type: "upsert",
      body: row,
      indexes: { first: { partition: callBoardPartition(row.callId), sort: boardSort(row) } },
    };
  },
};

const reviewDocuments: DocumentKind<ProposalEvent, ReviewDocument> = {
  touches: (event) =>
    event.type === "ProposalReviewed"
      ? [reviewKey(proposalIdOfStream(event.streamId), event.data.reviewerId)]
      : [],
  evolve({ body }, event) {
    if (event.type !== "ProposalReviewed") return { type: "unchanged" };
    const at = event.meta.occurredAt;
    return {
      type: "upsert",
      body: {
        proposalId: proposalIdOfStream(event.streamId),
        reviewerId: event.data.reviewerId,
        scores: event.data.scores,
        comment: event.data.comment,
        weightedScore: weightedScoreOf(event.data.scores),
        reviewedAt: at,
        firstReviewedAt: body?.firstReviewedAt ?? at,
      },
    };
  },
};

const speakerEventTypes = new Set<string>([
  "ProposalDrafted",
  "CoSpeakerInvited",
  "CoSpeakerAccepted",
  "CoSpeakerDeclined",
  "CoSpeakerRemoved",
]);

/** One entry per member on a proposal: the owner, and each co-speaker while invited or accepted. */
const speakerEntries: DocumentKind<ProposalEvent, SpeakerEntry> = {
  touches(event) {
    if (!speakerEventTypes.has(event.type)) return [];
    const proposalId = proposalIdOfStream(event.streamId);
    const memberId =
      event.type === "ProposalDrafted" ? event.data.ownerId : (event.data as { memberId: string }).memberId;
    return [speakerEntryKey(proposalId, memberId)];
  },
  evolve({ key, body }, event, touched) {
    const proposal = proposalAfter(touched.get<ProposalDocument>(proposalKeyOf(event)), event);
    if (!proposal) return { type: "unchanged" };
    const memberId = key.sort.slice("speaker#".length);
    const role: SpeakerEntry["role"] | undefined =
      memberId === proposal.ownerId
        ? "owner"
        : proposal.coSpeakers.find((coSpeaker) => coSpeaker.memberId === memberId)?.status;
    if (role === undefined || role === "declined") return body ? { type: "delete" } : { type: "unchanged" };
    return {
      type: "upsert",
      body: { proposalId: proposal.id, memberId, role },
      indexes: {
        first: {
          partition: speakerProposalsPartition(memberId),
          sort: bySchedule(proposal.draftedAt, proposal.id),
        },
      },
    };
  },
};

/** A confirmed talk, in its community's archive until it is withdrawn or cancelled. */
const talkEntries: DocumentKind<ProposalEvent, TalkEntry> = {
  touches: (event) =>
    event.type === "ProposalConfirmed" ||
    event.type === "ProposalWithdrawn" ||
    event.type === "ProposalCancelled"
      ? [talkKey(proposalIdOfStream(event.streamId))]
      : [],
  evolve({ body }, event, touched) {
    if (event.type !== "ProposalConfirmed") return body ? { type: "delete" } : { type: "unchanged" };
    const proposal = touched.get<ProposalDocument>(proposalKeyOf(event));
    if (!proposal) return { type: "unchanged" };
    const confirmedAt = event.meta.occurredAt;
    return {
      type: "upsert",
      body: { proposalId: proposal.id, communityId: proposal.communityId, confirmedAt },
      indexes: {
        first: {
          partition: communityTalksPartition(proposal.communityId),
          sort: bySchedule(confirmedAt, proposal.id),
        },
      },
    };
  },
};

/**
 * A proposal's documents, all in its partition: the proposal, its board row from submission on, one
 * document per reviewer's review, one entry per speaker, and its talk entry once confirmed. A review
 * writes its review and the board row: two documents, whatever the call's size. The kinds that read the
 * proposal come before it, so they read it as it was before the event.
 */
export const proposalsProjection: DocumentProjection<ProposalEvent> = {
  name: "proposals",
  categories: ["proposal"],
  kinds: [boardRows, speakerEntries, talkEntries, reviewDocuments, proposalDocuments],
};

export const talkProjections: readonly Projection[] = [
  callsProjection as DocumentProjection,
  proposalsProjection as DocumentProjection,
];
