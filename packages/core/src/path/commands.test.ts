import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { InvalidCursor } from "../documents/errors";
import {
  CannotForkOwnPath,
  InvalidPath,
  NothingChanged,
  NotTheCurator,
  PathArchived,
  PathNotFound,
  PathNotPublished,
  ResourceNotFound,
} from "./errors";
import { type PathCast, type PathWorld, pathCast, pathInput, pathWorld } from "./test-world";

let world: PathWorld;
let cast: PathCast;

beforeEach(async () => {
  world = pathWorld();
  cast = await pathCast(world);
});
afterEach(() => world.close());

const view = async (pathId: string, viewer: string | undefined) =>
  (await world.paths.pathById([pathId], viewer))[0];

async function publishedPath(changes = {}) {
  const { pathId } = await world.paths.draftPath({ actor: cast.curator, input: pathInput(cast, changes) });
  await world.paths.publishPath({ actor: cast.curator, pathId });
  return pathId;
}

describe("drafting", () => {
  test("a member drafts a path of a link, a talk and a meetup; tags are lower-cased and deduplicated", async () => {
    const { pathId, status, revision } = await world.paths.draftPath({
      actor: cast.curator,
      input: pathInput(cast, { tags: ["CQRS", "cqrs", " Event-Sourcing "] }),
    });
    expect({ status, revision }).toEqual({ status: "draft", revision: 0 });
    const path = await view(pathId, cast.curator);
    expect(path).toMatchObject({
      goal: "Learn event sourcing",
      tags: ["cqrs", "event-sourcing"],
      curatorId: cast.curator,
      communityId: null,
      status: "draft",
      viewerCanEdit: true,
      viewerCanFork: false,
      slug: expect.stringMatching(/^learn-event-sourcing-[0-9a-f]{6}$/),
    });
    expect(path?.checkpoints.map((checkpoint) => checkpoint.resource.kind)).toEqual([
      "link",
      "talk",
      "meetup",
    ]);
    expect(new Set(path?.checkpoints.map((checkpoint) => checkpoint.id)).size).toBe(3);
  });

  test.each([
    ["a goal of 4 characters", { goal: "Abcd" }, ["goal"]],
    ["a goal of 10 kB", { goal: "x".repeat(10_000) }, ["goal"]],
    ["no checkpoint", { checkpoints: [] }, ["checkpoints"]],
    [
      "31 checkpoints",
      {
        checkpoints: Array.from({ length: 31 }, (_, index) => ({
          task: `Step ${index}`,
          url: `https://example.com/${index}`,
          title: "A page",
        })),
      },
      ["checkpoints"],
    ],
    [
      "an http link",
      { checkpoints: [{ task: "Read", url: "http://example.com", title: "Page" }] },
      ["checkpoints", "0", "url"],
    ],
    [
      "a javascript: link",
      { checkpoints: [{ task: "Read", url: "javascript:alert(1)", title: "Page" }] },
      ["checkpoints", "0", "url"],
    ],
    [
      "a link without a title",
      { checkpoints: [{ task: "Read", url: "https://example.com" }] },
      ["checkpoints", "0", "title"],
    ],
    [
      "a checkpoint with two resources",
      { checkpoints: [{ task: "Read", url: "https://example.com", title: "Page", meetupId: "x" }] },
      ["checkpoints", "0"],
    ],
    ["six tags", { tags: ["a", "b", "c", "d", "e", "f"] }, ["tags"]],
    ["a tag of 31 characters", { tags: ["x".repeat(31)] }, ["tags", "0"]],
    ["a description of 5,001 characters", { description: "x".repeat(5_001) }, ["description"]],
    ["an unknown field", { colour: "red" }, []],
  ])("%s is an invalid path, the field named, and nothing is recorded", async (_, changes, path) => {
    const refusal = await world.paths
      .draftPath({ actor: cast.curator, input: pathInput(cast, changes as never) })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InvalidPath);
    expect((refusal as InvalidPath).issues[0]?.path).toEqual(path);
    expect((await world.paths.myPaths(cast.curator, {})).edges).toEqual([]);
  });

  test.each([
    ["an accepted talk not confirmed", () => ({ task: "Watch", talkId: cast.acceptedId }), 1],
    [
      "a talk that does not exist",
      () => ({ task: "Watch", talkId: "0190aaaa-0000-7000-8000-000000000000" }),
      1,
    ],
    ["a meetup that does not exist", () => ({ task: "Go", meetupId: "not-a-meetup" }), 1],
  ])("%s is a resource not found, at its position", async (_, checkpoint, position) => {
    const refusal = await world.paths
      .draftPath({
        actor: cast.curator,
        input: pathInput(cast, {
          checkpoints: [{ task: "Read", url: "https://example.com", title: "Page" }, checkpoint()],
        }),
      })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ResourceNotFound);
    expect((refusal as ResourceNotFound).checkpointPosition).toBe(position);
  });

  test("a draft meetup is a checkpoint for its organisers only", async () => {
    const input = pathInput(cast, { checkpoints: [{ task: "Go", meetupId: cast.draftMeetupId }] });
    await expect(world.paths.draftPath({ actor: cast.curator, input })).rejects.toBeInstanceOf(
      ResourceNotFound,
    );
    await expect(world.paths.draftPath({ actor: cast.organiser, input })).resolves.toMatchObject({
      status: "draft",
    });
  });

  test("a community path needs a curator who belongs to the community", async () => {
    const input = pathInput(cast, { communityId: cast.communityId });
    await expect(world.paths.draftPath({ actor: cast.strangerOrganiser, input })).rejects.toMatchObject({
      code: "INVALID_PATH",
      issues: [{ path: ["communityId"] }],
    });
    const { pathId } = await world.paths.draftPath({ actor: cast.curator, input });
    expect((await view(pathId, cast.curator))?.communityId).toBe(cast.communityId);
  });

  test("a talk is a checkpoint once", async () => {
    const input = pathInput(cast, {
      checkpoints: [
        { task: "Watch", talkId: cast.talkId },
        { task: "Watch again", talkId: cast.talkId },
      ],
    });
    await expect(world.paths.draftPath({ actor: cast.curator, input })).rejects.toMatchObject({
      issues: [{ path: ["checkpoints", 1, "talkId"] }],
    });
  });

  test("a retried draft with the same key drafts one path and answers the same", async () => {
    const request = { actor: cast.curator, input: pathInput(cast), idempotencyKey: "draft-1" };
    const first = await world.paths.draftPath(request);
    expect(await world.paths.draftPath(request)).toEqual(first);
    expect((await world.paths.myPaths(cast.curator, {})).edges).toHaveLength(1);
  });
});

