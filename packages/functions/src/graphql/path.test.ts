import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { meetupClient, meetupInput } from "./meetup-test-client";
import { type PathClient, pathClient, pathInput } from "./path-test-client";
import { callInput, proposalInput } from "./talk-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

let host: LocalHost;
let paths: PathClient;
const people = {} as Record<"curator" | "organiser" | "member" | "stranger", Person>;
let communityId: string;
let resources: { talkId: string; meetupId: string };
let talkGlobalId: string;
let meetupGlobalId: string;

beforeAll(async () => {
  host = await startTestHost();
  paths = pathClient(host.url);
  people.curator = await paths.person("Cora", "cora-paths");
  people.organiser = await paths.person("Olga", "olga-paths");
  people.member = await paths.person("Max", "max-paths");
  people.stranger = await paths.person("Stan", "stan-paths");
  const community = await paths.found(people.organiser, { name: "Paths", slug: "paths-community" });
  communityId = community.id;
  for (const person of [people.curator, people.member]) await paths.join(person, communityId);
  const meetups = meetupClient(host.url);
  const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const meetup = await meetups.schedule(
    people.organiser,
    meetupInput(communityId, {
      title: "Event sourcing in practice",
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 3 * 3_600_000).toISOString(),
    }),
  );
  await meetups.publish(people.organiser, meetup.id);
  const call = await paths.draftCall(people.organiser, callInput(communityId));
  await paths.publishCall(people.organiser, call.id);
  const proposal = await paths.submit(people.curator, proposalInput(call.id));
  await paths.accept(people.organiser, proposal.id);
  await paths.confirm(people.curator, proposal.id);
  talkGlobalId = proposal.id;
  meetupGlobalId = meetup.id;
  resources = { talkId: proposal.publicId, meetupId: meetup.publicId };
});
afterAll(() => host.close());

const communityPlainId = () => Buffer.from(communityId, "base64").toString("utf8").split(":")[1] as string;

