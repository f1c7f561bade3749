import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type TalkActor,
  type TalkRead,
  talkActors,
  talkReadVisibility,
} from "../testing/authorization-actors";
import { NotAnOrganiser, NotAReviewer, ProposalNotFound } from "./errors";
import { callInput, proposalInput, type TalkCast, type TalkWorld, talkCast, talkWorld } from "./test-world";

/**
 * Who sees what, read by read, asked of the queries themselves. One community with an anonymised call:
 * the speaker's proposal is submitted and reviewed by the appointed reviewer; the other speaker has a
 * proposal of their own in the same call. Beside it: a draft call, a rejected, a withdrawn and a
 * confirmed proposal of the speaker.
 */
let world: TalkWorld;
let cast: TalkCast;
const viewers = {} as Record<TalkActor, string | undefined>;
let draftCallId: string;
let submittedId: string;
let rejectedId: string;
let withdrawnId: string;
let confirmedId: string;

beforeAll(async () => {
  world = talkWorld();
  cast = await talkCast(world);
  const { organiser, speaker, otherSpeaker, reviewer, callId, communityId } = cast;
  Object.assign(viewers, {
    anonymous: undefined,
    member: cast.member,
    speaker,
    otherSpeaker,
    reviewer,
    host: cast.host,
    organiser,
    strangerOrganiser: cast.strangerOrganiser,
  });
  draftCallId = (await world.talks.draftCall({ actor: organiser, input: callInput(communityId) })).callId;
  const propose = async (title: string, actor = speaker) =>
    (await world.talks.draftProposal({ actor, input: proposalInput(callId, { title }), submit: true }))
      .proposalId;
  submittedId = await propose("Submitted and reviewed");
  await propose("The other speaker's talk", otherSpeaker);
  rejectedId = await propose("Rejected");
  withdrawnId = await propose("Withdrawn");
  confirmedId = await propose("Confirmed");
  const scores = [
    { criterionId: "relevance", score: 4 },
    { criterionId: "clarity", score: 3 },
  ];
  await world.talks.reviewProposal({
    actor: reviewer,
    proposalId: submittedId,
    input: { scores, comment: "Good" },
  });
  await world.talks.reviewProposal({
    actor: organiser,
    proposalId: submittedId,
    input: { scores, comment: "Yes" },
  });
  await world.talks.rejectProposal({ actor: organiser, proposalId: rejectedId, message: "Not this time" });
  await world.talks.withdrawProposal({ actor: speaker, proposalId: withdrawnId });
  await world.talks.acceptProposal({ actor: organiser, proposalId: confirmedId, message: "Welcome" });
  await world.talks.confirmTalk({ actor: speaker, proposalId: confirmedId });
});
afterAll(() => world.close());

/** Whether the read answered: a refusal is one of the typed refusals; anything else fails the test. */
const answers = (read: Promise<unknown>): Promise<boolean> =>
  read.then(
    () => true,
    (error: unknown) => {
      if (
        error instanceof NotAnOrganiser ||
        error instanceof NotAReviewer ||
        error instanceof ProposalNotFound
      )
        return false;
      throw error;
    },
  );

const seen = async (proposalId: string, viewerId: string | undefined) =>
  (await world.talks.proposalById(proposalId, viewerId)) !== undefined;

const reads: Record<TalkRead, (viewerId: string | undefined) => Promise<boolean>> = {
  publishedCall: async (viewerId) => (await world.talks.callById(cast.callId, viewerId)) !== undefined,
  draftCall: async (viewerId) => (await world.talks.callById(draftCallId, viewerId)) !== undefined,
  callDrafts: (viewerId) => answers(world.talks.callsOf(cast.communityId, viewerId, { drafts: true })),
  callReviewers: async (viewerId) => (await world.talks.callById(cast.callId, viewerId))?.reviewerIds != null,
  submittedProposal: (viewerId) => seen(submittedId, viewerId),
  speakerIdentity: async (viewerId) =>
    ((await world.talks.proposalById(submittedId, viewerId))?.speakerIds ?? null) !== null,
  privateNote: async (viewerId) =>
    ((await world.talks.proposalById(submittedId, viewerId))?.note ?? null) !== null,
  rejectedProposal: (viewerId) => seen(rejectedId, viewerId),
  withdrawnProposal: (viewerId) => seen(withdrawnId, viewerId),
  confirmedTalk: (viewerId) => seen(confirmedId, viewerId),
  talksArchive: async () =>
    (await world.talks.talksOf(cast.communityId)).edges.some(({ node }) => node.id === confirmedId),
  board: (viewerId) => answers(world.talks.boardOf(cast.callId, viewerId)),
  reviews: (viewerId) => answers(world.talks.reviewsOf(submittedId, viewerId)),
  othersScores: async (viewerId) => {
    const reviews = await world.talks.reviewsOf(submittedId, viewerId).catch(() => []);
    return reviews.some((review) => review.reviewerId === cast.reviewer && review.reviewerId !== viewerId);
  },
  history: (viewerId) => answers(world.talks.history(submittedId, viewerId)),
  asOf: (viewerId) => answers(world.talks.asOf(submittedId, "2026-05-10T10:00:00.000Z", viewerId)),
  ownProposals: async (viewerId) =>
    (await world.talks.proposalsOf(viewerId)).edges.some(({ node }) => node.id === submittedId),
};

