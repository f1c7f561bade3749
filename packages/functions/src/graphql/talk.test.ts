import { tmpdir } from "node:os";
import { join } from "node:path";
import { agendaModule } from "@meetstream/core/agenda";
import { apiTokenModule } from "@meetstream/core/api-token";
import { folderBlobStore, uploadsModule } from "@meetstream/core/blob";
import { communityModule } from "@meetstream/core/community";
import { sqliteDocumentStore } from "@meetstream/core/documents";
import { eventCatalog, sqliteEventStore } from "@meetstream/core/eventstore";
import { personalDataStore, sqliteKeyStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { meetupModule } from "@meetstream/core/meetup";
import { memberModule } from "@meetstream/core/member";
import { notificationModule } from "@meetstream/core/notification";
import { pathModule } from "@meetstream/core/path";
import { progressModule } from "@meetstream/core/progress";
import { projector } from "@meetstream/core/projection/projector";
import { speakerModule } from "@meetstream/core/speaker";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { type TalkModule, talkModule } from "@meetstream/core/talk";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TokenVerifier } from "../auth/verify";
import type { LocalHost } from "../local/host";
import { inProcessBus } from "../local/in-process-bus";
import { sqliteProjectorPosition } from "../stores/projector-position";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { globalIdOf } from "./relay";
import { createGraphqlServer, csrfHeader } from "./server";
import {
  callInput,
  daysFromNow,
  proposalInput,
  scores,
  type TalkClient,
  talkClient,
} from "./talk-test-client";

let host: LocalHost;
let client: TalkClient;
const people = {} as Record<"organiser" | "speaker" | "coSpeaker" | "reviewer" | "visitor", Person>;
let communityId: string;
let callId: string;

beforeAll(async () => {
  host = await startTestHost();
  client = talkClient(host.url);
  people.organiser = await client.person("Olga", "olga");
  people.speaker = await client.person("Sara", "sara");
  people.coSpeaker = await client.person("Cora", "cora");
  people.reviewer = await client.person("Rita", "rita");
  ({ id: communityId } = await client.found(people.organiser, { name: "Talks", slug: "talks" }));
  for (const person of [people.speaker, people.coSpeaker, people.reviewer])
    await client.join(person, communityId);
  const call = await client.draftCall(people.organiser, callInput(communityId));
  callId = call.id;
  await client.publishCall(people.organiser, callId);
  await client.appointReviewer(people.organiser, callId, people.reviewer.id);
});
afterAll(() => host.close());

describe("a call", () => {
  test("is drafted, published and shown with its formats and criteria; bad input is an InvalidCall", async () => {
    const call = await client.call(undefined, callId);
    expect(call).toMatchObject({
      status: "PUBLISHED",
      accepting: true,
      anonymised: true,
      formats: [
        { id: "talk", name: "Talk", minutes: 30 },
        { id: "lightning", name: "Lightning talk", minutes: 5 },
      ],
      criteria: [
        { id: "relevance", weight: 2, minimumScore: 1, maximumScore: 5 },
        { id: "clarity", weight: 1, minimumScore: 1, maximumScore: 5 },
      ],
      viewerIsReviewer: false,
    });
    expect((await client.call(people.reviewer, callId)).viewerIsReviewer).toBe(true);
    const invalid = await client.draftCall(
      people.organiser,
      callInput(communityId, { closesAt: daysFromNow(-2) }),
    );
    expect(invalid).toMatchObject({ __typename: "InvalidCall", code: "INVALID_CALL" });
    expect(invalid.issues).toContainEqual({ path: ["closesAt"], message: "must be after the opening" });
  });

  test("closed now takes no proposals: CallClosed", async () => {
    const { id } = await client.draftCall(people.organiser, callInput(communityId));
    await client.publishCall(people.organiser, id);
    expect((await client.closeCall(people.organiser, id)).accepting).toBe(false);
    expect(await client.submit(people.speaker, proposalInput(id))).toMatchObject({
      __typename: "CallClosed",
      code: "CALL_CLOSED",
      message: "This call for proposals is closed.",
    });
  });

  test("lists among its community's calls; drafts only for organisers", async () => {
    const { community } = await client.query(
      `{ community(slug: "talks") { calls(first: 10) { edges { node { id } } } draftCalls(first: 10) { edges { node { id } } } } }`,
      people.speaker,
    );
    expect(community.calls.edges.map(({ node }: { node: { id: string } }) => node.id)).toContain(callId);
    expect(community.draftCalls).toBeNull();
  });
});

