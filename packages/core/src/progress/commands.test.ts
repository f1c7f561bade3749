import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { InvalidCursor } from "../documents/errors";
import { sqliteDocumentStore } from "../documents/sqlite";
import { isSealedPersonalData } from "../keys/personal-data";
import { completionCountKey, learnerCountKey } from "../path/index";
import { readCounters } from "../projection/projected-counter";
import { projector } from "../projection/projector";
import { openDatabase } from "../sqlite/database";
import { revisionCompletionActor } from "./commands";
import { pathProgressPartition, progressKey, progressStream } from "./documents";
import { CheckpointNotFound, InvalidProgress, NotFollowing, PathNotFound, PathNotPublished } from "./errors";
import {
  checkIn,
  member,
  type ProgressCast,
  type ProgressWorld,
  pathInput,
  progressCast,
  progressWorld,
  worldProjections,
} from "./test-world";

let world: ProgressWorld;
let cast: ProgressCast;
beforeEach(async () => {
  world = progressWorld();
  cast = await progressCast(world);
});
afterEach(() => world.close());

const counts = async (pathId: string) => {
  const [learners, completions] = await readCounters(world.documents, [
    learnerCountKey(pathId),
    completionCountKey(pathId),
  ]);
  return { learners, completions };
};

describe("following and marking", () => {
  test("a member follows, marks with a note, and sees the share of the current checkpoints", async () => {
    const followed = await world.progress.followPath({ actor: cast.learner, pathId: cast.pathId });
    expect(followed).toMatchObject({ following: true, completion: 0, doneCount: 0, checkpointCount: 2 });
    const marked = await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId: cast.pathId, checkpointId: cast.readId, done: true, note: "  Chapter 3  " },
    });
    expect(marked).toMatchObject({ completion: 0.5, doneCount: 1, completed: false });
    expect(marked.checkpoints).toEqual([
      {
        checkpointId: cast.readId,
        done: true,
        doneAt: expect.any(String),
        note: "Chapter 3",
        source: "marked",
      },
      { checkpointId: cast.attendId, done: false, doneAt: null, note: null, source: null },
    ]);
    // The note reaches the log sealed only.
    const logged = await world.log.readStream(progressStream(cast.learner, cast.pathId));
    const note = logged.flatMap((event) =>
      (event.data as { note?: string }).note ? [(event.data as { note: string }).note] : [],
    );
    expect(note.every(isSealedPersonalData)).toBe(true);
    expect(await counts(cast.pathId)).toEqual({ learners: 1, completions: 0 });
  });

  test("marking follows implicitly; the last checkpoint completes the path and counts it", async () => {
    await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId: cast.pathId, checkpointId: cast.readId, done: true },
    });
    const done = await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId: cast.pathId, checkpointId: cast.attendId, done: true },
    });
    expect(done).toMatchObject({
      following: true,
      completion: 1,
      completed: true,
      completedAt: expect.any(String),
    });
    expect(await counts(cast.pathId)).toEqual({ learners: 1, completions: 1 });
    await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId: cast.pathId, checkpointId: cast.attendId, done: false },
    });
    expect(await counts(cast.pathId)).toEqual({ learners: 1, completions: 0 });
  });

  test("a revision that removes a checkpoint leaves the share; an added one appears not done", async () => {
    await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId: cast.pathId, checkpointId: cast.readId, done: true },
    });
    await world.paths.editPath({
      actor: cast.curator,
      pathId: cast.pathId,
      changeNote: "The meetup is optional now",
      input: pathInput(cast.meetupId, {
        checkpoints: [
          {
            id: cast.readId,
            task: "Read the introduction",
            url: "https://example.com/intro",
            title: "An introduction",
          },
          { task: "Build a projection", url: "https://example.com/build", title: "Build one" },
        ],
      }),
    });
    const [view] = await world.progress.viewerProgress([cast.pathId], cast.learner);
    expect(view).toMatchObject({ completion: 0.5, doneCount: 1, checkpointCount: 2 });
    expect(view?.checkpoints.map((checkpoint) => checkpoint.done)).toEqual([true, false]);
    await expect(
      world.progress.markCheckpoint({
        actor: cast.learner,
        input: { pathId: cast.pathId, checkpointId: cast.attendId, done: true },
      }),
    ).rejects.toBeInstanceOf(CheckpointNotFound);
  });

  test("the count of completions follows revisions: an added checkpoint ends a completion, removing the last undone one makes it", async () => {
    for (const checkpointId of [cast.readId, cast.attendId])
      await world.progress.markCheckpoint({
        actor: cast.learner,
        input: { pathId: cast.pathId, checkpointId, done: true },
      });
    await world.progress.markCheckpoint({
      actor: cast.other,
      input: { pathId: cast.pathId, checkpointId: cast.readId, done: true },
    });
    expect(await counts(cast.pathId)).toEqual({ learners: 2, completions: 1 });
    const read = {
      id: cast.readId,
      task: "Read the introduction",
      url: "https://example.com/intro",
      title: "An introduction",
    };
    const attend = { id: cast.attendId, task: "Come to the meetup", meetupId: cast.meetupId };
    const build = { task: "Build a projection", url: "https://example.com/build", title: "Build one" };
    await world.paths.editPath({
      actor: cast.curator,
      pathId: cast.pathId,
      changeNote: "Build one yourself",
      input: pathInput(cast.meetupId, { checkpoints: [read, attend, build] }),
    });
    expect(await counts(cast.pathId)).toEqual({ learners: 2, completions: 0 });
    const [lapsed] = await world.progress.viewerProgress([cast.pathId], cast.learner);
    expect(lapsed).toMatchObject({ completed: false, completedAt: null, doneCount: 2, checkpointCount: 3 });

    await world.paths.editPath({
      actor: cast.curator,
      pathId: cast.pathId,
      changeNote: "Reading is enough",
      input: pathInput(cast.meetupId, { checkpoints: [read] }),
    });
    expect(await counts(cast.pathId)).toEqual({ learners: 2, completions: 2 });
    const views = await Promise.all(
      [cast.learner, cast.other].map((actor) => world.progress.viewerProgress([cast.pathId], actor)),
    );
    for (const [view] of views)
      expect(view).toMatchObject({ completed: true, completedAt: expect.any(String) });
    // Recorded by the system, caused by the revision, with nothing personal in it.
    const [completion] = (await world.log.readStream(progressStream(cast.other, cast.pathId))).filter(
      (event) => event.type === "PathCompleted",
    );
    expect(completion).toMatchObject({
      data: { revision: 3 },
      meta: { actor: revisionCompletionActor, causationId: expect.any(String) },
    });
  });

  test("unfollowing keeps the marks; following again restores the share", async () => {
    await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId: cast.pathId, checkpointId: cast.readId, done: true },
    });
    const left = await world.progress.unfollowPath({ actor: cast.learner, pathId: cast.pathId });
    expect(left.following).toBe(false);
    expect(await counts(cast.pathId)).toEqual({ learners: 0, completions: 0 });
    expect((await world.progress.learning(cast.learner, "all", {})).edges).toEqual([]);
    const back = await world.progress.followPath({ actor: cast.learner, pathId: cast.pathId });
    expect(back).toMatchObject({ following: true, completion: 0.5 });
    await expect(
      world.progress.unfollowPath({ actor: cast.other, pathId: cast.pathId }),
    ).rejects.toBeInstanceOf(NotFollowing);
  });

  test("drafts, unknown ids and hostile input are refused with typed errors", async () => {
    const { pathId: draft } = await world.paths.draftPath({
      actor: cast.curator,
      input: pathInput(cast.meetupId),
    });
    for (const pathId of [draft, "nope", "00000000-0000-7000-8000-000000000000", "x".repeat(10_000)])
      await expect(world.progress.followPath({ actor: cast.learner, pathId })).rejects.toBeInstanceOf(
        PathNotFound,
      );
    await expect(
      world.progress.markCheckpoint({
        actor: cast.learner,
        input: { pathId: cast.pathId, checkpointId: cast.readId, done: true, note: "x".repeat(501) },
      }),
    ).rejects.toBeInstanceOf(InvalidProgress);
    await expect(
      world.progress.markCheckpoint({
        actor: cast.learner,
        input: { pathId: cast.pathId, checkpointId: "y".repeat(101), done: true },
      }),
    ).rejects.toBeInstanceOf(InvalidProgress);
    await expect(
      world.progress.markCheckpoint({
        actor: cast.learner,
        input: { pathId: cast.pathId, checkpointId: "unknown", done: true },
      }),
    ).rejects.toBeInstanceOf(CheckpointNotFound);
    await expect(world.progress.learning(cast.learner, "all", { cursor: "bad!" })).rejects.toBeInstanceOf(
      InvalidCursor,
    );
    await expect(world.progress.learning(cast.learner, "all", { limit: 100_000 })).rejects.toBeInstanceOf(
      RangeError,
    );
  });

  test("a retried mark with the same idempotency key returns the first answer and records nothing again", async () => {
    const request = {
      actor: cast.learner,
      idempotencyKey: "tick-1",
      input: { pathId: cast.pathId, checkpointId: cast.readId, done: true },
    };
    const first = await world.progress.markCheckpoint(request);
    await world.progress.markCheckpoint({
      ...request,
      idempotencyKey: "untick",
      input: { ...request.input, done: false },
    });
    expect(await world.progress.markCheckpoint(request)).toEqual(first);
    const events = await world.store.readStream(progressStream(cast.learner, cast.pathId));
    expect(events.map((event) => event.type)).toEqual([
      "PathFollowed",
      "CheckpointMarked",
      "CheckpointMarked",
    ]);
  });
});

