import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { meetupClient, meetupInput } from "./meetup-test-client";
import { type PathClient, pathClient } from "./path-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

let host: LocalHost;
let paths: PathClient;
const people = {} as Record<"curator" | "organiser" | "learner" | "other", Person>;
let pathId: string;
let checkpointIds: string[];

const progressFields = `path { id } following completion doneCount checkpointCount completed completedAt
  followedAt public checkpoints { checkpointId done doneAt note source }`;
const resultFields = `__typename ... on PathProgress { ${progressFields} } ... on Error { code message }`;

beforeAll(async () => {
  host = await startTestHost();
  paths = pathClient(host.url);
  people.curator = await paths.person("Cora", "cora-progress");
  people.organiser = await paths.person("Olga", "olga-progress");
  people.learner = await paths.person("Lea", "lea-progress");
  people.other = await paths.person("Otto", "otto-progress");
  const community = await paths.found(people.organiser, { name: "Progress", slug: "progress-community" });
  for (const person of [people.curator, people.learner]) await paths.join(person, community.id);
  const meetups = meetupClient(host.url);
  const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const meetup = await meetups.schedule(
    people.organiser,
    meetupInput(community.id, { startsAt, endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString() }),
  );
  await meetups.publish(people.organiser, meetup.id);
  const path = await paths.draftPath(people.curator, {
    goal: "Learn event sourcing",
    checkpoints: [
      { task: "Read the introduction", url: "https://example.com/intro", title: "An introduction" },
      { task: "Come to the meetup", meetupId: meetup.publicId },
    ],
  });
  await paths.publishPath(people.curator, path.id);
  pathId = path.id;
  checkpointIds = path.checkpoints.map((checkpoint: Loose) => checkpoint.id);
});
afterAll(() => host.close());

const mutate = async (
  name: string,
  person: Person | undefined,
  variables: Record<string, unknown>,
): Promise<Loose> => {
  const types: Record<string, string> = {
    pathId: "ID!",
    checkpointId: "ID!",
    done: "Boolean!",
    note: "String",
    public: "Boolean!",
    idempotencyKey: "String",
  };
  const names = Object.keys(variables);
  const data = await paths.query(
    `mutation (${names.map((each) => `$${each}: ${types[each]}`).join(", ")}) {
      ${name}(${names.map((each) => `${each}: $${each}`).join(", ")}) { ${resultFields} } }`,
    person,
    variables,
  );
  return data[name];
};

describe("progress over GraphQL", () => {
  test("a member follows, marks with a note and sees the share; a retried mark answers as the first", async () => {
    const followed = await mutate("followPath", people.learner, { pathId });
    expect(followed).toMatchObject({
      __typename: "PathProgress",
      following: true,
      completion: 0,
      checkpointCount: 2,
    });
    const mark = {
      pathId,
      checkpointId: checkpointIds[0],
      done: true,
      note: "Chapter 3",
      idempotencyKey: "tick-1",
    };
    const marked = await mutate("markCheckpoint", people.learner, mark);
    expect(marked).toMatchObject({ completion: 0.5, doneCount: 1, completed: false });
    expect(marked.checkpoints[0]).toMatchObject({ done: true, note: "Chapter 3", source: "MARKED" });
    expect(await mutate("markCheckpoint", people.learner, mark)).toEqual(marked);

    const read = await paths.query(
      `query ($pathId: ID!) { node(id: $pathId) { ... on Path { learnerCount completionCount viewerProgress { completion } } } }`,
      people.learner,
      { pathId },
    );
    expect(read.node).toEqual({ learnerCount: 1, completionCount: 0, viewerProgress: { completion: 0.5 } });
  });

  test("my learning is the member's own; a profile shows only what they chose, without notes", async () => {
    const learning = `query { me { learning(filter: IN_PROGRESS) { edges { node { path { id } checkpoints { note } } } } } }`;
    const mine = await paths.query(learning, people.learner);
    expect(mine.me.learning.edges.map((edge: Loose) => edge.node.path.id)).toEqual([pathId]);
    expect(mine.me.learning.edges[0].node.checkpoints[0].note).toBe("Chapter 3");
    expect((await paths.query(learning, people.other)).me.learning.edges).toEqual([]);

    const profile = `query { member(handle: "lea-progress") { learning { edges { node { path { id } checkpoints { note } } } } } }`;
    expect((await paths.query(profile, people.other)).member.learning.edges).toEqual([]);
    expect(await mutate("setProgressVisibility", people.learner, { pathId, public: true })).toMatchObject({
      public: true,
    });
    const shown = await paths.query(profile, people.other);
    expect(shown.member.learning.edges).toEqual([
      { node: { path: { id: pathId }, checkpoints: [{ note: null }, { note: null }] } },
    ]);
    expect(
      (
        await paths.query(
          `query ($pathId: ID!) { node(id: $pathId) { ... on Path { viewerProgress { completion } } } }`,
          people.other,
          { pathId },
        )
      ).node,
    ).toEqual({ viewerProgress: null });
  });

  test("rejections are typed: not signed in, unknown path, unknown checkpoint, not following, a long note", async () => {
    expect(await mutate("followPath", undefined, { pathId })).toMatchObject({ __typename: "NotSignedIn" });
    for (const unknown of ["nope", "x".repeat(10_000), "UGF0aDpub3BlCg=="])
      expect(await mutate("followPath", people.other, { pathId: unknown })).toMatchObject({
        __typename: "PathNotFound",
      });
    expect(
      await mutate("markCheckpoint", people.other, { pathId, checkpointId: "unknown", done: true }),
    ).toMatchObject({ __typename: "CheckpointNotFound", code: "CHECKPOINT_NOT_FOUND" });
    expect(await mutate("unfollowPath", people.other, { pathId })).toMatchObject({
      __typename: "NotFollowing",
    });
    expect(
      await mutate("markCheckpoint", people.learner, {
        pathId,
        checkpointId: checkpointIds[0],
        done: true,
        note: "x".repeat(501),
      }),
    ).toMatchObject({ __typename: "InvalidProgress", code: "INVALID_PROGRESS" });
  });

  test("hostile paging is refused: too costly before it runs, or bad input", async () => {
    for (const [query, code] of [
      [`query { me { learning(first: 100000) { edges { cursor } } } }`, "QUERY_TOO_COSTLY"],
      // Up to 50 a page, as every list of paths.
      [`query { me { learning(first: 51) { edges { cursor } } } }`, "BAD_USER_INPUT"],
      [
        `query { member(handle: "lea-progress") { learning(first: 51) { edges { cursor } } } }`,
        "BAD_USER_INPUT",
      ],
      [`query { me { learning(after: "not a cursor!") { edges { cursor } } } }`, "BAD_USER_INPUT"],
    ] as const) {
      const { body } = await graphqlRequest(host.url, query, { token: people.learner.token });
      expect(body.errors?.[0]?.extensions?.code, query).toBe(code);
    }
    // 50 is a page.
    const fifty = await paths.query(
      `query { me { learning(first: 50) { edges { cursor } } } }`,
      people.learner,
    );
    expect(fifty.me.learning.edges.length).toBeGreaterThan(0);
  });

  test("unfollowing keeps the marks and drops the learner count", async () => {
    expect(await mutate("unfollowPath", people.learner, { pathId })).toMatchObject({
      following: false,
      completion: 0.5,
    });
    const read = await paths.query(
      `query ($pathId: ID!) { node(id: $pathId) { ... on Path { learnerCount } } }`,
      undefined,
      { pathId },
    );
    expect(read.node).toEqual({ learnerCount: 0 });
  });
});