describe("a curator builds a path of a link, a talk and a meetup; the public reads it", () => {
  let path: Loose;

  test("the draft is the curator's, in their community, seen by who may edit it", async () => {
    path = await paths.draftPath(people.curator, pathInput(resources, { communityId: communityPlainId() }));
    expect(path).toMatchObject({
      __typename: "Path",
      status: "DRAFT",
      revision: 0,
      tags: ["event-sourcing", "cqrs"],
      curator: { id: people.curator.id },
      community: { id: communityId },
      viewerCanEdit: true,
      viewerCanFork: false,
      publishedAt: null,
    });
    expect(path.checkpoints.map((checkpoint: Loose) => [checkpoint.position, checkpoint.resource])).toEqual([
      [0, { __typename: "LinkResource", url: "https://example.com/intro", title: "An introduction" }],
      [1, { __typename: "TalkResource", talk: { id: talkGlobalId, title: "Event sourcing without tears" } }],
      [
        2,
        { __typename: "MeetupResource", meetup: { id: meetupGlobalId, title: "Event sourcing in practice" } },
      ],
    ]);
    expect(await paths.pathBySlug(undefined, path.slug, "id")).toBeNull();
    expect(await paths.pathBySlug(people.member, path.slug, "id")).toBeNull();
    expect(await paths.pathBySlug(people.organiser, path.slug, "viewerCanEdit")).toEqual({
      viewerCanEdit: true,
    });
  });

  test("published, it is public, browsed by tag, curator and community, and counted on the talk and meetup", async () => {
    const published = await paths.publishPath(people.curator, path.id);
    expect(published).toMatchObject({
      status: "PUBLISHED",
      revision: 1,
      learnerCount: 0,
      completionCount: 0,
      forkCount: 0,
    });
    expect(await paths.pathBySlug(undefined, path.slug, "id viewerCanFork")).toEqual({
      id: path.id,
      viewerCanFork: false,
    });
    const data = await paths.query(
      `query ($talk: ID!, $meetup: ID!, $community: String!) {
        byTag: paths(tag: "CQRS") { edges { node { id } } pageInfo { hasNextPage } }
        byCurator: paths(curatorHandle: "cora-paths") { edges { node { id } } }
        byCommunity: paths(communitySlug: $community, order: MOST_FOLLOWED) { edges { node { id } } }
        nobody: paths(curatorHandle: "nobody-at-all") { edges { node { id } } }
        proposal(id: $talk) { pathCount paths { id } }
        meetup(id: $meetup) { pathCount }
        community(slug: $community) { paths { edges { node { id } } } }
      }`,
      undefined,
      { talk: talkGlobalId, meetup: meetupGlobalId, community: "paths-community" },
    );
    expect(data.byTag.edges).toEqual([{ node: { id: path.id } }]);
    expect(data.byCurator.edges).toEqual([{ node: { id: path.id } }]);
    expect(data.byCommunity.edges).toEqual([{ node: { id: path.id } }]);
    expect(data.nobody.edges).toEqual([]);
    expect(data.proposal).toEqual({ pathCount: 1, paths: [{ id: path.id }] });
    expect(data.meetup).toEqual({ pathCount: 1 });
    expect(data.community.paths.edges).toEqual([{ node: { id: path.id } }]);
    const mine = await paths.query(
      "{ me { paths { edges { node { id status } } } member { curatedPaths { edges { node { id } } } } } }",
      people.curator,
    );
    expect(mine.me.paths.edges).toEqual([{ node: { id: path.id, status: "PUBLISHED" } }]);
    expect(mine.me.member.curatedPaths.edges).toEqual([{ node: { id: path.id } }]);
    const node = await paths.query(
      "query ($id: ID!) { node(id: $id) { __typename ... on Path { goal } } }",
      undefined,
      { id: path.id },
    );
    expect(node.node).toEqual({ __typename: "Path", goal: "Learn event sourcing" });
  });

  test("an edit is revision 2 with what changed; the former slug still finds the path", async () => {
    const [read, watch] = path.checkpoints;
    const refused = await paths.editPath(
      people.curator,
      path.id,
      pathInput(resources, { goal: "Learn event sourcing well" }),
    );
    expect(refused).toMatchObject({ __typename: "InvalidPath", issues: [{ path: ["changeNote"] }] });
    const revised = await paths.editPath(
      people.curator,
      path.id,
      pathInput(resources, {
        goal: "Learn event sourcing well",
        checkpoints: [
          { id: watch.id, task: "Watch the talk", talkId: resources.talkId },
          {
            id: read.id,
            task: "Read the introduction",
            url: "https://example.com/intro",
            title: "An introduction",
          },
        ],
      }),
      "The talk first; no meetup",
    );
    expect(revised).toMatchObject({ __typename: "Path", revision: 2 });
    expect(revised.slug).not.toBe(path.slug);
    expect(
      revised.revisions.map((revision: Loose) => [
        revision.revision,
        revision.changeNote,
        revision.goalChanged,
      ]),
    ).toEqual([
      [2, "The talk first; no meetup", true],
      [1, "", false],
    ]);
    expect(revised.revisions[0].changes).toEqual([
      { kind: "MOVED", checkpointId: read.id, task: "Read the introduction", fromPosition: 0, toPosition: 1 },
      {
        kind: "REMOVED",
        checkpointId: path.checkpoints[2].id,
        task: "Come to the meetup",
        fromPosition: 2,
        toPosition: null,
      },
    ]);
    expect(await paths.pathBySlug(undefined, path.slug, "slug")).toEqual({ slug: revised.slug });
    path = revised;
  });

  test("another member forks it; the fork sees what changed upstream since", async () => {
    expect((await paths.forkPath(people.curator, path.id)).__typename).toBe("CannotForkOwnPath");
    expect((await paths.forkPath(undefined, path.id)).__typename).toBe("NotSignedIn");
    const fork = await paths.forkPath(people.member, path.id);
    expect(fork).toMatchObject({
      __typename: "Path",
      status: "DRAFT",
      curator: { id: people.member.id },
      community: null,
      forkedFrom: { revision: 2, path: { id: path.id }, changesSince: [] },
    });
    await paths.publishPath(people.member, fork.id);
    await paths.editPath(
      people.curator,
      path.id,
      pathInput(resources, {
        goal: "Learn event sourcing well",
        checkpoints: path.checkpoints.map((checkpoint: Loose) => ({
          id: checkpoint.id,
          task: `${checkpoint.task}, carefully`,
          ...(checkpoint.resource.url
            ? { url: checkpoint.resource.url, title: checkpoint.resource.title }
            : { talkId: resources.talkId }),
        })),
      }),
      "Carefully",
    );
    const seen = await paths.pathBySlug(
      people.member,
      fork.slug,
      "forkedFrom { changesSince { revision changeNote } }",
    );
    expect(seen.forkedFrom.changesSince).toEqual([{ revision: 3, changeNote: "Carefully" }]);
    const original = await paths.pathBySlug(
      undefined,
      path.slug,
      "forkCount forks { edges { node { id } } }",
    );
    expect(original).toEqual({ forkCount: 1, forks: { edges: [{ node: { id: fork.id } }] } });
  });

  test("the editor's search finds the community's talk and meetup by title words, for members", async () => {
    const search = async (person: Person | undefined, text: string) =>
      (
        await paths.query(
          `query ($communityId: ID!, $text: String!) { checkpointResourceSearch(communityId: $communityId, text: $text) {
            __typename ... on TalkResource { talk { id } } ... on MeetupResource { meetup { id } } } }`,
          person,
          { communityId, text },
        )
      ).checkpointResourceSearch;
    expect(await search(people.curator, "event SOURCING")).toEqual([
      { __typename: "TalkResource", talk: { id: talkGlobalId } },
      { __typename: "MeetupResource", meetup: { id: meetupGlobalId } },
    ]);
    expect(await search(people.curator, "tears")).toHaveLength(1);
    expect(await search(undefined, "event")).toEqual([]);
  });

  test("archived, it leaves every list, changes no more, and is still read by its address", async () => {
    expect((await paths.archivePath(people.organiser, path.id)).status).toBe("ARCHIVED");
    expect((await paths.publishPath(people.curator, path.id)).__typename).toBe("PathArchived");
    expect((await paths.pathBySlug(undefined, path.slug, "status")).status).toBe("ARCHIVED");
    const listed = await paths.query('{ paths(tag: "cqrs") { edges { node { id } } } }', undefined);
    expect(listed.paths.edges.map((edge: Loose) => edge.node.id)).not.toContain(path.id);
  });
});