describe("who sees what", () => {
  test("my learning is the member's own, latest activity first, filtered; notes only to themselves", async () => {
    const { pathId: second } = await world.paths.draftPath({
      actor: cast.curator,
      input: pathInput(cast.meetupId, { goal: "Learn projections" }),
    });
    await world.paths.publishPath({ actor: cast.curator, pathId: second });
    await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId: cast.pathId, checkpointId: cast.readId, done: true, note: "secret" },
    });
    world.clock.advance(60_000);
    await world.progress.followPath({ actor: cast.learner, pathId: second });
    const all = await world.progress.learning(cast.learner, "all", {});
    expect(all.edges.map(({ node }) => node.pathId)).toEqual([second, cast.pathId]);
    expect(all.edges[1]?.node.checkpoints[0]?.note).toBe("secret");
    const page = await world.progress.learning(cast.learner, "all", { limit: 1 });
    expect(page.edges.map(({ node }) => node.pathId)).toEqual([second]);
    const next = await world.progress.learning(cast.learner, "all", { limit: 1, cursor: page.cursor });
    expect(next.edges.map(({ node }) => node.pathId)).toEqual([cast.pathId]);
    expect(next.cursor).toBeUndefined();
    expect((await world.progress.learning(cast.learner, "completed", {})).edges).toEqual([]);
    expect((await world.progress.learning(cast.learner, "in-progress", {})).edges).toHaveLength(2);
    expect((await world.progress.learning(undefined, "all", {})).edges).toEqual([]);

    // On the profile: nothing until the member shows it, then without the note.
    expect((await world.progress.publicLearning(cast.learner, cast.other, {})).edges).toEqual([]);
    await world.progress.setProgressVisibility({ actor: cast.learner, pathId: cast.pathId, public: true });
    const shown = await world.progress.publicLearning(cast.learner, cast.other, {});
    expect(shown.edges.map(({ node }) => node.pathId)).toEqual([cast.pathId]);
    expect(shown.edges[0]?.node.checkpoints[0]).toMatchObject({ done: true, note: null });
    expect((await world.progress.publicLearning(cast.learner, undefined, {})).edges).toHaveLength(1);
    // Someone else's progress is not the viewer's.
    expect(await world.progress.viewerProgress([cast.pathId], cast.other)).toEqual([undefined]);
    await expect(
      world.progress.setProgressVisibility({ actor: cast.other, pathId: cast.pathId, public: true }),
    ).rejects.toBeInstanceOf(NotFollowing);
  });

  test("an unpublished path leaves the lists and takes no marks; its progress waits for it", async () => {
    await world.progress.followPath({ actor: cast.learner, pathId: cast.pathId });
    await world.paths.unpublishPath({ actor: cast.curator, pathId: cast.pathId });
    expect((await world.progress.learning(cast.learner, "all", {})).edges).toEqual([]);
    await expect(
      world.progress.markCheckpoint({
        actor: cast.learner,
        input: { pathId: cast.pathId, checkpointId: cast.readId, done: true },
      }),
    ).rejects.toBeInstanceOf(PathNotFound);
    await world.paths.publishPath({ actor: cast.curator, pathId: cast.pathId });
    expect((await world.progress.learning(cast.learner, "all", {})).edges).toHaveLength(1);
  });
});