describe("who sees and changes a path", () => {
  test("a draft is seen by its curator and its community's organisers only", async () => {
    const { pathId } = await world.paths.draftPath({
      actor: cast.curator,
      input: pathInput(cast, { communityId: cast.communityId }),
    });
    for (const viewer of [undefined, cast.member, cast.strangerOrganiser])
      expect(await view(pathId, viewer)).toBeUndefined();
    expect(await view(pathId, cast.organiser)).toMatchObject({ viewerCanEdit: true });
    await expect(world.paths.publishPath({ actor: cast.member, pathId })).rejects.toBeInstanceOf(
      PathNotFound,
    );
    await world.paths.publishPath({ actor: cast.organiser, pathId });
    expect(await view(pathId, undefined)).toMatchObject({
      status: "published",
      viewerCanEdit: false,
      viewerCanFork: false,
    });
    expect(await view(pathId, cast.member)).toMatchObject({ viewerCanEdit: false, viewerCanFork: true });
  });

  test("another member is not the curator of a published path", async () => {
    const pathId = await publishedPath();
    for (const actor of [cast.member, cast.organiser, cast.strangerOrganiser])
      await expect(
        world.paths.editPath({
          actor,
          pathId,
          input: pathInput(cast, { goal: "Something else" }),
          changeNote: "x",
        }),
      ).rejects.toBeInstanceOf(NotTheCurator);
    await expect(world.paths.archivePath({ actor: cast.member, pathId })).rejects.toBeInstanceOf(
      NotTheCurator,
    );
  });

  test("an archived path leaves every list, refuses changes and forks, and is read by its address", async () => {
    const pathId = await publishedPath();
    await world.paths.archivePath({ actor: cast.curator, pathId });
    expect((await world.paths.paths({}, {}, undefined)).edges).toEqual([]);
    expect((await world.paths.myPaths(cast.curator, {})).edges).toEqual([]);
    expect(await view(pathId, undefined)).toMatchObject({
      status: "archived",
      viewerCanEdit: false,
      viewerCanFork: false,
    });
    await expect(world.paths.publishPath({ actor: cast.curator, pathId })).rejects.toBeInstanceOf(
      PathArchived,
    );
    await expect(
      world.paths.editPath({
        actor: cast.curator,
        pathId,
        input: pathInput(cast, { goal: "Learn more" }),
        changeNote: "x",
      }),
    ).rejects.toBeInstanceOf(PathArchived);
    await expect(world.paths.forkPath({ actor: cast.member, pathId })).rejects.toBeInstanceOf(
      PathNotPublished,
    );
  });

  test("an unknown or ill-formed path id is not found", async () => {
    for (const pathId of ["nope", "0190aaaa-0000-7000-8000-000000000000"])
      await expect(world.paths.publishPath({ actor: cast.curator, pathId })).rejects.toBeInstanceOf(
        PathNotFound,
      );
  });
});

