import { describe, expect, test } from "vitest";
import { projectionSpecification } from "../testing/projecting";
import {
  type BoardRow,
  boardRowKey,
  boardSort,
  callBoardPartition,
  callKey,
  callReviewerKey,
  callsProjection,
  communityCallDraftsPartition,
  communityCallsPartition,
  communityTalksPartition,
  proposalKey,
  proposalsProjection,
  reviewKey,
  speakerEntryKey,
  speakerProposalsPartition,
  talkKey,
  weightedScoreOf,
} from "./documents";
import {
  CallDrafted,
  CallOpened,
  CallPublished,
  CoSpeakerAccepted,
  CoSpeakerDeclined,
  CoSpeakerInvited,
  ProposalAccepted,
  ProposalCancelled,
  ProposalConfirmed,
  ProposalDrafted,
  ProposalEdited,
  ProposalReviewed,
  ProposalSubmitted,
  ReviewerAppointed,
  ReviewerRemoved,
} from "./events";

const callId = "0190aaaa-0000-7000-8000-0000000000c1";
const proposalId = "0190aaaa-0000-7000-8000-0000000000p1";
const calls = projectionSpecification(callsProjection, `call-${callId}`);
const proposals = projectionSpecification(proposalsProjection, `proposal-${proposalId}`);

const callDrafted = CallDrafted({
  communityId: "c1",
  title: "Summer talks",
  description: "Tell us *anything*.",
  opensAt: "2026-05-01T00:00:00.000Z",
  closesAt: "2026-06-01T00:00:00.000Z",
  formats: [{ id: "talk", name: "Talk", minutes: 30 }],
  criteria: [{ id: "relevance", name: "Relevance", weight: 1, scale: { minimum: 1, maximum: 5 } }],
  anonymised: true,
  meetupId: null,
});

const details = {
  title: "Event sourcing without tears",
  abstract: "What we **learned**.",
  formatId: "talk",
  level: "beginner" as const,
  tags: ["events"],
  note: "June only.",
};
const drafted = ProposalDrafted({ callId, communityId: "c1", ownerId: "ann", ...details });
const submitted = ProposalSubmitted({});
/** Relevance weighs 3, clarity 1. */
const reviewed = (reviewerId: string, relevance: number, clarity: number) =>
  ProposalReviewed({
    reviewerId,
    scores: [
      { criterionId: "relevance", score: relevance, weight: 3 },
      { criterionId: "clarity", score: clarity, weight: 1 },
    ],
    comment: "",
  });

describe("calls", () => {
  test("a draft call is listed apart from its community's published calls", () =>
    calls.given(callDrafted).thenMatching({
      key: callKey(callId),
      body: { status: "draft", descriptionHtml: "<p>Tell us <em>anything</em>.</p>" },
      indexes: {
        first: { partition: communityCallDraftsPartition("c1"), sort: `2026-05-01T00:00:00.000Z#${callId}` },
      },
    }));

  test("a published call opened now is listed by its new opening", () =>
    calls
      .given(callDrafted, CallPublished({}), CallOpened({ opensAt: "2026-04-20T00:00:00.000Z" }))
      .thenMatching({
        key: callKey(callId),
        body: { status: "published", opensAt: "2026-04-20T00:00:00.000Z" },
        indexes: {
          first: { partition: communityCallsPartition("c1"), sort: `2026-04-20T00:00:00.000Z#${callId}` },
        },
      }));

  test("an appointed reviewer is on the call and has an entry of their own until removed", () => {
    calls
      .given(callDrafted, ReviewerAppointed({ memberId: "rita" }))
      .thenMatching(
        { key: callKey(callId), body: { reviewerIds: ["rita"] } },
        { key: callReviewerKey(callId, "rita"), body: { callId, memberId: "rita" } },
      );
    calls
      .given(callDrafted, ReviewerAppointed({ memberId: "rita" }), ReviewerRemoved({ memberId: "rita" }))
      .thenMatching(
        { key: callKey(callId), body: { reviewerIds: [] } },
        { key: callReviewerKey(callId, "rita"), body: null },
      );
  });
});