describe("hostile input", () => {
  const checkpointsOf = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      task: `Step ${index}`,
      url: `https://example.com/${index}`,
      title: "A page",
    }));

  test.each([
    ["a 10 kB goal", { goal: "x".repeat(10_000) }, ["goal"]],
    ["31 checkpoints", { checkpoints: checkpointsOf(31) }, ["checkpoints"]],
    [
      "an http: URL",
      { checkpoints: [{ task: "Read", url: "http://example.com", title: "A page" }] },
      ["checkpoints", "0", "url"],
    ],
    [
      "a javascript: URL",
      { checkpoints: [{ task: "Read", url: "javascript:alert(1)", title: "A page" }] },
      ["checkpoints", "0", "url"],
    ],
    [
      "a URL with a user and password",
      { checkpoints: [{ task: "Read", url: "https://user:pass@example.com/", title: "A page" }] },
      ["checkpoints", "0", "url"],
    ],
    [
      "a URL that shows one host and opens another",
      { checkpoints: [{ task: "Read", url: "https://example.com@evil.example/", title: "A page" }] },
      ["checkpoints", "0", "url"],
    ],
    ["a goal of zero-width joiners alone", { goal: "\u200d".repeat(5) }, ["goal"]],
    [
      "a checkpoint id the path never had",
      { checkpoints: [{ id: "made-up", task: "Read", url: "https://example.com", title: "A" }] },
      ["checkpoints", "0", "id"],
    ],
  ])("%s is an InvalidPath naming the field", async (_, changes, where) => {
    const result = await paths.draftPath(people.curator, pathInput(resources, changes));
    expect(result.__typename).toBe("InvalidPath");
    expect(result.issues[0].path).toEqual(where);
  });

  test("an unknown talk or meetup is a ResourceNotFound at its position; an unknown path is not found", async () => {
    const unknownTalk = await paths.draftPath(
      people.curator,
      pathInput(resources, {
        checkpoints: [checkpointsOf(1)[0], { task: "Watch", talkId: "0190aaaa-0000-7000-8000-000000000000" }],
      }),
    );
    expect(unknownTalk).toMatchObject({ __typename: "ResourceNotFound", checkpointPosition: 1 });
    const unknownMeetup = await paths.draftPath(
      people.curator,
      pathInput(resources, { checkpoints: [{ task: "Go", meetupId: "no-such-meetup" }] }),
    );
    expect(unknownMeetup).toMatchObject({ __typename: "ResourceNotFound", checkpointPosition: 0 });
    for (const pathId of ["0190aaaa-0000-7000-8000-000000000000", "nonsense"])
      expect((await paths.publishPath(people.curator, pathId)).__typename).toBe("PathNotFound");
    expect((await paths.draftPath(undefined, pathInput(resources))).__typename).toBe("NotSignedIn");
  });

  test.each([
    ["a bad cursor", '{ paths(after: "not-a-cursor") { edges { cursor } } }', "BAD_USER_INPUT"],
    ["first: 51", "{ paths(first: 51) { edges { cursor } } }", "BAD_USER_INPUT"],
    [
      "a search of first: 51",
      '{ checkpointResourceSearch(communityId: "x", text: "a", first: 51) { __typename } }',
      "BAD_USER_INPUT",
    ],
    ["a tag of 31 characters", `{ paths(tag: "${"x".repeat(31)}") { edges { cursor } } }`, "BAD_USER_INPUT"],
    // The cost limit reads `first` before any resolver runs, and refuses the query whole.
    ["first: 100000", "{ paths(first: 100000) { edges { cursor } } }", "QUERY_TOO_COSTLY"],
    [
      "a search of first: 100000",
      '{ checkpointResourceSearch(communityId: "x", text: "a", first: 100000) { __typename } }',
      "QUERY_TOO_COSTLY",
    ],
  ])("%s is refused as %s", async (_, query, code) => {
    const { body } = await graphqlRequest(host.url, query, { token: people.curator.token });
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });

  test("archiving an archived path again is NotTheCurator to anyone but who looks after it", async () => {
    const path = await paths.draftPath(people.curator, pathInput(resources, { goal: "Archived for good" }));
    await paths.publishPath(people.curator, path.id);
    expect((await paths.archivePath(people.curator, path.id)).__typename).toBe("Path");
    expect((await paths.archivePath(people.stranger, path.id)).__typename).toBe("NotTheCurator");
    expect((await paths.archivePath(people.curator, path.id)).status).toBe("ARCHIVED");
  });

  test("a slug that names nothing, however long, is no path", async () => {
    expect(await paths.pathBySlug(undefined, "x".repeat(5_000), "id")).toBeNull();
    expect(await paths.pathBySlug(undefined, "no-such-path-abcdef", "id")).toBeNull();
  });
});
