import { type Clock, systemClock } from "../clock/clock";
import { asDeciderEvents } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import { listCursor, sortOfCursor } from "../documents/list-cursor";
import { checkLimit, everyDocument, getMany, type Page, pageOf } from "../documents/paged-query";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import { type MemberProfile, memberProfileKey } from "../member/index";
import type { EnvelopeOf } from "../projection/projection";
import { isAccepting } from "./call";
import { type CommunityRoles, type CommunityStanding, isMember } from "./community-roles";
import type { ConfirmedTalk } from "./confirmed-talk";
import type { ProposalStatus } from "./decider";
import {
  type BoardRow,
  type CallDocument,
  type CallReviewerEntry,
  callBoardPartition,
  callKey,
  communityCallDraftsPartition,
  communityCallsPartition,
  communityTalksPartition,
  type ProposalDocument,
  peopleOnProposalOf,
  proposalAfter,
  proposalIdOfStream,
  proposalKey,
  proposalStream,
  type ReviewDocument,
  reviewerCallsPartition,
  reviewsRange,
  type SpeakerEntry,
  speakerIdsOf,
  speakerProposalsPartition,
  type TalkEntry,
} from "./documents";
import { InvalidProposal, NotAnOrganiser, NotAReviewer, ProposalNotFound } from "./errors";
import type { Format, Level, ProposalEvent, Score } from "./events";
import { type NameOf, type ProposalHistoryEntry, proposalHistoryOf } from "./history-summary";
import { type Recording, recordingOf } from "./recording";

export interface TalkQueriesOptions {
  store: EventStore;
  documents: DocumentStore;
  /** The viewer's standing in a community: `communityModule(...)`. */
  communities: CommunityRoles;
  clock?: Clock;
}

/** A call as the viewer may see it. */
export interface CallView extends Omit<CallDocument, "reviewerIds"> {
  /** Appointed reviewers: for organisers only (null for everyone else). */
  reviewerIds: string[] | null;
  /** Whether it takes proposals now. */
  accepting: boolean;
  /** Whether the viewer reviews its proposals: an organiser of its community, or appointed. */
  viewerIsReviewer: boolean;
  /** Whether the viewer manages it: an organiser of its community. */
  viewerIsOrganiser: boolean;
}

/**
 * Why the viewer sees a proposal, which decides how much: organisers of its community see everything;
 * its speakers everything but the reviews; a reviewer of its call the talk without the private note,
 * and with anonymised review no speaker at all; the public a confirmed talk.
 */
export type ProposalAccess = "organiser" | "speaker" | "reviewer" | "public";

export interface ProposalView {
  id: string;
  callId: string;
  communityId: string;
  status: ProposalStatus;
  title: string;
  abstract: string;
  abstractHtml: string;
  formatId: string;
  /** The call's format, as the call offers it now; null if it stopped offering it. */
  format: Format | null;
  level: Level;
  tags: string[];
  /** Who gives the talk (the owner and the co-speakers who accepted); null for a reviewer of an anonymised call. */
  speakerIds: string[] | null;
  /** Speakers and organisers only. */
  ownerId: string | null;
  /** Speakers and organisers only: every co-speaker invited, and their answer. */
  coSpeakers: ProposalDocument["coSpeakers"] | null;
  /** Speakers and organisers only. */
  note: string | null;
  /** Speakers and organisers only. */
  decisionMessage: string | null;
  draftedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  confirmedAt: string | null;
  updatedAt: string;
  access: ProposalAccess;
  /** Whether the viewer is on it (owner, invited or accepted co-speaker). */
  viewerIsOnProposal: boolean;
  /**
   * The slides' key in the Blob store and their size; null without slides, and for a reviewer of an
   * anonymised call (slides carry the speaker's name). Public with a confirmed talk.
   */
  slides: { key: string; bytes: number } | null;
  /** The recording, as `slides` is shown. */
  recording: Recording | null;
  /** The viewer's open invitation to speak on it. */
  viewerIsInvited: boolean;
}