describe.each(Object.entries(reads))("%s", (read, visible) => {
  test.each(talkActors)("as %s", async (actor) => {
    expect(await visible(viewers[actor])).toBe(talkReadVisibility[read as TalkRead][actor]);
  });
});

describe("anonymised review", () => {
  test("nothing a reviewer reads of the call's proposals holds a speaker's id", async () => {
    const { reviewer, speaker, otherSpeaker } = cast;
    const answersToReviewer = JSON.stringify([
      await world.talks.callById(cast.callId, reviewer),
      await world.talks.proposalById(submittedId, reviewer),
      await world.talks.proposalsByIds([submittedId, rejectedId, withdrawnId], reviewer),
      await world.talks.boardOf(cast.callId, reviewer),
      await world.talks.reviewsOf(submittedId, reviewer),
      await world.talks.callsReviewedBy(reviewer),
    ]);
    expect(answersToReviewer).not.toContain(speaker);
    expect(answersToReviewer).not.toContain(otherSpeaker);
  });

  test("refusals to a reviewer name nobody", async () => {
    const refusals = await Promise.all([
      world.talks.history(submittedId, cast.reviewer).catch((error: Error) => error),
      world.talks.asOf(submittedId, "2026-05-10T10:00:00.000Z", cast.reviewer).catch((error: Error) => error),
    ]);
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(ProposalNotFound);
      expect(JSON.stringify({ ...(refusal as object), message: (refusal as Error).message })).not.toContain(
        cast.speaker,
      );
    }
  });

  test("without anonymised review, a reviewer sees who speaks but never the private note", async () => {
    const other = await talkCast(world, { anonymised: false });
    const { proposalId } = await world.talks.draftProposal({
      actor: other.speaker,
      input: proposalInput(other.callId),
      submit: true,
    });
    const view = await world.talks.proposalById(proposalId, other.reviewer);
    expect(view?.speakerIds).toEqual([other.speaker]);
    expect(view?.note).toBeNull();
    expect(view?.ownerId).toBeNull();
  });
});

describe("scores", () => {
  test("a reviewer sees the others' scores and the mean only after their own review", async () => {
    const second = await talkCast(world);
    const { proposalId } = await world.talks.draftProposal({
      actor: second.speaker,
      input: proposalInput(second.callId),
      submit: true,
    });
    const scores = [
      { criterionId: "relevance", score: 5 },
      { criterionId: "clarity", score: 2 },
    ];
    await world.talks.reviewProposal({ actor: second.organiser, proposalId, input: { scores, comment: "" } });
    expect(await world.talks.reviewsOf(proposalId, second.reviewer)).toEqual([]);
    const before = (await world.talks.boardOf(second.callId, second.reviewer)).rows[0];
    expect(before).toMatchObject({ reviewCount: 1, weightedMean: null, reviewedByViewer: false });
    await world.talks.reviewProposal({ actor: second.reviewer, proposalId, input: { scores, comment: "" } });
    expect(await world.talks.reviewsOf(proposalId, second.reviewer)).toHaveLength(2);
    const after = (await world.talks.boardOf(second.callId, second.reviewer)).rows[0];
    // (2·5 + 1·2) / 3 = 4 for each.
    expect(after).toMatchObject({ reviewCount: 2, weightedMean: 4, reviewedByViewer: true });
  });
});