describe("a path that is not published", () => {
  /** A path of the community's, drafted by the curator; published, then unpublished or archived. */
  async function communityPath(then: "draft" | "unpublished" | "archived"): Promise<string> {
    const { pathId } = await world.paths.draftPath({
      actor: cast.curator,
      input: pathInput(cast.meetupId, { communityId: cast.communityId }),
    });
    if (then === "draft") return pathId;
    await world.paths.publishPath({ actor: cast.curator, pathId });
    await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId, checkpointId: (await checkpointsOf(pathId))[0] as string, done: true },
    });
    if (then === "unpublished") await world.paths.unpublishPath({ actor: cast.curator, pathId });
    else await world.paths.archivePath({ actor: cast.organiser, pathId });
    return pathId;
  }
  const checkpointsOf = async (pathId: string) =>
    ((await world.paths.currentCheckpoints(pathId))?.checkpoints ?? []).map(({ id }) => id);
  const attempts = (actor: string, pathId: string, checkpointId: string) => [
    world.progress.followPath({ actor, pathId }),
    world.progress.markCheckpoint({ actor, input: { pathId, checkpointId, done: true } }),
  ];

  test("is not published to who may read it, and not found by anyone else: a hidden path is not told apart", async () => {
    for (const state of ["draft", "unpublished"] as const) {
      const pathId = await communityPath(state);
      const [checkpointId] = (await checkpointsOf(pathId)) as [string];
      for (const caretaker of [cast.curator, cast.organiser])
        for (const attempt of attempts(caretaker, pathId, checkpointId))
          await expect(attempt).rejects.toBeInstanceOf(PathNotPublished);
      // The learner followed it while it was published; it is hidden from them now, as from the other.
      for (const outsider of [cast.learner, cast.other])
        for (const attempt of attempts(outsider, pathId, checkpointId))
          await expect(attempt).rejects.toBeInstanceOf(PathNotFound);
      await expect(world.progress.unfollowPath({ actor: cast.learner, pathId })).rejects.toBeInstanceOf(
        PathNotFound,
      );
      await expect(
        world.progress.setProgressVisibility({ actor: cast.learner, pathId, public: true }),
      ).rejects.toBeInstanceOf(PathNotFound);
    }
  });

  test("archived after its publish, it is read by anyone and followed by no one; its learner still leaves it", async () => {
    const pathId = await communityPath("archived");
    const [checkpointId] = (await checkpointsOf(pathId)) as [string];
    for (const actor of [cast.curator, cast.organiser, cast.learner, cast.other])
      for (const attempt of attempts(actor, pathId, checkpointId))
        await expect(attempt).rejects.toBeInstanceOf(PathNotPublished);
    await expect(
      world.progress.setProgressVisibility({ actor: cast.learner, pathId, public: true }),
    ).resolves.toMatchObject({ public: true, doneCount: 1 });
    await expect(world.progress.unfollowPath({ actor: cast.learner, pathId })).resolves.toMatchObject({
      following: false,
      doneCount: 1,
    });
    await expect(world.progress.unfollowPath({ actor: cast.other, pathId })).rejects.toBeInstanceOf(
      NotFollowing,
    );
  });
});

