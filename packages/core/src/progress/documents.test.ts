import { describe, expect, test } from "vitest";
import { projectionSpecification } from "../testing/projecting";
import {
  completionKey,
  learningPartition,
  pathProgressPartition,
  progressKey,
  progressProjection,
  progressStream,
} from "./documents";
import {
  CheckpointMarked,
  PathCompleted,
  PathCompletionLapsed,
  PathFollowed,
  PathUnfollowed,
  ProgressErased,
  ProgressVisibilitySet,
} from "./events";

const memberId = "0190aaaa-0000-7000-8000-00000000000a";
const pathId = "0190bbbb-0000-7000-8000-00000000000b";
const progress = projectionSpecification(progressProjection, progressStream(memberId, pathId));
const minute = (index: number) => new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString();
/** The member's entry in the path's list of progress (the `second` index), from the first follow. */
const listed = { partition: pathProgressPartition(pathId), sort: memberId };

describe("the progress document", () => {
  test("holds the marks by checkpoint id, with when and how each was done, listed by latest activity", () =>
    progress
      .given(
        PathFollowed({}),
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked", note: "Chapter 3" }),
        CheckpointMarked({ checkpointId: "attend", done: true, source: "checked-in", cause: "e1" }),
      )
      .then({
        key: progressKey(memberId, pathId),
        version: 3,
        body: {
          memberId,
          pathId,
          following: true,
          public: false,
          marks: {
            read: { done: true, doneAt: minute(1), source: "marked", note: "Chapter 3" },
            attend: { done: true, doneAt: minute(2), source: "checked-in", note: null },
          },
          followedAt: minute(0),
          lastActivityAt: minute(2),
          completedAt: null,
          completedRevision: null,
        },
        indexes: {
          first: { partition: learningPartition(memberId), sort: `${minute(2)}#${pathId}` },
          second: listed,
        },
      }));

  test("a mark without a note keeps the note; an empty note clears it; undone has no moment", () =>
    progress
      .given(
        PathFollowed({}),
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked", note: "Chapter 3" }),
        CheckpointMarked({ checkpointId: "read", done: false, source: "marked" }),
      )
      .thenMatching({
        key: progressKey(memberId, pathId),
        body: { marks: { read: { done: false, doneAt: null, note: "Chapter 3" } } },
      }));

  test("listed among the member's learning only while followed, public or not", () => {
    progress.given(PathFollowed({}), ProgressVisibilitySet({ public: true })).thenMatching({
      key: progressKey(memberId, pathId),
      body: { public: true },
      indexes: {
        first: { partition: learningPartition(memberId), sort: `${minute(1)}#${pathId}` },
        second: listed,
      },
    });
    progress
      .given(PathFollowed({}), ProgressVisibilitySet({ public: true }), PathUnfollowed({}))
      .thenDocuments(([document]) => {
        expect(document?.body).toMatchObject({ following: false, public: true });
        expect(document?.indexes).toEqual({ second: listed });
      });
  });
});

describe("completion", () => {
  test("a completion is kept while it holds, and goes when a checkpoint is undone", () => {
    progress
      .given(
        PathFollowed({}),
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked" }),
        PathCompleted({ revision: 2 }),
      )
      .thenMatching(
        {
          key: completionKey(memberId, pathId),
          body: { memberId, pathId, revision: 2, completedAt: minute(2) },
        },
        { key: progressKey(memberId, pathId), body: { completedAt: minute(2), completedRevision: 2 } },
      );
    progress
      .given(
        PathFollowed({}),
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked" }),
        PathCompleted({ revision: 2 }),
        CheckpointMarked({ checkpointId: "read", done: false, source: "marked" }),
      )
      .thenMatching(
        { key: completionKey(memberId, pathId), body: null },
        { key: progressKey(memberId, pathId), body: { completedAt: null, completedRevision: null } },
      );
  });

  test("a completion a revision ends goes, and one a revision makes comes, neither moving the path in the member's list", () => {
    progress
      .given(
        PathFollowed({}),
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked" }),
        PathCompleted({ revision: 1 }),
        PathCompletionLapsed({ revision: 2 }),
      )
      .thenMatching(
        { key: completionKey(memberId, pathId), body: null },
        {
          key: progressKey(memberId, pathId),
          body: { completedAt: null, completedRevision: null, lastActivityAt: minute(1) },
          indexes: {
            first: { partition: learningPartition(memberId), sort: `${minute(1)}#${pathId}` },
            second: listed,
          },
        },
      );
    progress
      .given(
        PathFollowed({}),
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked" }),
        PathCompleted({ revision: 2 }),
      )
      .thenMatching(
        { key: completionKey(memberId, pathId), body: { revision: 2, completedAt: minute(2) } },
        { key: progressKey(memberId, pathId), body: { completedAt: minute(2), lastActivityAt: minute(1) } },
      );
  });
});

describe("the path's list of progress", () => {
  test("lists the member from the first follow, and keeps them after an unfollow: their marks and completion stay", () =>
    progress
      .given(PathFollowed({}), PathUnfollowed({}), PathFollowed({}), PathUnfollowed({}))
      .thenDocuments(([document]) => {
        expect(document?.key).toEqual(progressKey(memberId, pathId));
        expect(document?.indexes).toEqual({ second: listed });
      }));
});

describe("erasure", () => {
  test("an erased member's progress leaves nothing but tombstones", () =>
    progress
      .given(
        PathFollowed({}),
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked", note: "mine" }),
        PathCompleted({ revision: 1 }),
        ProgressErased({}),
      )
      .thenMatching(
        { key: completionKey(memberId, pathId), body: null },
        // The tombstone has no index entries: the member is out of the path's list of progress too.
        { key: progressKey(memberId, pathId), body: null, indexes: {} },
      ));
});
