import {
  type ProgressActor,
  type ProgressRead,
  progressActors,
  progressReadVisibility,
  type UnpublishedPathState,
  unpublishedPathReaders,
} from "@meetstream/core/testing/authorization-actors";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { type ProgressClient, progressClient } from "./progress-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

/**
 * Who may do what to progress, mutation by mutation and read by read, over GraphQL on the real local host,
 * with core's table (testing/authorization-actors.ts). One community: its organiser, the curator of its
 * paths and the learner, who follows them; a member of no community, and another community's organiser.
 * Each mutation acts, for each actor, on a path of its own that the learner follows with a note, and
 * leaves the learner's progress as it was.
 */
let host: LocalHost;
let progress: ProgressClient;
const people = {} as Record<Exclude<ProgressActor, "anonymous">, Person>;
let communityId: string;

const personOf = (actor: ProgressActor): Person | undefined =>
  actor === "anonymous" ? undefined : people[actor];
const communityPlainId = () => Buffer.from(communityId, "base64").toString("utf8").split(":")[1] as string;

const note = "Chapter 3 was the key";

beforeAll(async () => {
  host = await startTestHost();
  progress = progressClient(host.url);
  const names: Record<Exclude<ProgressActor, "anonymous">, string> = {
    learner: "Lea",
    otherMember: "Otto",
    curator: "Cora",
    organiser: "Olga",
    strangerOrganiser: "Stan",
  };
  for (const [actor, name] of Object.entries(names) as [Exclude<ProgressActor, "anonymous">, string][])
    people[actor] = await progress.person(name, `${name.toLowerCase()}-progress-matrix`);
  communityId = (await progress.found(people.organiser, { name: "Progress matrix", slug: "progress-matrix" }))
    .id;
  for (const actor of ["learner", "curator"] as const) await progress.join(people[actor], communityId);
  await progress.found(people.strangerOrganiser, { name: "Elsewhere", slug: "progress-matrix-elsewhere" });
});
afterAll(() => host.close());

interface PreparedPath {
  id: string;
  checkpointIds: string[];
}

/**
 * A community path of the curator's with two links. Published unless a draft, and then followed by the
 * learner, who marks the first checkpoint with a note; unpublished or archived after that when asked.
 */
async function preparedPath(state: "published" | UnpublishedPathState = "published"): Promise<PreparedPath> {
  const draft = await progress.draftPath(people.curator, {
    goal: "Learn event sourcing",
    communityId: communityPlainId(),
    checkpoints: [
      { task: "Read the introduction", url: "https://example.com/intro", title: "An introduction" },
      { task: "Read the sequel", url: "https://example.com/sequel", title: "A sequel" },
    ],
  });
  const path = { id: draft.id, checkpointIds: draft.checkpoints.map((checkpoint: Loose) => checkpoint.id) };
  if (state === "draft") return path;
  expect((await progress.publishPath(people.curator, path.id)).__typename).toBe("Path");
  const marked = await progress.markCheckpoint(people.learner, {
    pathId: path.id,
    checkpointId: path.checkpointIds[0],
    done: true,
    note,
  });
  expect(marked).toMatchObject({ __typename: "PathProgress", following: true, doneCount: 1 });
  if (state === "unpublished") await progress.unpublishPath(people.curator, path.id);
  if (state === "archived") await progress.archivePath(people.curator, path.id);
  return path;
}

/** The learner's progress on the path, as the learner reads it. */
const learnersProgress = async (path: PreparedPath) =>
  (
    await progress.pathById(
      people.learner,
      path.id,
      "viewerProgress { following public doneCount checkpoints { done note } }",
    )
  )?.viewerProgress;

const asTheLearnerLeftIt = {
  following: true,
  public: false,
  doneCount: 1,
  checkpoints: [
    { done: true, note },
    { done: false, note: null },
  ],
};