describe("a proposal, from submission to the talks archive", () => {
  let proposalId: string;

  test("is submitted with a co-speaker invited by handle, once for a retried request", async () => {
    const idempotencyKey = crypto.randomUUID();
    const input = proposalInput(callId, { coSpeakerHandles: ["@cora"] });
    const first = await client.submit(people.speaker, input, { idempotencyKey });
    const again = await client.submit(people.speaker, input, { idempotencyKey });
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({
      __typename: "Proposal",
      status: "SUBMITTED",
      viewerAccess: "SPEAKER",
      note: "I can only make it in June.",
      speakers: [{ id: people.speaker.id }],
      coSpeakers: [{ status: "INVITED", member: { id: people.coSpeaker.id } }],
    });
    proposalId = first.id;
    const { me } = await client.query(
      "{ me { proposals(first: 10) { edges { node { id } } } } }",
      people.speaker,
    );
    expect(me.proposals.edges).toEqual([{ node: { id: proposalId } }]);
  });

  test("an unknown handle is refused, naming the handle typed", async () => {
    expect(
      await client.submit(people.speaker, proposalInput(callId, { coSpeakerHandles: ["nobody-at-all"] })),
    ).toMatchObject({ __typename: "UnknownHandle", unknownHandle: "nobody-at-all", code: "UNKNOWN_HANDLE" });
  });

  test("the co-speaker accepts and speaks", async () => {
    const answer = await client.answerInvitation(people.coSpeaker, proposalId, true);
    expect(answer.accepted).toBe(true);
    expect(answer.proposal.speakers.map((speaker: { id: string }) => speaker.id)).toEqual([
      people.speaker.id,
      people.coSpeaker.id,
    ]);
  });

  test("a co-speaker who declines no longer sees the proposal", async () => {
    const { id } = await client.submit(
      people.speaker,
      proposalInput(callId, { title: "Declined together", coSpeakerHandles: ["cora"] }),
    );
    expect((await client.proposal(people.coSpeaker, id)).viewerIsInvited).toBe(true);
    expect(await client.answerInvitation(people.coSpeaker, id, false)).toMatchObject({
      __typename: "InvitationAnswered",
      accepted: false,
      proposal: null,
    });
    expect(await client.proposal(people.coSpeaker, id)).toBeNull();
    expect(await client.answerInvitation(people.coSpeaker, id, true)).toMatchObject({
      __typename: "NotInvited",
    });
  });

  test("a review out of range is refused with the scale; a review retried with its key counts once", async () => {
    expect(await client.review(people.reviewer, proposalId, { scores: scores(6, 1) })).toMatchObject({
      __typename: "ScoreOutOfRange",
      criterionId: "relevance",
      minimumScore: 1,
      maximumScore: 5,
    });
    expect(
      await client.review(people.reviewer, proposalId, { scores: [{ criterionId: "relevance", score: 3 }] }),
    ).toMatchObject({ __typename: "ScoresIncomplete", missingCriteria: ["clarity"], unknownCriteria: [] });
    const idempotencyKey = crypto.randomUUID();
    const review = { scores: scores(4, 1), comment: "Clear, a little long." };
    const answer = await client.review(people.reviewer, proposalId, review, idempotencyKey);
    // The reviewer of an anonymised call reads the proposal without its speakers and without the note.
    expect(answer).toMatchObject({
      __typename: "Proposal",
      viewerAccess: "REVIEWER",
      speakers: null,
      note: null,
    });
    await client.review(people.reviewer, proposalId, review, idempotencyKey);
    const { reviews } = await client.proposal(
      people.organiser,
      proposalId,
      "reviews { comment weightedScore mine }",
    );
    // (2·4 + 1·1) / 3 = 3.
    expect(reviews).toEqual([{ comment: "Clear, a little long.", weightedScore: 3, mine: false }]);
  });

  test("the speakers read no reviews, and their history leaves them out", async () => {
    const proposal = await client.proposal(
      people.speaker,
      proposalId,
      "reviews { comment } history { summary }",
    );
    expect(proposal.reviews).toBeNull();
    expect(proposal.history.map((entry: { summary: string }) => entry.summary)).toEqual([
      'Sara drafted "Event sourcing without tears"',
      "Sara invited Cora to speak",
      "Sara submitted the proposal",
      "Cora accepted to speak",
    ]);
  });

  test("the organiser accepts from the board; the speaker confirms; the talk is public and archived", async () => {
    const board = await client.call(
      people.organiser,
      callId,
      "board(first: 10) { edges { node { reviewCount weightedMean reviewedByMe proposal { id speakers { id } } } } }",
    );
    expect(board.board.edges[0].node).toMatchObject({
      reviewCount: 1,
      weightedMean: 3,
      reviewedByMe: false,
      proposal: { id: proposalId, speakers: [{ id: people.speaker.id }, { id: people.coSpeaker.id }] },
    });
    expect((await client.accept(people.organiser, proposalId, "See you in June!")).status).toBe("ACCEPTED");
    expect(await client.proposal(undefined, proposalId)).toBeNull();
    expect((await client.confirm(people.coSpeaker, proposalId)).status).toBe("CONFIRMED");
    const talk = (
      await client.query(
        `query ($id: ID!) { talk(id: $id) { title note decisionMessage speakers { id } format { minutes } } }`,
        undefined,
        {
          id: proposalId,
        },
      )
    ).talk;
    expect(talk).toEqual({
      title: "Event sourcing without tears",
      note: null,
      decisionMessage: null,
      speakers: [{ id: people.speaker.id }, { id: people.coSpeaker.id }],
      format: { minutes: 30 },
    });
    const { community } = await client.query(
      `{ community(slug: "talks") { talks(first: 5) { edges { node { id } } } } }`,
      undefined,
    );
    expect(community.talks.edges).toEqual([{ node: { id: proposalId } }]);
  });
});

