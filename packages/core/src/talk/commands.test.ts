import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { type BoardRow, boardRowKey } from "./documents";
import {
  CallClosed,
  CallNotFound,
  InvalidCall,
  InvalidProposal,
  NotAMember,
  NotAnOrganiser,
  NotAReviewer,
  OwnProposal,
  ScoreOutOfRange,
  UnknownHandle,
} from "./errors";
import {
  callInput,
  handleOf,
  member,
  proposalInput,
  type TalkCast,
  type TalkWorld,
  talkCast,
  talkWorld,
} from "./test-world";

let world: TalkWorld;
let cast: TalkCast;

beforeAll(async () => {
  world = talkWorld();
  cast = await talkCast(world);
});
afterAll(() => world.close());

const scores = (relevance: number, clarity: number) => [
  { criterionId: "relevance", score: relevance },
  { criterionId: "clarity", score: clarity },
];

async function submitted(actor = cast.speaker) {
  return (await world.talks.draftProposal({ actor, input: proposalInput(cast.callId), submit: true }))
    .proposalId;
}

describe("calls", () => {
  test("only organisers of the community draft a call", async () => {
    for (const actor of [cast.host, cast.member, cast.strangerOrganiser])
      await expect(
        world.talks.draftCall({ actor, input: callInput(cast.communityId) }),
      ).rejects.toBeInstanceOf(NotAnOrganiser);
  });

  test("only organisers of the community manage it", async () => {
    await expect(world.talks.closeCall({ actor: cast.host, callId: cast.callId })).rejects.toBeInstanceOf(
      NotAnOrganiser,
    );
    await expect(
      world.talks.appointReviewer({
        actor: cast.strangerOrganiser,
        callId: cast.callId,
        memberId: cast.member,
      }),
    ).rejects.toBeInstanceOf(NotAnOrganiser);
  });

  test("bad input gets a typed error and changes nothing", async () => {
    await expect(
      world.talks.draftCall({ actor: cast.organiser, input: callInput(cast.communityId, { title: "" }) }),
    ).rejects.toBeInstanceOf(InvalidCall);
    await expect(
      world.talks.draftCall({
        actor: cast.organiser,
        input: callInput(cast.communityId, { criteria: [{ name: "Depth", weight: 1, maximumScore: 9 }] }),
      }),
    ).rejects.toBeInstanceOf(InvalidCall);
    expect((await world.talks.callsOf(cast.communityId, cast.organiser, { drafts: true })).edges).toEqual([]);
  });

  test("formats and criteria typed without ids get ids from their names", async () => {
    const { callId } = await world.talks.draftCall({
      actor: cast.organiser,
      input: callInput(cast.communityId, {
        formats: [{ name: "Lightning talk", minutes: 5 }],
        criteria: [{ name: "Fit for beginners", weight: 1.5 }],
      }),
    });
    const call = await world.talks.callById(callId, cast.organiser);
    expect(call?.formats).toEqual([{ id: "lightning-talk", name: "Lightning talk", minutes: 5 }]);
    expect(call?.criteria).toEqual([
      { id: "fit-for-beginners", name: "Fit for beginners", weight: 1.5, scale: { minimum: 1, maximum: 5 } },
    ]);
  });

  test("a call targets a meetup of its own community only", async () => {
    const meetupOf = async (communityId: string, actor: string) =>
      (
        await world.meetups.schedule({
          actor,
          input: {
            communityId,
            title: "Summer talks night",
            timeZone: "Europe/Berlin",
            startsAt: "2026-06-20T17:00:00.000Z",
            endsAt: "2026-06-20T20:00:00.000Z",
            capacity: 50,
            venue: { name: "Library", address: "1 Main St" },
          },
        })
      ).meetupId;
    const own = await meetupOf(cast.communityId, cast.organiser);
    const { callId } = await world.talks.draftCall({
      actor: cast.organiser,
      input: callInput(cast.communityId, { meetupId: own }),
    });
    expect((await world.talks.callById(callId, cast.organiser))?.meetupId).toBe(own);
    const { id: elsewhere } = await world.communities.found({
      actor: cast.organiser,
      input: { name: "Elsewhere too", slug: `elsewhere-${newId().slice(-12)}` },
    });
    const foreign = await meetupOf(elsewhere, cast.organiser);
    await expect(
      world.talks.draftCall({
        actor: cast.organiser,
        input: callInput(cast.communityId, { meetupId: foreign }),
      }),
    ).rejects.toBeInstanceOf(InvalidCall);
    await expect(
      world.talks.editCall({ actor: cast.organiser, callId, input: { meetupId: newId() } }),
    ).rejects.toBeInstanceOf(InvalidCall);
    expect((await world.talks.callById(callId, cast.organiser))?.meetupId).toBe(own);
  });

  test("only members of the community are appointed reviewers", async () => {
    await expect(
      world.talks.appointReviewer({
        actor: cast.organiser,
        callId: cast.callId,
        memberId: cast.strangerOrganiser,
      }),
    ).rejects.toBeInstanceOf(NotAMember);
  });

  test("closing now stops submissions; opening now starts them again", async () => {
    const { callId } = await world.talks.draftCall({
      actor: cast.organiser,
      input: callInput(cast.communityId),
    });
    await world.talks.publishCall({ actor: cast.organiser, callId });
    await world.talks.closeCall({ actor: cast.organiser, callId });
    expect((await world.talks.callById(callId, undefined))?.accepting).toBe(false);
    await expect(
      world.talks.draftProposal({ actor: cast.speaker, input: proposalInput(callId), submit: true }),
    ).rejects.toBeInstanceOf(CallClosed);
  });
});