describe("proposals", () => {
  test("a draft has no row on the board; its owner finds it among their proposals", () =>
    proposals.given(drafted).thenMatching(
      {
        key: proposalKey(proposalId),
        body: { status: "draft", abstractHtml: "<p>What we <strong>learned</strong>.</p>" },
      },
      {
        key: speakerEntryKey(proposalId, "ann"),
        body: { role: "owner" },
        indexes: {
          first: {
            partition: speakerProposalsPartition("ann"),
            sort: `2026-01-01T00:00:00.000Z#${proposalId}`,
          },
        },
      },
    ));

  test("a submitted proposal is on its call's board, unreviewed ones last", () =>
    proposals.given(drafted, submitted).thenDocuments((documents) => {
      const row = documents.find((document) => document.key.sort === "board");
      expect(row?.body).toMatchObject({ status: "submitted", reviewCount: 0, weightedMean: null });
      expect(row?.indexes.first).toEqual({ partition: callBoardPartition(callId), sort: `0#${proposalId}` });
    }));

  test("the weighted mean is the mean of each review's Σ weight·score / Σ weight", () =>
    proposals
      .given(drafted, submitted, reviewed("rita", 5, 1), reviewed("sam", 3, 3))
      .thenDocuments((documents) => {
        const row = documents.find((document) => document.key.sort === "board")?.body as BoardRow;
        // rita: (3·5 + 1·1) / 4 = 4; sam: (3·3 + 1·3) / 4 = 3.
        expect(row.weightedScores).toEqual({ rita: 4, sam: 3 });
        expect(row.weightedMean).toBe(3.5);
        expect(row.reviewCount).toBe(2);
      }));

  test("a revised review replaces the reviewer's earlier one", () =>
    proposals
      .given(drafted, submitted, reviewed("rita", 1, 1), reviewed("rita", 5, 5))
      .thenDocuments((documents) => {
        const row = documents.find((document) => document.key.sort === "board");
        expect(row?.body).toMatchObject({ reviewCount: 1, weightedMean: 5 });
        expect(row?.indexes.first?.sort).toBe(`1#050000#${proposalId}`);
        const review = documents.find((document) => document.key.sort === reviewKey(proposalId, "rita").sort);
        expect(review?.body).toMatchObject({ weightedScore: 5, firstReviewedAt: "2026-01-01T00:02:00.000Z" });
      }));

  test("the board's sort key orders by weighted mean as text", () => {
    const keys = [4.25, 10 / 3, 5, 1].map((weightedMean) => boardSort({ weightedMean, proposalId: "p" }));
    expect([...keys].sort().reverse()).toEqual([keys[2], keys[0], keys[1], keys[3]]);
    expect(
      boardSort({ weightedMean: 1, proposalId: "p" }) > boardSort({ weightedMean: null, proposalId: "p" }),
    ).toBe(true);
  });

  test("an edit after submission changes the board row too", () =>
    proposals
      .given(drafted, submitted, ProposalEdited({ ...details, title: "Tears, then events" }))
      .thenMatching(
        { key: boardRowKey(proposalId), body: { title: "Tears, then events" } },
        { key: proposalKey(proposalId), body: { title: "Tears, then events" } },
        { key: speakerEntryKey(proposalId, "ann") },
      ));

  test("an invited co-speaker finds the proposal among theirs until they decline", () => {
    proposals
      .given(drafted, CoSpeakerInvited({ memberId: "bob" }))
      .thenMatching(
        { key: proposalKey(proposalId), body: { coSpeakers: [{ memberId: "bob", status: "invited" }] } },
        { key: speakerEntryKey(proposalId, "ann") },
        { key: speakerEntryKey(proposalId, "bob"), body: { role: "invited" } },
      );
    proposals
      .given(drafted, CoSpeakerInvited({ memberId: "bob" }), CoSpeakerDeclined({ memberId: "bob" }))
      .thenMatching(
        { key: proposalKey(proposalId) },
        { key: speakerEntryKey(proposalId, "ann") },
        { key: speakerEntryKey(proposalId, "bob"), body: null },
      );
    proposals
      .given(drafted, CoSpeakerInvited({ memberId: "bob" }), CoSpeakerAccepted({ memberId: "bob" }))
      .thenMatching(
        { key: proposalKey(proposalId) },
        { key: speakerEntryKey(proposalId, "ann") },
        { key: speakerEntryKey(proposalId, "bob"), body: { role: "accepted" } },
      );
  });

  test("a confirmed talk is in its community's archive until cancelled", () => {
    const confirmed = [drafted, submitted, ProposalAccepted({ message: "Yes" }), ProposalConfirmed({})];
    proposals.given(...confirmed).thenDocuments((documents) => {
      const talk = documents.find((document) => document.key.sort === talkKey(proposalId).sort);
      expect(talk?.indexes.first?.partition).toBe(communityTalksPartition("c1"));
      expect(talk?.body).toEqual({ proposalId, communityId: "c1", confirmedAt: "2026-01-01T00:03:00.000Z" });
    });
    proposals.given(...confirmed, ProposalCancelled({ message: "Moved" })).thenDocuments((documents) => {
      expect(documents.find((document) => document.key.sort === "talk")?.body).toBeNull();
    });
  });

  test("a review's weighted score weighs each criterion", () =>
    expect(
      weightedScoreOf([
        { criterionId: "a", score: 2, weight: 1 },
        { criterionId: "b", score: 5, weight: 2 },
      ]),
    ).toBe(4));
});