describe("revisions", () => {
  test("an edit after the first publish is revision 2 with its changes; the old slug still finds the path", async () => {
    const pathId = await publishedPath();
    const before = await view(pathId, cast.curator);
    const [read, watch] = before?.checkpoints ?? [];
    const same = pathInput(cast, {
      checkpoints: (before?.checkpoints ?? []).map(({ id, task, resource }) => ({
        id,
        task,
        ...(resource.kind === "link"
          ? { url: resource.url, title: resource.title }
          : resource.kind === "talk"
            ? { talkId: resource.proposalId }
            : { meetupId: resource.meetupId }),
      })),
    });
    await expect(
      world.paths.editPath({ actor: cast.curator, pathId, input: same, changeNote: "nothing" }),
    ).rejects.toBeInstanceOf(NothingChanged);
    await expect(
      world.paths.editPath({
        actor: cast.curator,
        pathId,
        input: pathInput(cast, { goal: "Learn it well" }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_PATH", issues: [{ path: ["changeNote"] }] });
    const result = await world.paths.editPath({
      actor: cast.curator,
      pathId,
      changeNote: "The talk first; no meetup",
      input: pathInput(cast, {
        goal: "Learn event sourcing well",
        checkpoints: [
          { id: watch?.id, task: "Watch the talk", talkId: cast.talkId },
          {
            id: read?.id,
            task: "Read the introduction",
            url: "https://example.com/intro",
            title: "An introduction",
          },
        ],
      }),
    });
    expect(result).toMatchObject({ revision: 2, status: "published" });
    const after = await view(pathId, undefined);
    expect(after?.checkpoints.map((checkpoint) => checkpoint.id)).toEqual([watch?.id, read?.id]);
    const revisions = await world.paths.revisionsOf(pathId, undefined);
    expect(
      revisions.map((revision) => [revision.revision, revision.changeNote, revision.goalChanged]),
    ).toEqual([
      [2, "The talk first; no meetup", true],
      [1, "", false],
    ]);
    expect(revisions[0]?.changes.map((change) => change.kind)).toEqual(["moved", "removed"]);
    expect(after?.slug).not.toBe(before?.slug);
    expect((await world.paths.pathBySlug(before?.slug as string, undefined))?.id).toBe(pathId);
    expect((await world.paths.pathBySlug(after?.slug as string, undefined))?.slug).toBe(after?.slug);
    expect(await world.paths.pathCountOfMeetup(cast.meetupId)).toBe(0);
    expect(await world.paths.pathCountOfTalk(cast.talkId)).toBe(1);
  });

  test("a checkpoint id the path never had is refused", async () => {
    const pathId = await publishedPath();
    await expect(
      world.paths.editPath({
        actor: cast.curator,
        pathId,
        changeNote: "x",
        input: pathInput(cast, {
          checkpoints: [{ id: "made-up", task: "Read", url: "https://example.com", title: "A" }],
        }),
      }),
    ).rejects.toMatchObject({ issues: [{ path: ["checkpoints", 0, "id"] }] });
  });

  test("unpublishing hides the path; publishing again shows the same revision", async () => {
    const pathId = await publishedPath();
    await world.paths.unpublishPath({ actor: cast.curator, pathId });
    expect(await view(pathId, cast.member)).toBeUndefined();
    expect(await world.paths.revisionsOf(pathId, cast.member)).toEqual([]);
    const again = await world.paths.publishPath({ actor: cast.curator, pathId });
    expect(again).toMatchObject({ revision: 1, status: "published" });
  });
});

describe("forks", () => {
  test("a member forks a published path: their draft, its lineage; the original lists it once published", async () => {
    const pathId = await publishedPath();
    await expect(world.paths.forkPath({ actor: cast.curator, pathId })).rejects.toBeInstanceOf(
      CannotForkOwnPath,
    );
    const fork = await world.paths.forkPath({ actor: cast.member, pathId });
    expect(await view(fork.pathId, cast.member)).toMatchObject({
      curatorId: cast.member,
      status: "draft",
      communityId: null,
      forkedFrom: { pathId, revision: 1 },
      goal: "Learn event sourcing",
    });
    expect((await world.paths.forksOf(pathId, {})).edges).toEqual([]);
    await world.paths.publishPath({ actor: cast.member, pathId: fork.pathId });
    expect((await world.paths.forksOf(pathId, {})).edges.map((edge) => edge.node.id)).toEqual([fork.pathId]);
    expect(await world.paths.countsOf([pathId, "nope"])).toEqual([
      { learners: 0, completions: 0, forks: 1 },
      { learners: 0, completions: 0, forks: 0 },
    ]);
  });

  test("a draft of someone else's is not found to fork; an unpublished own one is not published", async () => {
    const { pathId } = await world.paths.draftPath({ actor: cast.curator, input: pathInput(cast) });
    await expect(world.paths.forkPath({ actor: cast.member, pathId })).rejects.toBeInstanceOf(PathNotFound);
  });
});

describe("browsing", () => {
  test("published paths by tag, curator and community, newest first, paged with cursors", async () => {
    world.clock.set("2026-05-11T10:00:00.000Z");
    const first = await publishedPath({ tags: ["rust"] });
    world.clock.set("2026-05-12T10:00:00.000Z");
    const second = await publishedPath({ communityId: cast.communityId, tags: ["rust", "cqrs"] });
    world.clock.set("2026-05-13T10:00:00.000Z");
    await world.paths.draftPath({ actor: cast.curator, input: pathInput(cast) });
    const ids = async (filter: object, page = {}) =>
      (await world.paths.paths(filter, page, undefined)).edges.map((edge) => edge.node.id);
    expect(await ids({})).toEqual([second, first]);
    expect(await ids({ tag: "cqrs" })).toEqual([second]);
    expect(await ids({ communityId: cast.communityId })).toEqual([second]);
    expect(await ids({ curatorId: cast.curator, tag: "rust" })).toEqual([second, first]);
    expect(await ids({ curatorId: cast.member })).toEqual([]);
    const page = await world.paths.paths({}, { limit: 1 }, undefined);
    expect(page.cursor).toBeDefined();
    expect(await ids({}, { limit: 1, cursor: page.cursor })).toEqual([first]);
    expect((await world.paths.myPaths(cast.curator, {})).edges).toHaveLength(3);
    expect((await world.paths.myPaths(undefined, {})).edges).toEqual([]);
    await expect(world.paths.paths({}, { cursor: "not a cursor" }, undefined)).rejects.toBeInstanceOf(
      InvalidCursor,
    );
    await expect(world.paths.paths({}, { limit: 100_000 }, undefined)).rejects.toBeInstanceOf(RangeError);
  });

  test("most followed orders by learners (none counted yet: newest first), with offset cursors", async () => {
    const first = await publishedPath();
    world.clock.set("2026-05-12T10:00:00.000Z");
    const second = await publishedPath();
    const page = await world.paths.paths({ order: "most-followed" }, { limit: 1 }, undefined);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([second]);
    const next = await world.paths.paths(
      { order: "most-followed" },
      { limit: 1, cursor: page.cursor },
      undefined,
    );
    expect(next.edges.map((edge) => edge.node.id)).toEqual([first]);
    expect(next.cursor).toBeUndefined();
  });

  test("a talk's and a meetup's published paths; the paths with a meetup, for progress", async () => {
    const pathId = await publishedPath();
    expect((await world.paths.pathsWithTalk(cast.talkId, undefined, 5)).map((path) => path.id)).toEqual([
      pathId,
    ]);
    expect(await world.paths.pathCountOfMeetup(cast.meetupId)).toBe(1);
    expect(await world.paths.pathsWithMeetup(cast.meetupId)).toEqual([pathId]);
    const current = await world.paths.currentCheckpoints(pathId);
    expect(current).toMatchObject({ status: "published", revision: 1 });
    expect(current?.checkpoints[2]).toEqual({ id: expect.any(String), meetupId: cast.meetupId });
    expect(current?.checkpoints[0]).not.toHaveProperty("meetupId");
    expect(await world.paths.currentCheckpoints("nope")).toBeUndefined();
  });

  test("the editor's search finds the community's confirmed talks and published meetups by title words", async () => {
    const search = (text: string) => world.paths.resourceSearch(cast.communityId, text, 10, cast.curator);
    expect(await search("EVENT sourcing")).toEqual([
      { kind: "talk", proposalId: cast.talkId },
      { kind: "meetup", meetupId: cast.meetupId },
    ]);
    expect(await search("tears")).toEqual([{ kind: "talk", proposalId: cast.talkId }]);
    // Neither the accepted talk nor the draft meetup is public.
    expect(await search("projections")).toEqual([]);
    expect(await search("announced")).toEqual([]);
    // For the editor: a visitor edits nothing.
    expect(await world.paths.resourceSearch(cast.communityId, "event", 10, undefined)).toEqual([]);
    await expect(
      world.paths.resourceSearch(cast.communityId, "event", 100_000, cast.curator),
    ).rejects.toBeInstanceOf(RangeError);
  });

  test("an erased curator's paths say so", async () => {
    const pathId = await publishedPath();
    await world.members.erase({ memberId: cast.curator, actor: cast.curator });
    expect(await view(pathId, undefined)).toMatchObject({ curatorId: cast.curator, curatorErased: true });
  });
});