describe("proposals", () => {
  test("members of the community propose; anyone else is refused", async () => {
    await expect(
      world.talks.draftProposal({ actor: cast.strangerOrganiser, input: proposalInput(cast.callId) }),
    ).rejects.toBeInstanceOf(NotAMember);
    await expect(
      world.talks.draftProposal({ actor: cast.speaker, input: proposalInput(newId()) }),
    ).rejects.toBeInstanceOf(CallNotFound);
  });

  test("co-speakers are invited by handle; an unknown handle is refused and nothing is drafted", async () => {
    const before = (await world.talks.proposalsOf(cast.speaker)).edges.length;
    await expect(
      world.talks.draftProposal({
        actor: cast.speaker,
        input: proposalInput(cast.callId, { coSpeakerHandles: ["nobody-has-this"] }),
      }),
    ).rejects.toBeInstanceOf(UnknownHandle);
    expect((await world.talks.proposalsOf(cast.speaker)).edges).toHaveLength(before);
    const coSpeaker = await member(world, "Cora");
    const { proposalId } = await world.talks.draftProposal({
      actor: cast.speaker,
      input: proposalInput(cast.callId, { coSpeakerHandles: [`@${await handleOf(world, coSpeaker)}`] }),
    });
    const invited = await world.talks.proposalById(proposalId, coSpeaker);
    expect(invited).toMatchObject({ viewerIsInvited: true, speakerIds: [cast.speaker] });
    await world.talks.answerInvitation({ actor: coSpeaker, proposalId, accept: true });
    expect((await world.talks.proposalById(proposalId, coSpeaker))?.speakerIds).toEqual([
      cast.speaker,
      coSpeaker,
    ]);
  });

  test("a submission retried with its idempotency key submits once", async () => {
    const request = {
      actor: cast.speaker,
      input: proposalInput(cast.callId),
      submit: true,
      idempotencyKey: newId(),
    };
    const first = await world.talks.draftProposal(request);
    const again = await world.talks.draftProposal(request);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ status: "submitted", version: 2 });
  });

  test("an input out of rule is refused", async () => {
    await expect(
      world.talks.draftProposal({ actor: cast.speaker, input: proposalInput(cast.callId, { title: "x" }) }),
    ).rejects.toBeInstanceOf(InvalidProposal);
  });

  test("only organisers accept, reject and cancel", async () => {
    const proposalId = await submitted();
    for (const actor of [cast.reviewer, cast.host, cast.speaker, cast.strangerOrganiser])
      await expect(world.talks.acceptProposal({ actor, proposalId, message: "" })).rejects.toBeInstanceOf(
        NotAnOrganiser,
      );
  });
});