const signedInOnly = (success: string, others: string) =>
  Object.fromEntries(
    progressActors.map((actor) => [
      actor,
      actor === "anonymous" ? "NotSignedIn" : actor === "learner" ? success : others,
    ]),
  ) as Record<ProgressActor, string>;

const mutations: {
  mutation: string;
  expected: Record<ProgressActor, string>;
  run: (person: Person | undefined, path: PreparedPath) => Promise<{ __typename: string }>;
}[] = [
  {
    // Anyone signed in follows a published path, its curator and organisers too; the learner already does.
    mutation: "followPath",
    expected: signedInOnly("PathProgress", "PathProgress"),
    run: (person, path) => progress.followPath(person, path.id),
  },
  {
    // Marking follows first: anyone signed in.
    mutation: "markCheckpoint",
    expected: signedInOnly("PathProgress", "PathProgress"),
    run: (person, path) =>
      progress.markCheckpoint(person, {
        pathId: path.id,
        checkpointId: path.checkpointIds[1] as string,
        done: true,
      }),
  },
  {
    // Only the learner follows it: anyone else has nothing to unfollow, whatever their role on the path.
    mutation: "unfollowPath",
    expected: signedInOnly("PathProgress", "NotFollowing"),
    run: (person, path) => progress.unfollowPath(person, path.id),
  },
  {
    mutation: "setProgressVisibility",
    expected: signedInOnly("PathProgress", "NotFollowing"),
    run: (person, path) => progress.setProgressVisibility(person, path.id, true),
  },
];

describe.each(mutations)("$mutation", ({ expected, run }) => {
  test.each(progressActors)("%s", async (actor) => {
    const path = await preparedPath();
    expect((await run(personOf(actor), path)).__typename).toBe(expected[actor]);
    // What another does is their own progress: the learner's stays as they left it.
    if (actor !== "learner") expect(await learnersProgress(path)).toEqual(asTheLearnerLeftIt);
  });
});

/** Following or marking a path that is not published: refused as such to who reads it, not found by anyone else. */
const notPublished = (state: UnpublishedPathState, actor: ProgressActor) =>
  actor === "anonymous"
    ? "NotSignedIn"
    : (unpublishedPathReaders[state] as readonly ProgressActor[]).includes(actor)
      ? "PathNotPublished"
      : "PathNotFound";

const onNotPublished: {
  mutation: string;
  run: (person: Person | undefined, path: PreparedPath) => Promise<{ __typename: string }>;
}[] = [
  { mutation: "followPath", run: (person, path) => progress.followPath(person, path.id) },
  {
    mutation: "markCheckpoint",
    run: (person, path) =>
      progress.markCheckpoint(person, {
        pathId: path.id,
        checkpointId: path.checkpointIds[1] as string,
        done: true,
      }),
  },
];

const states = Object.keys(unpublishedPathReaders) as UnpublishedPathState[];
const notPublishedPaths = {} as Record<UnpublishedPathState, PreparedPath>;
beforeAll(async () => {
  for (const state of states) notPublishedPaths[state] = await preparedPath(state);
});

describe.each(states)("%s path", (state) => {
  describe.each(onNotPublished)("$mutation", ({ run }) => {
    test.each(progressActors)("%s", async (actor) => {
      expect((await run(personOf(actor), notPublishedPaths[state])).__typename).toBe(
        notPublished(state, actor),
      );
    });
  });
});

describe("the learner on a path that is not published", () => {
  test("unpublished: hidden from them now, so not found, and their progress waits for it", async () => {
    const path = await preparedPath("unpublished");
    expect((await progress.unfollowPath(people.learner, path.id)).__typename).toBe("PathNotFound");
    expect((await progress.setProgressVisibility(people.learner, path.id, true)).__typename).toBe(
      "PathNotFound",
    );
    await progress.publishPath(people.curator, path.id);
    expect(await learnersProgress(path)).toEqual(asTheLearnerLeftIt);
  });

  test("archived: still read by them, so left, and shown or hidden", async () => {
    const path = await preparedPath("archived");
    expect(await progress.setProgressVisibility(people.learner, path.id, true)).toMatchObject({
      __typename: "PathProgress",
      public: true,
    });
    expect(await progress.unfollowPath(people.learner, path.id)).toMatchObject({
      __typename: "PathProgress",
      following: false,
      path: { id: path.id },
    });
  });
});