describe("the review board", () => {
  test("filters by format, tag, state and what the viewer has not reviewed, and pages", async () => {
    const { id } = await client.draftCall(people.organiser, callInput(communityId));
    await client.publishCall(people.organiser, id);
    await client.appointReviewer(people.organiser, id, people.reviewer.id);
    const submit = async (title: string, formatId: string, tags: string[]) =>
      (await client.submit(people.speaker, proposalInput(id, { title, formatId, tags }))).id as string;
    const high = await submit("High", "talk", ["rust"]);
    const low = await submit("Low", "lightning", ["go"]);
    const none = await submit("Unreviewed", "talk", ["go"]);
    await client.review(people.organiser, high, { scores: scores(5, 5) });
    await client.review(people.organiser, low, { scores: scores(1, 2) });
    const titles = async (person: Person, argumentList: string) =>
      (
        await client.call(
          person,
          id,
          `board(${argumentList}) { edges { cursor node { title } } pageInfo { hasNextPage endCursor } }`,
        )
      ).board;
    const all = await titles(people.organiser, "first: 10");
    expect(all.edges.map(({ node }: { node: { title: string } }) => node.title)).toEqual([
      "High",
      "Low",
      "Unreviewed",
    ]);
    const firstPage = await titles(people.organiser, "first: 2");
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const nextPage = await titles(people.organiser, `first: 2, after: "${firstPage.pageInfo.endCursor}"`);
    expect(nextPage.edges.map(({ node }: { node: { title: string } }) => node.title)).toEqual(["Unreviewed"]);
    expect(nextPage.pageInfo.hasNextPage).toBe(false);
    const lightning = await titles(people.organiser, 'first: 10, formatId: "lightning"');
    expect(lightning.edges.map(({ node }: { node: { title: string } }) => node.title)).toEqual(["Low"]);
    const go = await titles(people.organiser, 'first: 10, tag: "go"');
    expect(go.edges.map(({ node }: { node: { title: string } }) => node.title)).toEqual([
      "Low",
      "Unreviewed",
    ]);
    await client.review(people.reviewer, none, { scores: scores(3, 3) });
    const toDo = await titles(people.reviewer, "first: 10, notReviewedByMe: true");
    expect(toDo.edges.map(({ node }: { node: { title: string } }) => node.title)).toEqual(["High", "Low"]);
    await client.reject(people.organiser, low);
    const rejected = await titles(people.organiser, "first: 10, status: REJECTED");
    expect(rejected.edges.map(({ node }: { node: { title: string } }) => node.title)).toEqual(["Low"]);
    expect(await client.call(people.speaker, id, "board(first: 10) { edges { cursor } }")).toEqual({
      board: null,
    });
  });
});