describe("reviews", () => {
  test("only reviewers of the call review: appointed members and organisers", async () => {
    const proposalId = await submitted();
    for (const actor of [cast.member, cast.host, cast.strangerOrganiser, cast.otherSpeaker])
      await expect(
        world.talks.reviewProposal({ actor, proposalId, input: { scores: scores(3, 3) } }),
      ).rejects.toBeInstanceOf(NotAReviewer);
    await world.talks.reviewProposal({ actor: cast.reviewer, proposalId, input: { scores: scores(3, 3) } });
    await world.talks.reviewProposal({ actor: cast.organiser, proposalId, input: { scores: scores(4, 4) } });
    expect(
      (await world.talks.reviewsOf(proposalId, cast.organiser)).map((review) => review.reviewerId).sort(),
    ).toEqual([cast.reviewer, cast.organiser].sort());
  });

  test("an appointed reviewer who left the community reviews and reads no more", async () => {
    const fresh = await talkCast(world);
    const proposalId = (
      await world.talks.draftProposal({
        actor: fresh.speaker,
        input: proposalInput(fresh.callId),
        submit: true,
      })
    ).proposalId;
    await world.communities.leave({ actor: fresh.reviewer, communityId: fresh.communityId });
    await expect(
      world.talks.reviewProposal({ actor: fresh.reviewer, proposalId, input: { scores: scores(3, 3) } }),
    ).rejects.toBeInstanceOf(NotAReviewer);
    await expect(world.talks.boardOf(fresh.callId, fresh.reviewer)).rejects.toBeInstanceOf(NotAReviewer);
    expect(await world.talks.proposalById(proposalId, fresh.reviewer)).toBeUndefined();
    expect(await world.talks.callsReviewedBy(fresh.reviewer)).toEqual([]);
  });

  test("a reviewer who speaks on a proposal does not review it", async () => {
    const proposalId = await submitted(cast.reviewer);
    await expect(
      world.talks.reviewProposal({ actor: cast.reviewer, proposalId, input: { scores: scores(5, 5) } }),
    ).rejects.toBeInstanceOf(OwnProposal);
    await expect(world.talks.reviewsOf(proposalId, cast.reviewer)).rejects.toBeInstanceOf(NotAReviewer);
  });

  test("a score out of range is refused and nothing is recorded", async () => {
    const proposalId = await submitted();
    await expect(
      world.talks.reviewProposal({ actor: cast.reviewer, proposalId, input: { scores: scores(6, 1) } }),
    ).rejects.toBeInstanceOf(ScoreOutOfRange);
    expect(await world.talks.reviewsOf(proposalId, cast.organiser)).toEqual([]);
  });

  test("a review retried with its idempotency key is recorded once", async () => {
    const proposalId = await submitted();
    const request = {
      actor: cast.reviewer,
      proposalId,
      input: { scores: scores(2, 5), comment: "Nice" },
      idempotencyKey: newId(),
    };
    const first = await world.talks.reviewProposal(request);
    expect(await world.talks.reviewProposal(request)).toEqual(first);
    expect((await world.talks.history(proposalId, cast.organiser)).map((entry) => entry.type)).toEqual([
      "ProposalDrafted",
      "ProposalSubmitted",
      "ProposalReviewed",
    ]);
  });

  test("the board lists by weighted mean, filters, and says what the viewer has not reviewed", async () => {
    const fresh = await talkCast(world);
    const propose = async (title: string, formatId = "talk") =>
      (
        await world.talks.draftProposal({
          actor: fresh.speaker,
          input: proposalInput(fresh.callId, {
            title,
            formatId,
            tags: formatId === "talk" ? ["long"] : ["short"],
          }),
          submit: true,
        })
      ).proposalId;
    const low = await propose("Low");
    const high = await propose("High");
    const unreviewed = await propose("Unreviewed", "lightning");
    await world.talks.reviewProposal({
      actor: fresh.organiser,
      proposalId: low,
      input: { scores: scores(1, 1) },
    });
    await world.talks.reviewProposal({
      actor: fresh.organiser,
      proposalId: high,
      input: { scores: scores(5, 4) },
    });
    const board = await world.talks.boardOf(fresh.callId, fresh.organiser);
    expect(board.rows.map((row) => row.proposalId)).toEqual([high, low, unreviewed]);
    expect(board.rows.map((row) => row.weightedMean)).toEqual([14 / 3, 1, null]);
    const lightning = await world.talks.boardOf(fresh.callId, fresh.organiser, { formatId: "lightning" });
    expect(lightning.rows.map((row) => row.proposalId)).toEqual([unreviewed]);
    const tagged = await world.talks.boardOf(fresh.callId, fresh.organiser, { tag: "long" });
    expect(tagged.rows.map((row) => row.proposalId)).toEqual([high, low]);
    const toDo = await world.talks.boardOf(fresh.callId, fresh.reviewer, { notReviewedByViewer: true });
    expect(toDo.rows).toHaveLength(3);
    const first = await world.talks.boardOf(fresh.callId, fresh.organiser, { limit: 2 });
    expect(first.rows.map((row) => row.proposalId)).toEqual([high, low]);
    const second = await world.talks.boardOf(fresh.callId, fresh.organiser, {
      limit: 2,
      cursor: first.cursor,
    });
    expect(second).toEqual({ rows: [expect.objectContaining({ proposalId: unreviewed })] });
    await world.talks.acceptProposal({ actor: fresh.organiser, proposalId: high, message: "" });
    const accepted = await world.talks.boardOf(fresh.callId, fresh.organiser, { status: "accepted" });
    expect(accepted.rows.map((row) => row.proposalId)).toEqual([high]);
    // Reviewers see submitted proposals only.
    expect(
      (await world.talks.boardOf(fresh.callId, fresh.reviewer)).rows.map((row) => row.proposalId),
    ).toEqual([low, unreviewed]);
  });
});