/*
 * The reads: the learner follows `hidden` and `shown` (made public), each with a note on its first
 * checkpoint, and completed `completed`; `unpublished` and `archived` were followed, then unpublished or
 * archived.
 */
let hidden: PreparedPath;
let shown: PreparedPath;
let completed: PreparedPath;
let unpublished: PreparedPath;
let archived: PreparedPath;

beforeAll(async () => {
  hidden = await preparedPath();
  shown = await preparedPath();
  await progress.setProgressVisibility(people.learner, shown.id, true);
  completed = await preparedPath();
  await progress.markCheckpoint(people.learner, {
    pathId: completed.id,
    checkpointId: completed.checkpointIds[1] as string,
    done: true,
  });
  unpublished = await preparedPath("unpublished");
  archived = await preparedPath("archived");
});

const progressSelection = "path { id } checkpoints { note }";

/** The paths of the progress in the viewer's `Me.learning` (none for a visitor, who has no `me`). */
async function ownLearning(person: Person | undefined): Promise<Loose[]> {
  const data = await progress.query(
    `{ me { learning(first: 50) { edges { node { ${progressSelection} } } } } }`,
    person,
  );
  return (data.me?.learning.edges ?? []).map((edge: Loose) => edge.node);
}

/** The progress on the learner's profile, as the viewer reads it. */
async function profileLearning(person: Person | undefined): Promise<Loose[]> {
  const data = await progress.query(
    `{ member(handle: "lea-progress-matrix") { learning(first: 50) { edges { node { ${progressSelection} } } } } }`,
    person,
  );
  return data.member.learning.edges.map((edge: Loose) => edge.node);
}

const viewerProgressOn = async (person: Person | undefined, path: PreparedPath) =>
  (await progress.pathById(person, path.id, `viewerProgress { ${progressSelection} }`))?.viewerProgress ??
  null;

const holds = (progressList: Loose[], path: PreparedPath) =>
  progressList.some((each) => each.path.id === path.id);

const reads: Record<ProgressRead, (person: Person | undefined) => Promise<boolean>> = {
  meLearning: async (person) => holds(await ownLearning(person), hidden),
  viewerProgress: async (person) => (await viewerProgressOn(person, hidden)) !== null,
  note: async (person) => {
    // Every way the learner's progress shows to the viewer: their own reads, and the profile.
    const shownToViewer = [
      ...(await ownLearning(person)),
      ...(await profileLearning(person)),
      ...[await viewerProgressOn(person, hidden), await viewerProgressOn(person, shown)].filter(Boolean),
    ];
    return shownToViewer.some((each) =>
      each.checkpoints.some((checkpoint: Loose) => checkpoint.note === note),
    );
  },
  profileHidden: async (person) => holds(await profileLearning(person), hidden),
  profileShown: async (person) => holds(await profileLearning(person), shown),
  counts: async (person) => {
    const path = await progress.pathById(person, completed.id, "learnerCount completionCount");
    return path?.learnerCount === 1 && path?.completionCount === 1;
  },
  unpublishedPathProgress: async (person) =>
    holds(await ownLearning(person), unpublished) || (await viewerProgressOn(person, unpublished)) !== null,
  archivedPathProgress: async (person) =>
    holds(await ownLearning(person), archived) || (await viewerProgressOn(person, archived)) !== null,
};

describe.each(Object.keys(progressReadVisibility) as ProgressRead[])("%s", (read) => {
  test.each(progressActors)("%s", async (actor) => {
    expect(await reads[read](personOf(actor))).toBe(progressReadVisibility[read][actor]);
  });
});
