import {
  type PathActor,
  type PathRead,
  pathActors,
  pathEditors,
  pathReadVisibility,
} from "@meetstream/core/testing/authorization-actors";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { meetupClient, meetupInput } from "./meetup-test-client";
import { type PathClient, pathClient, pathInput } from "./path-test-client";
import { callInput, proposalInput } from "./talk-test-client";

/**
 * Who may do what to a path, mutation by mutation and read by read, over GraphQL on the real local host,
 * with core's table (testing/authorization-actors.ts). One community: its organiser, the curator of its
 * path and another of its members; a member of no community, and another community's organiser. Each
 * mutation acts, for each actor, on a path of its own.
 */
let host: LocalHost;
let paths: PathClient;
const people = {} as Record<Exclude<PathActor, "anonymous">, Person>;
let communityId: string;
let resources: { talkId: string; meetupId: string };

const personOf = (actor: PathActor): Person | undefined =>
  actor === "anonymous" ? undefined : people[actor];
const communityPlainId = () => Buffer.from(communityId, "base64").toString("utf8").split(":")[1] as string;

beforeAll(async () => {
  host = await startTestHost();
  paths = pathClient(host.url);
  const names: Record<Exclude<PathActor, "anonymous">, string> = {
    member: "Max",
    curator: "Cora",
    otherMember: "Otto",
    organiser: "Olga",
    strangerOrganiser: "Stan",
  };
  for (const [actor, name] of Object.entries(names) as [Exclude<PathActor, "anonymous">, string][])
    people[actor] = await paths.person(name, `${name.toLowerCase()}-path-matrix`);
  communityId = (await paths.found(people.organiser, { name: "Path matrix", slug: "path-matrix" })).id;
  for (const actor of ["member", "curator"] as const) await paths.join(people[actor], communityId);
  await paths.found(people.strangerOrganiser, { name: "Elsewhere", slug: "path-matrix-elsewhere" });
  const meetups = meetupClient(host.url);
  const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const meetup = await meetups.schedule(
    people.organiser,
    meetupInput(communityId, {
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
  resources = { talkId: proposal.publicId, meetupId: meetup.publicId };
});
afterAll(() => host.close());

/** A community path of the curator's, a draft or published. */
async function preparedPath(publish: boolean): Promise<{ id: string; slug: string }> {
  const draft = await paths.draftPath(
    people.curator,
    pathInput(resources, { communityId: communityPlainId() }),
  );
  if (publish) await paths.publishPath(people.curator, draft.id);
  return draft;
}

const byEditors = (success: string, others: string) =>
  Object.fromEntries(
    pathActors.map((actor) => [
      actor,
      actor === "anonymous" ? "NotSignedIn" : pathEditors.includes(actor) ? success : others,
    ]),
  ) as Record<PathActor, string>;

const cases: {
  mutation: string;
  expected: Record<PathActor, string>;
  run: (person: Person | undefined) => Promise<{ __typename: string }>;
}[] = [
  {
    mutation: "draftPath",
    expected: byEditors("Path", "Path"),
    run: (person) => paths.draftPath(person, pathInput(resources)),
  },
  {
    mutation: "editPath",
    expected: byEditors("Path", "NotTheCurator"),
    run: async (person) => {
      const { id } = await preparedPath(true);
      return paths.editPath(
        person,
        id,
        pathInput(resources, { goal: "Learn it another way" }),
        "Another way",
      );
    },
  },
  {
    // A draft is seen by who may edit it only: to anyone else it is not there.
    mutation: "publishPath",
    expected: byEditors("Path", "PathNotFound"),
    run: async (person) => paths.publishPath(person, (await preparedPath(false)).id),
  },
  {
    mutation: "unpublishPath",
    expected: byEditors("Path", "NotTheCurator"),
    run: async (person) => paths.unpublishPath(person, (await preparedPath(true)).id),
  },
  {
    mutation: "archivePath",
    expected: byEditors("Path", "NotTheCurator"),
    run: async (person) => paths.archivePath(person, (await preparedPath(true)).id),
  },
  {
    mutation: "forkPath",
    expected: { ...byEditors("Path", "Path"), curator: "CannotForkOwnPath" },
    run: async (person) => paths.forkPath(person, (await preparedPath(true)).id),
  },
];

describe.each(cases)("$mutation", ({ expected, run }) => {
  test.each(pathActors)("%s", async (actor) => {
    expect((await run(personOf(actor))).__typename).toBe(expected[actor]);
  });
});

const seenBySlug = async (person: Person | undefined, slug: string) =>
  (await paths.pathBySlug(person, slug, "id")) !== null;

let published: { id: string; slug: string };
let draft: { id: string; slug: string };
let unpublished: { id: string; slug: string };
let archived: { id: string; slug: string };

beforeAll(async () => {
  published = await preparedPath(true);
  draft = await preparedPath(false);
  unpublished = await preparedPath(true);
  await paths.unpublishPath(people.curator, unpublished.id);
  archived = await preparedPath(true);
  await paths.archivePath(people.curator, archived.id);
});

const reads: Record<PathRead, (person: Person | undefined) => Promise<boolean>> = {
  publishedPath: (person) => seenBySlug(person, published.slug),
  revisions: async (person) =>
    ((await paths.pathBySlug(person, published.slug, "revisions { revision }"))?.revisions ?? []).length > 0,
  browse: async (person) => {
    const data = await paths.query(
      `{ paths(communitySlug: "path-matrix", first: 50) { edges { node { id } } }
         community(slug: "path-matrix") { paths(first: 50) { edges { node { id } } } } }`,
      person,
    );
    const ids = (connection: { edges: { node: { id: string } }[] }) =>
      connection.edges.map((edge) => edge.node.id);
    return ids(data.paths).includes(published.id) && ids(data.community.paths).includes(published.id);
  },
  draftPath: (person) => seenBySlug(person, draft.slug),
  unpublishedPath: (person) => seenBySlug(person, unpublished.slug),
  archivedPath: (person) => seenBySlug(person, archived.slug),
  ownPaths: async (person) => {
    if (!person) return false;
    const data = await paths.query("{ me { paths(first: 50) { edges { node { id } } } } }", person);
    return data.me.paths.edges.some((edge: { node: { id: string } }) => edge.node.id === draft.id);
  },
  resourceSearch: async (person) => {
    const data = await paths.query(
      `query ($communityId: ID!) { checkpointResourceSearch(communityId: $communityId, text: "event") { __typename } }`,
      person,
      { communityId },
    );
    return data.checkpointResourceSearch.length > 0;
  },
};

describe.each(Object.keys(pathReadVisibility) as PathRead[])("%s", (read) => {
  test.each(pathActors)("%s", async (actor) => {
    expect(await reads[read](personOf(actor))).toBe(pathReadVisibility[read][actor]);
  });
});