describe("the board's speakers", () => {
  test("are named to organisers and to no reviewer of an anonymised call; rows projected before read them from their proposals", async () => {
    const fresh = await talkCast(world);
    const { proposalId } = await world.talks.draftProposal({
      actor: fresh.speaker,
      input: proposalInput(fresh.callId),
      submit: true,
    });
    const rowFor = async (viewerId: string) => (await world.talks.boardOf(fresh.callId, viewerId)).rows[0];
    expect((await rowFor(fresh.organiser))?.speakerIds).toEqual([fresh.speaker]);
    expect((await rowFor(fresh.reviewer))?.speakerIds).toBeNull();
    // The row as an older Meetstream projected it, without its speakers.
    const stored = await world.documents.get<BoardRow>(boardRowKey(proposalId));
    if (!stored?.body) throw new Error("no board row");
    const { speakerIds: _speakerIds, ...older } = stored.body;
    await world.documents.put(
      { ...stored, version: stored.version, body: older },
      { expectedVersion: stored.version },
    );
    expect((await world.documents.get<BoardRow>(boardRowKey(proposalId)))?.body?.speakerIds).toBeUndefined();
    expect((await rowFor(fresh.organiser))?.speakerIds).toEqual([fresh.speaker]);
    expect((await rowFor(fresh.reviewer))?.speakerIds).toBeNull();
  });
});

describe("talks", () => {
  test("a confirmed proposal is a talk for the agenda and for speaker profiles", async () => {
    const proposalId = await submitted();
    expect(await world.talks.confirmedTalk(proposalId)).toBeUndefined();
    await world.talks.acceptProposal({ actor: cast.organiser, proposalId, message: "Welcome" });
    await world.talks.confirmTalk({ actor: cast.speaker, proposalId });
    const talk = {
      proposalId,
      communityId: cast.communityId,
      title: "Event sourcing without tears",
      minutes: 30,
      speakerIds: [cast.speaker],
    };
    expect(await world.talks.confirmedTalk(proposalId)).toEqual(talk);
    expect(await world.talks.talksGivenBy(cast.speaker)).toContainEqual(talk);
    await world.talks.cancelTalk({ actor: cast.organiser, proposalId, message: "Moved" });
    expect(await world.talks.confirmedTalk(proposalId)).toBeUndefined();
  });

  test("the history names people; its speakers read it without the reviews", async () => {
    const proposalId = await submitted();
    await world.talks.reviewProposal({ actor: cast.reviewer, proposalId, input: { scores: scores(3, 3) } });
    const speakers = await world.talks.history(proposalId, cast.speaker);
    expect(speakers.map((entry) => entry.summary)).toEqual([
      'Sara drafted "Event sourcing without tears"',
      "Sara submitted the proposal",
    ]);
    expect((await world.talks.history(proposalId, cast.organiser)).at(-1)?.summary).toBe(
      "Rita reviewed the proposal",
    );
  });
});

describe("who speaks on a proposal, for the notifier", () => {
  test("is the owner and the co-speakers who accepted, with the proposal's decision and its call's title", async () => {
    const accepting = await member(world, "Ada");
    const silent = await member(world, "Ben");
    const { proposalId } = await world.talks.draftProposal({
      actor: cast.speaker,
      submit: true,
      input: proposalInput(cast.callId, {
        coSpeakerHandles: [await handleOf(world, accepting), await handleOf(world, silent)],
      }),
    });
    await world.talks.answerInvitation({ actor: accepting, proposalId, accept: true });
    await world.talks.acceptProposal({ actor: cast.organiser, proposalId, message: "Welcome aboard" });

    expect(await world.talks.speakersOf(proposalId)).toEqual({
      proposalId,
      callId: cast.callId,
      callTitle: "Talks for the summer",
      communityId: cast.communityId,
      title: "Event sourcing without tears",
      status: "accepted",
      decisionMessage: "Welcome aboard",
      speakerIds: [cast.speaker, accepting],
    });
  });

  test("is nothing for a proposal that does not exist, or an id that is none", async () => {
    expect(await world.talks.speakersOf(newId())).toBeUndefined();
    expect(await world.talks.speakersOf("proposal-../../x")).toBeUndefined();
  });
});