/** A row of the review board as the viewer may see it. */
export interface BoardEntry {
  proposalId: string;
  title: string;
  formatId: string;
  level: Level;
  tags: string[];
  status: ProposalStatus;
  reviewCount: number;
  /**
   * The mean of the reviews' weighted scores: for organisers, and for a reviewer once they reviewed it
   * themselves (before that, it would show them the others' scores). Null otherwise, or before any review.
   */
  weightedMean: number | null;
  reviewedByViewer: boolean;
  /** The viewer speaks on it, so they cannot review it. */
  viewerIsOnProposal: boolean;
  /** Who gives the talk, as the viewer may see it: null for an appointed reviewer of an anonymised call. */
  speakerIds: string[] | null;
  /** Starts the next page right after this row. */
  cursor: string;
}

export interface BoardFilter {
  formatId?: string;
  tag?: string;
  status?: ProposalStatus;
  /** Only the proposals the viewer has not reviewed yet (and may review). */
  notReviewedByViewer?: boolean;
}

export interface ReviewView {
  proposalId: string;
  reviewerId: string;
  scores: Score[];
  comment: string;
  weightedScore: number;
  reviewedAt: string;
  firstReviewedAt: string;
  /** The viewer's own review. */
  mine: boolean;
}

/**
 * The viewer's standing in a community, read as `CommunityRoles.roleOf` reads it, when the caller already
 * holds it for the viewer of this read (a GraphQL request reads it once per community for all its
 * fields). It must be `viewerId`'s own; without it, each read reads the standing itself.
 */
export type ViewerStandings = (communityId: string) => Promise<CommunityStanding | null>;

/** One item of a list, and the cursor that starts a page right after it (relay edges). */
export interface Edge<Node> {
  node: Node;
  cursor: string;
}

/** One page of a list, and the cursor of the next when more follow. */
export interface EdgePage<Node> {
  edges: Edge<Node>[];
  cursor?: string;
}

/**
 * Every read of the talk context, each with its rule about who sees what. The viewer is the member who
 * reads (undefined for a visitor).
 */
export interface TalkQueries {
  /** A published call for anyone; a draft for the organisers of its community only. */
  callById(callId: string, viewerId: string | undefined): Promise<CallView | undefined>;
  callsByIds(
    callIds: readonly string[],
    viewerId: string | undefined,
    standings?: ViewerStandings,
  ): Promise<(CallView | undefined)[]>;
  /**
   * A community's calls, by opening, latest first: the published ones for anyone; with `drafts`, its
   * drafts, for its organisers only (`NotAnOrganiser` for anyone else).
   */
  callsOf(
    communityId: string,
    viewerId: string | undefined,
    options?: Page & { drafts?: boolean },
  ): Promise<EdgePage<CallView>>;
  /** The calls the viewer was appointed to review. */
  callsReviewedBy(viewerId: string | undefined): Promise<CallView[]>;
  /** Undefined where the viewer may not see it: the same for a proposal that does not exist. */
  proposalById(proposalId: string, viewerId: string | undefined): Promise<ProposalView | undefined>;
  /** In one batch: for a DataLoader. */
  proposalsByIds(
    proposalIds: readonly string[],
    viewerId: string | undefined,
    standings?: ViewerStandings,
  ): Promise<(ProposalView | undefined)[]>;
  /** The proposals the viewer speaks on or is invited to, newest first; none for a visitor. */
  proposalsOf(viewerId: string | undefined, page?: Page): Promise<EdgePage<ProposalView>>;
  /** A community's confirmed talks, newest first: public. */
  talksOf(communityId: string, page?: Page): Promise<EdgePage<ProposalView>>;
  /**
   * The call's review board, by weighted mean, highest first; unreviewed proposals last. For organisers
   * (every proposal past the draft) and appointed reviewers (submitted proposals only); `NotAReviewer`
   * for anyone else. One index read per page, whatever the size of the call.
   */
  boardOf(
    callId: string,
    viewerId: string | undefined,
    options?: Page & BoardFilter,
    standings?: ViewerStandings,
  ): Promise<{ rows: BoardEntry[]; cursor?: string }>;
  /**
   * The reviews of a proposal: organisers read them all; a reviewer of the call reads their own, and the
   * others' once they reviewed it themselves. Its speakers read none (`NotAReviewer`), even when they
   * review the call's other proposals.
   */
  reviewsOf(proposalId: string, viewerId: string | undefined): Promise<ReviewView[]>;
  /** Speakers and organisers: every change, oldest first (speakers without the reviews). */
  history(proposalId: string, viewerId: string | undefined): Promise<ProposalHistoryEntry[]>;
  /** Speakers and organisers: the proposal as it stood at `instant`; undefined before it was drafted. */
  asOf(proposalId: string, instant: string, viewerId: string | undefined): Promise<ProposalView | undefined>;
  /** A confirmed proposal, as the agenda and speaker profiles see it; undefined for any other. */
  confirmedTalk(proposalId: string): Promise<ConfirmedTalk | undefined>;
  /** The confirmed talks a member speaks on, newest first. */
  talksGivenBy(memberId: string): Promise<ConfirmedTalk[]>;
}