describe("batching", () => {
  test("a board page of 50 reads its proposals in one batch", async () => {
    const database = openDatabase(":memory:");
    const events = sqliteEventStore(database, eventCatalog(...meetstreamEventTypes));
    const documents = sqliteDocumentStore(database);
    const keys = sqliteKeyStore(database);
    const store = personalDataStore(events, keys, meetstreamEventTypes);
    const bus = inProcessBus({
      log: events,
      projector: projector({ store, documents, projections: meetstreamProjections }),
      position: sqliteProjectorPosition(database),
      onError: (error) => {
        throw error;
      },
    });
    const members = memberModule({
      store: bus.notifying(store),
      documents,
      keys,
      emailSecret: "a".repeat(43),
    });
    const communities = communityModule({ store: bus.notifying(store), documents });
    const talks = talkModule({ store: bus.notifying(store), documents, communities, members });
    const batches: number[] = [];
    const observed: TalkModule = {
      ...talks,
      proposalsByIds: (ids, viewerId) => {
        batches.push(ids.length);
        return talks.proposalsByIds(ids, viewerId);
      },
    };
    const { memberId: organiser } = await members.signIn("olga@example.com");
    const { memberId: speaker } = await members.signIn("sara@example.com");
    const { id: community } = await communities.found({
      actor: organiser,
      input: { name: "Big", slug: "big" },
    });
    await communities.join({ actor: speaker, communityId: community });
    const { callId: call } = await talks.draftCall({
      actor: organiser,
      input: callInput(community),
    });
    await talks.publishCall({ actor: organiser, callId: call });
    for (let index = 0; index < 60; index++)
      await talks.draftProposal({
        actor: speaker,
        input: { ...proposalInput(call), level: "beginner", title: `Talk number ${index}` },
        submit: true,
      });
    // Who asks is the token's member: the verifier is the API's one seam for it.
    const asMember: TokenVerifier = async (authorization) =>
      authorization ? { memberId: authorization.replace("Bearer ", "") } : null;
    const yoga = createGraphqlServer({
      members,
      communities,
      meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
      talks: observed,
      agendas: agendaModule({
        store: bus.notifying(store),
        documents,
        communities,
        meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
        talks,
      }),
      paths: pathModule({
        store: bus.notifying(store),
        documents,
        communities,
        members,
        meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
        talks,
      }),
      progress: progressModule({
        store: bus.notifying(store),
        documents,
        paths: pathModule({
          store: bus.notifying(store),
          documents,
          communities,
          members,
          meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
          talks,
        }),
        meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
      }),
      speakers: speakerModule({ store: bus.notifying(store), documents, keys, members, talks }),
      // This test starts no upload: nothing is written in the folder.
      uploads: uploadsModule({
        blobs: folderBlobStore({
          folder: join(tmpdir(), "meetstream-no-uploads"),
          origin: "https://app.meetstream.example",
        }),
      }),
      apiTokens: apiTokenModule({ store: bus.notifying(store), documents }),
      notifications: notificationModule({
        store: bus.notifying(store),
        documents,
        members,
        communities: { exists: async () => false },
        serverSecret: "a".repeat(43),
      }),
      calendarFeeds: { urlOf: async () => "", reset: async () => "" },
      verifyToken: asMember,
      mode: "production",
      appOrigin: "https://app.meetstream.example",
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });
    const boardRows = async (query: string) => {
      const response = await yoga.fetch(
        new Request("http://api.example/graphql", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            [csrfHeader]: "1",
            authorization: `Bearer ${organiser}`,
          },
          body: JSON.stringify({ query, variables: { id: globalIdOf("CallForProposals", call) } }),
        }),
      );
      const body = (await response.json()) as { data: { call: { board: { edges: unknown[] } } } };
      return body.data.call.board.edges;
    };
    const rows = await boardRows(
      `query ($id: ID!) { call(id: $id) { board(first: 50) { edges { node { weightedMean proposal { title abstract } } } } } }`,
    );
    expect(rows).toHaveLength(50);
    expect(rows).toContainEqual({
      node: expect.objectContaining({ proposal: expect.objectContaining({ title: "Talk number 59" }) }),
    });
    expect(batches).toEqual([50]);
    // A board that does not ask for its rows' proposals reads none; one that asks in a fragment, as
    // the web app's does, reads them in one batch all the same.
    expect(
      await boardRows(`query ($id: ID!) { call(id: $id) { board(first: 50) { edges { node { title } } } } }`),
    ).toHaveLength(50);
    expect(batches).toEqual([50]);
    const fragment = "fragment Row on ReviewBoardRow { title proposal { id publicId } }";
    expect(
      await boardRows(
        `query ($id: ID!) { call(id: $id) { board(first: 50) { edges { node { ...Row } } } } } ${fragment}`,
      ),
    ).toHaveLength(50);
    expect(batches).toEqual([50, 50]);
    database.close();
  });
});