describe("checking in", () => {
  test("a check-in at the meetup completes its checkpoint for a follower, through the reactor", async () => {
    await world.progress.markCheckpoint({
      actor: cast.learner,
      input: { pathId: cast.pathId, checkpointId: cast.readId, done: true },
    });
    await checkIn(world, cast, cast.learner);
    const [view] = await world.progress.viewerProgress([cast.pathId], cast.learner);
    expect(view).toMatchObject({ completed: true, completion: 1 });
    expect(view?.checkpoints[1]).toMatchObject({ done: true, source: "checked-in" });
    expect(await counts(cast.pathId)).toEqual({ learners: 1, completions: 1 });
  });

  test("following after checking in marks the meetup checkpoint done: the order does not matter", async () => {
    await checkIn(world, cast, cast.learner);
    expect(await world.progress.viewerProgress([cast.pathId], cast.learner)).toEqual([undefined]);
    const followed = await world.progress.followPath({ actor: cast.learner, pathId: cast.pathId });
    expect(followed.checkpoints[1]).toMatchObject({ done: true, source: "checked-in" });
  });
});

describe("erasure", () => {
  test("an erased learner's progress is gone from every projection, after a rebuild too, and counts drop", async () => {
    const keeper = await member(world, "Kim");
    for (const actor of [cast.learner, keeper]) {
      await world.progress.markCheckpoint({
        actor,
        input: { pathId: cast.pathId, checkpointId: cast.readId, done: true, note: `${actor} note` },
      });
      await world.progress.markCheckpoint({
        actor,
        input: { pathId: cast.pathId, checkpointId: cast.attendId, done: true },
      });
      await world.progress.setProgressVisibility({ actor, pathId: cast.pathId, public: true });
    }
    expect(await counts(cast.pathId)).toEqual({ learners: 2, completions: 2 });
    await world.members.erase({ memberId: cast.learner, actor: cast.learner });

    const gone = async (documents: typeof world.documents) => {
      expect(await documents.get(progressKey(cast.learner, cast.pathId))).toMatchObject({ body: null });
      // Nor is the learner among those with progress on the path, which a revision would reassess.
      const listed = await documents.query<{ memberId: string }>("second", {
        partition: pathProgressPartition(cast.pathId),
        limit: 10,
      });
      expect(listed.documents.map(({ body }) => body?.memberId)).toEqual([keeper]);
      expect(
        await readCounters(documents, [learnerCountKey(cast.pathId), completionCountKey(cast.pathId)]),
      ).toEqual([1, 1]);
      const { documents: all } = await documents.scan({ limit: 1000 });
      const text = JSON.stringify(all);
      expect(text).not.toContain(`${cast.learner} note`);
      expect(text).toContain(`${keeper} note`);
    };
    await gone(world.documents);
    expect((await world.progress.publicLearning(cast.learner, cast.other, {})).edges).toEqual([]);

    // A rebuild from the log into empty documents: the erased learner's progress comes back nowhere.
    const rebuilt = sqliteDocumentStore(openDatabase(":memory:"));
    const rebuild = projector({ store: world.store, documents: rebuilt, projections: worldProjections });
    let cursor: string | undefined;
    do {
      const page = await world.log.listStreams({ cursor, limit: 1000 });
      for (const streamId of page.streamIds) {
        const events = await world.log.readStream(streamId);
        await rebuild.handle({ streamId, version: events.at(-1)?.version ?? 0 });
      }
      cursor = page.cursor;
    } while (cursor);
    await gone(rebuilt);
  });
});