const boardScanLimit = 100;

export function talkQueries(options: TalkQueriesOptions): TalkQueries {
  const { store, documents, communities, clock = systemClock } = options;

  /** Standings, read once per community per read (or as the caller holds them for the viewer). */
  function standingsOf(viewerId: string | undefined, given?: ViewerStandings) {
    const known = new Map<string, Promise<CommunityStanding | null>>();
    return (communityId: string): Promise<CommunityStanding | null> => {
      if (typeof viewerId !== "string" || viewerId.length === 0) return Promise.resolve(null);
      if (given) return given(communityId);
      let standing = known.get(communityId);
      if (!standing) {
        standing = communities.roleOf(communityId, viewerId);
        known.set(communityId, standing);
      }
      return standing;
    };
  }

  const isAppointed = (
    call: CallDocument,
    viewerId: string | undefined,
    standing: CommunityStanding | null,
  ) => viewerId !== undefined && isMember(standing) && call.reviewerIds.includes(viewerId);

  function callView(
    call: CallDocument,
    viewerId: string | undefined,
    standing: CommunityStanding | null,
  ): CallView {
    const organiser = standing === "organiser";
    // The fields a call document lacks come before the spread: V8 copies an object several times slower
    // when new fields follow it.
    return {
      accepting: isAccepting({ status: call.status, details: call }, clock.now().toISOString()),
      viewerIsReviewer: organiser || isAppointed(call, viewerId, standing),
      viewerIsOrganiser: organiser,
      ...call,
      reviewerIds: organiser ? call.reviewerIds : null,
    };
  }

  async function callsByIds(
    callIds: readonly string[],
    viewerId: string | undefined,
    standings?: ViewerStandings,
  ) {
    const valid = callIds.map((callId) => (isUuid(callId) ? callId : undefined));
    const found = await getMany<CallDocument>(
      documents,
      valid.flatMap((callId) => (callId ? [callKey(callId)] : [])),
    );
    const byId = new Map(found.flatMap((call) => (call ? [[call.id, call] as const] : [])));
    const standingOf = standingsOf(viewerId, standings);
    return Promise.all(
      callIds.map(async (callId) => {
        const call = byId.get(callId);
        if (!call) return undefined;
        const standing = await standingOf(call.communityId);
        if (call.status === "draft" && standing !== "organiser") return undefined;
        return callView(call, viewerId, standing);
      }),
    );
  }

  function accessTo(
    proposal: ProposalDocument,
    call: CallDocument | undefined,
    viewerId: string | undefined,
    standing: CommunityStanding | null,
  ): ProposalAccess | undefined {
    if (standing === "organiser") return "organiser";
    if (viewerId !== undefined && peopleOnProposalOf(proposal).includes(viewerId)) return "speaker";
    if (call && proposal.status === "submitted" && isAppointed(call, viewerId, standing)) return "reviewer";
    if (proposal.status === "confirmed") return "public";
    return undefined;
  }

  function proposalView(
    proposal: ProposalDocument,
    call: CallDocument | undefined,
    access: ProposalAccess,
    viewerId: string | undefined,
  ): ProposalView {
    const privileged = access === "organiser" || access === "speaker";
    const anonymous = access === "reviewer" && call?.anonymised !== false;
    const viewerIsOnProposal = viewerId !== undefined && peopleOnProposalOf(proposal).includes(viewerId);
    return {
      id: proposal.id,
      callId: proposal.callId,
      communityId: proposal.communityId,
      status: proposal.status,
      title: proposal.title,
      abstract: proposal.abstract,
      abstractHtml: proposal.abstractHtml,
      formatId: proposal.formatId,
      format: call?.formats.find((format) => format.id === proposal.formatId) ?? null,
      level: proposal.level,
      tags: proposal.tags,
      speakerIds: anonymous ? null : speakerIdsOf(proposal),
      ownerId: privileged ? proposal.ownerId : null,
      coSpeakers: privileged ? proposal.coSpeakers : null,
      note: privileged ? proposal.note : null,
      decisionMessage: privileged ? proposal.decisionMessage : null,
      draftedAt: proposal.draftedAt,
      submittedAt: proposal.submittedAt,
      decidedAt: proposal.decidedAt,
      confirmedAt: proposal.confirmedAt,
      updatedAt: proposal.updatedAt,
      access,
      viewerIsOnProposal: privileged && viewerIsOnProposal,
      slides: anonymous ? null : (proposal.slides ?? null),
      recording: anonymous || !proposal.recordingUrl ? null : (recordingOf(proposal.recordingUrl) ?? null),
      viewerIsInvited:
        privileged &&
        proposal.coSpeakers.some(
          (coSpeaker) => coSpeaker.memberId === viewerId && coSpeaker.status === "invited",
        ),
    };
  }

  async function callsOfProposals(proposals: readonly (ProposalDocument | undefined)[]) {
    const callIds = [...new Set(proposals.flatMap((proposal) => (proposal ? [proposal.callId] : [])))];
    const calls = await getMany<CallDocument>(documents, callIds.map(callKey));
    return new Map(calls.flatMap((call) => (call ? [[call.id, call] as const] : [])));
  }

  async function viewsOf(
    proposals: readonly (ProposalDocument | undefined)[],
    viewerId: string | undefined,
    standings?: ViewerStandings,
  ): Promise<(ProposalView | undefined)[]> {
    const calls = await callsOfProposals(proposals);
    const standingOf = standingsOf(viewerId, standings);
    // Each community's standing once, before any view: a board page is fifty proposals of one community,
    // and fifty awaits of one answer cost more than the views themselves.
    const communityIds = new Set(proposals.flatMap((proposal) => (proposal ? [proposal.communityId] : [])));
    const standingIn = new Map(
      await Promise.all(
        [...communityIds].map(async (communityId) => [communityId, await standingOf(communityId)] as const),
      ),
    );
    return proposals.map((proposal) => {
      if (!proposal) return undefined;
      const call = calls.get(proposal.callId);
      const access = accessTo(proposal, call, viewerId, standingIn.get(proposal.communityId) ?? null);
      return access ? proposalView(proposal, call, access, viewerId) : undefined;
    });
  }

  async function proposalsByIds(
    proposalIds: readonly string[],
    viewerId: string | undefined,
    standings?: ViewerStandings,
  ) {
    const valid = proposalIds.filter(isUuid);
    const found = await getMany<ProposalDocument>(documents, valid.map(proposalKey));
    const byId = new Map(found.flatMap((proposal) => (proposal ? [[proposal.id, proposal] as const] : [])));
    return viewsOf(
      proposalIds.map((proposalId) => byId.get(proposalId)),
      viewerId,
      standings,
    );
  }

  async function readProposal(proposalId: string): Promise<EnvelopeOf<ProposalEvent>[]> {
    if (!isUuid(proposalId)) return [];
    return asDeciderEvents<ProposalEvent>(
      await store.readStream(proposalStream(proposalId)),
    ) as EnvelopeOf<ProposalEvent>[];
  }

  /** The proposal as its speakers and organisers read its history; `ProposalNotFound` for anyone else. */
  async function privilegedAccess(proposalId: string, viewerId: string | undefined) {
    const events = await readProposal(proposalId);
    const proposal = events.reduce<ProposalDocument | undefined>(proposalAfter, undefined);
    if (!proposal) throw new ProposalNotFound(proposalId);
    const standing = await standingsOf(viewerId)(proposal.communityId);
    const call = (await documents.get<CallDocument>(callKey(proposal.callId)))?.body ?? undefined;
    const access = accessTo(proposal, call, viewerId, standing);
    if (access !== "organiser" && access !== "speaker") throw new ProposalNotFound(proposalId);
    return { events, access, call };
  }

  async function namesIn(events: readonly EnvelopeOf<ProposalEvent>[]): Promise<NameOf> {
    const memberIds = [
      ...new Set(
        events.flatMap((event) => {
          const data = event.data as { memberId?: unknown; ownerId?: unknown; reviewerId?: unknown };
          return [data.memberId, data.ownerId, data.reviewerId, event.meta.actor].filter(
            (memberId): memberId is string => typeof memberId === "string",
          );
        }),
      ),
    ];
    const profiles = await getMany<MemberProfile>(documents, memberIds.map(memberProfileKey));
    const names = new Map<string, string>();
    profiles.forEach((profile, position) => {
      const memberId = memberIds[position];
      if (profile && memberId) names.set(memberId, profile.erased ? "an erased member" : profile.displayName);
    });
    return (memberId) => names.get(memberId);
  }

  async function confirmedTalksOf(proposalIds: readonly string[]): Promise<ConfirmedTalk[]> {
    const proposals = await getMany<ProposalDocument>(documents, proposalIds.map(proposalKey));
    const calls = await callsOfProposals(proposals);
    return proposals.flatMap((proposal) => {
      if (proposal?.status !== "confirmed") return [];
      const format = calls.get(proposal.callId)?.formats.find((offered) => offered.id === proposal.formatId);
      return [
        {
          proposalId: proposal.id,
          communityId: proposal.communityId,
          title: proposal.title,
          minutes: format?.minutes ?? 0,
          speakerIds: speakerIdsOf(proposal),
        },
      ];
    });
  }

  /** Rows projected before board rows named their speakers read them from their proposals, in one batch. */
  async function nameSpeakersOfOlderRows(rows: BoardEntry[], unnamed: readonly number[]): Promise<void> {
    const indexes = unnamed.filter((index) => index < rows.length);
    if (indexes.length === 0) return;
    const proposals = await getMany<ProposalDocument>(
      documents,
      indexes.map((index) => proposalKey((rows[index] as BoardEntry).proposalId)),
    );
    indexes.forEach((index, position) => {
      const proposal = proposals[position];
      (rows[index] as BoardEntry).speakerIds = proposal ? speakerIdsOf(proposal) : [];
    });
  }

  return {
    async callById(callId, viewerId) {
      return (await callsByIds([callId], viewerId))[0];
    },

    callsByIds,

    async callsOf(communityId, viewerId, { drafts = false, ...page } = {}) {
      const standing = await standingsOf(viewerId)(communityId);
      if (drafts && standing !== "organiser") throw new NotAnOrganiser(communityId, String(viewerId));
      const partition = drafts
        ? communityCallDraftsPartition(communityId)
        : communityCallsPartition(communityId);
      const { rows, cursor } = await pageOf<CallDocument>(
        documents,
        { index: "first", partition, order: "descending" },
        page,
      );
      return {
        edges: rows.map(({ body, sort }) => ({
          node: callView(body, viewerId, standing),
          cursor: listCursor(sort),
        })),
        ...(cursor ? { cursor } : {}),
      };
    },

    async callsReviewedBy(viewerId) {
      if (typeof viewerId !== "string" || viewerId.length === 0) return [];
      const entries = await everyDocument<CallReviewerEntry>(
        documents,
        "first",
        reviewerCallsPartition(viewerId),
        {
          beginsWith: "",
        },
      );
      const calls = await callsByIds(
        entries.map((entry) => entry.callId),
        viewerId,
      );
      return calls.filter((call): call is CallView => call?.viewerIsReviewer === true);
    },

    async proposalById(proposalId, viewerId) {
      return (await proposalsByIds([proposalId], viewerId))[0];
    },

    proposalsByIds,

    async proposalsOf(viewerId, page = {}) {
      if (typeof viewerId !== "string" || viewerId.length === 0) return { edges: [] };
      const { rows, cursor } = await pageOf<SpeakerEntry>(
        documents,
        { index: "first", partition: speakerProposalsPartition(viewerId), order: "descending" },
        page,
      );
      const views = await proposalsByIds(
        rows.map(({ body }) => body.proposalId),
        viewerId,
      );
      const edges = rows.flatMap(({ sort }, index) => {
        const node = views[index];
        return node ? [{ node, cursor: listCursor(sort) }] : [];
      });
      return { edges, ...(cursor ? { cursor } : {}) };
    },

    async talksOf(communityId, page = {}) {
      const { rows, cursor } = await pageOf<TalkEntry>(
        documents,
        { index: "first", partition: communityTalksPartition(communityId), order: "descending" },
        page,
      );
      const proposals = await getMany<ProposalDocument>(
        documents,
        rows.map(({ body }) => proposalKey(body.proposalId)),
      );
      const calls = await callsOfProposals(proposals);
      const edges = proposals.flatMap((proposal, index) =>
        proposal?.status === "confirmed"
          ? [
              {
                node: proposalView(proposal, calls.get(proposal.callId), "public", undefined),
                cursor: listCursor(rows[index]?.sort ?? ""),
              },
            ]
          : [],
      );
      return { edges, ...(cursor ? { cursor } : {}) };
    },

    async boardOf(callId, viewerId, { formatId, tag, status, notReviewedByViewer, ...page } = {}, standings) {
      const limit = checkLimit(page.limit);
      const call = isUuid(callId) ? (await documents.get<CallDocument>(callKey(callId)))?.body : undefined;
      if (!call) throw new NotAReviewer(callId);
      const standing = await standingsOf(viewerId, standings)(call.communityId);
      const organiser = standing === "organiser";
      if (!organiser && !isAppointed(call, viewerId, standing)) throw new NotAReviewer(callId);
      const wanted = (row: BoardRow) =>
        (organiser || row.status === "submitted") &&
        (formatId === undefined || row.formatId === formatId) &&
        (tag === undefined || row.tags.includes(tag)) &&
        (status === undefined || row.status === status) &&
        (!notReviewedByViewer ||
          (viewerId !== undefined &&
            row.weightedScores[viewerId] === undefined &&
            !row.peopleOnProposal.includes(viewerId)));
      // Without a filter, the first read is the page, the row after it (is there more?) and the cursor's
      // own row, which the range includes: nearly every row a reviewer reads is still submitted, too.
      const filtered =
        formatId !== undefined || tag !== undefined || status !== undefined || notReviewedByViewer === true;
      const scan = filtered ? Math.max(boardScanLimit, limit + 2) : limit + 2;
      const rows: BoardEntry[] = [];
      /** Where rows that name their speakers were projected without them. */
      const unnamed: number[] = [];
      // Unfiltered, one index read holds the page and the row after it; a filter reads on until it does.
      let after = page.cursor === undefined ? undefined : sortOfCursor(page.cursor);
      let more = true;
      while (rows.length <= limit && more) {
        const { documents: found, cursor } = await documents.query<BoardRow>("first", {
          partition: callBoardPartition(callId),
          ...(after === undefined ? {} : { range: { to: after } }),
          order: "descending",
          limit: scan,
        });
        more = cursor !== undefined && found.length > 0;
        for (const document of found) {
          const sort = document.indexes.first?.sort;
          const row = document.body;
          if (!row || sort === undefined || sort === after) continue;
          after = sort;
          if (!wanted(row)) continue;
          const reviewedByViewer = viewerId !== undefined && row.weightedScores[viewerId] !== undefined;
          const viewerIsOnProposal = viewerId !== undefined && row.peopleOnProposal.includes(viewerId);
          // As a proposal's view says who speaks: to organisers and its own speakers, and to reviewers
          // unless the review is anonymised.
          const namesSpeakers = organiser || !call.anonymised || viewerIsOnProposal;
          if (namesSpeakers && row.speakerIds === undefined) unnamed.push(rows.length);
          rows.push({
            proposalId: row.proposalId,
            title: row.title,
            formatId: row.formatId,
            level: row.level,
            tags: row.tags,
            status: row.status,
            reviewCount: row.reviewCount,
            weightedMean: organiser || reviewedByViewer ? row.weightedMean : null,
            reviewedByViewer,
            viewerIsOnProposal,
            speakerIds: namesSpeakers ? (row.speakerIds ?? []) : null,
            cursor: listCursor(sort),
          });
          if (rows.length > limit) break;
        }
      }
      const shown = rows.slice(0, limit);
      await nameSpeakersOfOlderRows(shown, unnamed);
      const last = shown.at(-1);
      return { rows: shown, ...(rows.length > limit && last ? { cursor: last.cursor } : {}) };
    },

    async reviewsOf(proposalId, viewerId) {
      const proposal = isUuid(proposalId)
        ? (await documents.get<ProposalDocument>(proposalKey(proposalId)))?.body
        : undefined;
      if (!proposal) throw new ProposalNotFound(proposalId);
      const call = (await documents.get<CallDocument>(callKey(proposal.callId)))?.body ?? undefined;
      const standing = await standingsOf(viewerId)(proposal.communityId);
      const organiser = standing === "organiser";
      const onProposal = viewerId !== undefined && peopleOnProposalOf(proposal).includes(viewerId);
      const appointed = call !== undefined && isAppointed(call, viewerId, standing);
      if (!organiser && (onProposal || !appointed)) throw new NotAReviewer(proposal.callId);
      const { partition, beginsWith } = reviewsRange(proposalId);
      const reviews = await everyDocument<ReviewDocument>(documents, "primary", partition, { beginsWith });
      const reviewedByViewer = reviews.some((review) => review.reviewerId === viewerId);
      return reviews
        .filter((review) => organiser || reviewedByViewer || review.reviewerId === viewerId)
        .map((review) => ({ ...review, mine: review.reviewerId === viewerId }));
    },

    async history(proposalIdOrStreamId, viewerId) {
      const proposalId = proposalIdOrStreamId.startsWith("proposal-")
        ? proposalIdOfStream(proposalIdOrStreamId)
        : proposalIdOrStreamId;
      const { events, access } = await privilegedAccess(proposalId, viewerId);
      return proposalHistoryOf(events, await namesIn(events), { withReviews: access === "organiser" });
    },

    async asOf(proposalId, instant, viewerId) {
      const until = Date.parse(instant);
      if (Number.isNaN(until))
        throw new InvalidProposal([{ path: ["instant"], message: "must be an ISO-8601 instant" }]);
      const { events, access, call } = await privilegedAccess(proposalId, viewerId);
      const proposal = events
        .filter((event) => Date.parse(event.meta.occurredAt) <= until)
        .reduce<ProposalDocument | undefined>(proposalAfter, undefined);
      return proposal ? proposalView(proposal, call, access, viewerId) : undefined;
    },

    async confirmedTalk(proposalId) {
      if (!isUuid(proposalId)) return undefined;
      return (await confirmedTalksOf([proposalId]))[0];
    },

    async talksGivenBy(memberId) {
      if (!isUuid(memberId)) return [];
      const entries = await everyDocument<SpeakerEntry>(
        documents,
        "first",
        speakerProposalsPartition(memberId),
        {
          beginsWith: "",
        },
      );
      const talks = await confirmedTalksOf(entries.map((entry) => entry.proposalId));
      return talks.filter((talk) => talk.speakerIds.includes(memberId)).reverse();
    },
  };
}
