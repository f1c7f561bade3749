import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import { type PathNow, type ProgressCommand, progressDecider } from "./decider";
import { CheckpointNotFound, InvalidProgress, NotFollowing, PathNotFound, PathNotPublished } from "./errors";
import {
  CheckpointMarked,
  PathCompleted,
  PathCompletionLapsed,
  PathFollowed,
  PathUnfollowed,
  ProgressErased,
  ProgressVisibilitySet,
} from "./events";

const { given } = deciderSpecification(progressDecider);

const path: PathNow = {
  pathId: "p1",
  status: "published",
  revision: 1,
  checkpointIds: ["read", "watch", "attend"],
};
const revised: PathNow = { ...path, revision: 2, checkpointIds: ["read", "watch", "attend", "build"] };
/** A revision that removes the meetup. */
const shortened: PathNow = { ...path, revision: 2, checkpointIds: ["read", "watch"] };
/** Read by the member (its curator, its community's organisers; anyone, once archived) but not published. */
const notPublished = (["draft", "unpublished", "archived"] as const).map(
  (status): PathNow => ({ ...path, status }),
);

const mark = (checkpointId: string, done = true, on: PathNow | null = path): ProgressCommand => ({
  type: "MarkCheckpoint",
  path: on,
  checkpointId,
  done,
});
const marked = (checkpointId: string, done = true) =>
  CheckpointMarked({ checkpointId, done, source: "marked" });
const checkIn = (cause: string, checkpointIds = ["attend"], on: PathNow | null = path): ProgressCommand => ({
  type: "RecordCheckIn",
  path: on,
  checkpointIds,
  cause,
});
const checkedIn = (cause: string, checkpointId = "attend") =>
  CheckpointMarked({ checkpointId, done: true, source: "checked-in", cause });
const follow = (checkedInAt: string[] = [], on: PathNow | null = path): ProgressCommand => ({
  type: "FollowPath",
  path: on,
  checkedIn: checkedInAt,
});

describe("following", () => {
  test("a member follows a published path", () => given().when(follow()).then(PathFollowed({})));

  test("a path the member may not read, or none, is not found: a hidden draft is not told apart", () =>
    given().when(follow([], null)).thenThrows(PathNotFound));

  test("a path the member reads that is not published is refused as such, followed or not", () => {
    for (const on of notPublished) {
      given().when(follow([], on)).thenThrows(PathNotPublished);
      given(PathFollowed({})).when(follow([], on)).thenThrows(PathNotPublished);
    }
  });

  test("following a followed path changes nothing", () =>
    given(PathFollowed({})).when(follow()).thenNothing());

  test("following after checking in marks the meetup checkpoint done", () =>
    given()
      .when(follow(["attend"]))
      .then(
        PathFollowed({}),
        CheckpointMarked({ checkpointId: "attend", done: true, source: "checked-in" }),
      ));

  test("unfollowing keeps the marks: following again restores the share and completes nothing again", () =>
    given(PathFollowed({}), marked("read"), PathUnfollowed({})).when(follow()).then(PathFollowed({})));

  test("only a followed path is unfollowed", () =>
    given().when({ type: "UnfollowPath", path }).thenThrows(NotFollowing));

  test("a member unfollows a path they follow, whatever its state now", () => {
    for (const on of notPublished)
      given(PathFollowed({})).when({ type: "UnfollowPath", path: on }).then(PathUnfollowed({}));
  });

  test("a path the member no longer reads is not found, followed or not: the answer would show it", () =>
    given(PathFollowed({})).when({ type: "UnfollowPath", path: null }).thenThrows(PathNotFound));
});

describe("marking", () => {
  test("marking follows the path first", () =>
    given().when(mark("read")).then(PathFollowed({}), marked("read")));

  test("the checkpoint must be in the path's current revision", () =>
    given(PathFollowed({})).when(mark("build")).thenThrows(CheckpointNotFound));

  test("the path must be readable, or it is not found", () =>
    given(PathFollowed({}))
      .when(mark("read", true, null))
      .thenThrows(PathNotFound));

  test("a readable path must be published, before its checkpoint is looked for", () => {
    for (const on of notPublished) {
      given(PathFollowed({}))
        .when(mark("read", true, on))
        .thenThrows(PathNotPublished);
      given()
        .when(mark("build", true, on))
        .thenThrows(PathNotPublished);
    }
  });

  test("a mark equal to the state records nothing", () =>
    given(PathFollowed({}), marked("read")).when(mark("read")).thenNothing());

  test("a checkpoint is marked not done again", () =>
    given(PathFollowed({}), marked("read")).when(mark("read", false)).then(marked("read", false)));

  test("a note goes with the mark, up to 500 characters", () => {
    given(PathFollowed({}))
      .when({ ...mark("read"), note: "Chapter 3 was the key" } as ProgressCommand)
      .then(
        CheckpointMarked({
          checkpointId: "read",
          done: true,
          source: "marked",
          note: "Chapter 3 was the key",
        }),
      );
    given(PathFollowed({}))
      .when({ ...mark("read"), note: "x".repeat(501) } as ProgressCommand)
      .thenThrows(InvalidProgress);
  });

  test("a new note on a done checkpoint is recorded", () =>
    given(PathFollowed({}), marked("read"))
      .when({ ...mark("read"), note: "again" } as ProgressCommand)
      .then(CheckpointMarked({ checkpointId: "read", done: true, source: "marked", note: "again" })));
});

describe("completing", () => {
  test("the mark that makes every current checkpoint done completes the path", () =>
    given(PathFollowed({}), marked("read"), marked("watch"))
      .when(mark("attend"))
      .then(marked("attend"), PathCompleted({ revision: 1 })));

  test("a checkpoint added by a revision un-completes it; completing again records it again", () =>
    given(PathFollowed({}), marked("read"), marked("watch"), marked("attend"), PathCompleted({ revision: 1 }))
      .when(mark("build", true, revised))
      .then(marked("build"), PathCompleted({ revision: 2 })));

  test("marks of removed checkpoints do not count: done ∩ current", () =>
    given(PathFollowed({}), marked("gone"), marked("read"), marked("watch"))
      .when(mark("attend"))
      .then(marked("attend"), PathCompleted({ revision: 1 })));
});

describe("completing, as revisions go", () => {
  const reassess = (on: PathNow | null): ProgressCommand => ({ type: "ReassessCompletion", path: on });
  const completed = [
    PathFollowed({}),
    marked("read"),
    marked("watch"),
    marked("attend"),
    PathCompleted({ revision: 1 }),
  ];

  test("a revision that adds a checkpoint ends the completion that held", () =>
    given(...completed)
      .when(reassess(revised))
      .then(PathCompletionLapsed({ revision: 2 })));

  test("a revision that removes the last checkpoints not done completes the path", () =>
    given(PathFollowed({}), marked("read"), marked("watch"))
      .when(reassess(shortened))
      .then(PathCompleted({ revision: 2 })));

  test("a revision that changes no checkpoint keeps the completion of the revision before", () =>
    given(...completed)
      .when(reassess({ ...path, revision: 2 }))
      .thenNothing());

  test("what already agrees with the revision records nothing: a revision delivered again, late or out of order", () => {
    given(...completed, PathCompletionLapsed({ revision: 2 }))
      .when(reassess(revised))
      .thenNothing();
    given(PathFollowed({}), marked("read"), marked("watch"), PathCompleted({ revision: 2 }))
      .when(reassess(shortened))
      .thenNothing();
    given(PathFollowed({}), marked("read")).when(reassess(revised)).thenNothing();
    given().when(reassess(revised)).thenNothing();
  });

  test("after an unfollow too: a completion counts whether or not its member follows", () => {
    given(...completed, PathUnfollowed({}))
      .when(reassess(revised))
      .then(PathCompletionLapsed({ revision: 2 }));
    given(PathFollowed({}), marked("read"), marked("watch"), PathUnfollowed({}))
      .when(reassess(shortened))
      .then(PathCompleted({ revision: 2 }));
  });

  test("whatever the path's status but a draft: an unpublished or archived path keeps its latest revision", () => {
    for (const status of ["unpublished", "archived"] as const)
      given(...completed)
        .when(reassess({ ...revised, status }))
        .then(PathCompletionLapsed({ revision: 2 }));
    given(...completed)
      .when(reassess({ ...revised, status: "draft" }))
      .thenNothing();
    given(...completed)
      .when(reassess(null))
      .thenNothing();
  });

  test("finishing the checkpoint a revision added completes the path again", () =>
    given(...completed, PathCompletionLapsed({ revision: 2 }))
      .when(mark("build", true, revised))
      .then(marked("build"), PathCompleted({ revision: 2 })));

  test("a mark decided on a revision the stream was not yet reassessed on brings the completion in line", () => {
    const noted = { ...mark("read", true, revised), note: "again" } as ProgressCommand;
    given(...completed)
      .when(noted)
      .then(
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked", note: "again" }),
        PathCompletionLapsed({ revision: 2 }),
      );
    given(PathFollowed({}), marked("read"), marked("watch"))
      .when({ ...mark("read", true, shortened), note: "again" } as ProgressCommand)
      .then(
        CheckpointMarked({ checkpointId: "read", done: true, source: "marked", note: "again" }),
        PathCompleted({ revision: 2 }),
      );
  });

  test("an erased member's progress is not reassessed", () =>
    given(...completed, ProgressErased({}))
      .when(reassess(revised))
      .thenNothing());
});

describe("checking in", () => {
  test("a check-in marks the meetup checkpoint done for a follower, naming its cause", () =>
    given(PathFollowed({})).when(checkIn("e1")).then(checkedIn("e1")));

  test("a check-in seen again changes nothing", () =>
    given(PathFollowed({}), checkedIn("e1"), marked("attend", false)).when(checkIn("e1")).thenNothing());

  test("a check-in does not make anyone follow", () => given().when(checkIn("e1")).thenNothing());

  test("a check-in on a path that is no longer published records nothing", () => {
    given(PathFollowed({}))
      .when(checkIn("e1", ["attend"], null))
      .thenNothing();
    for (const on of notPublished)
      given(PathFollowed({}))
        .when(checkIn("e1", ["attend"], on))
        .thenNothing();
  });

  test("a check-in that finishes the path completes it", () =>
    given(PathFollowed({}), marked("read"), marked("watch"))
      .when(checkIn("e1"))
      .then(checkedIn("e1"), PathCompleted({ revision: 1 })));
});

describe("visibility and erasure", () => {
  test("a follower shows their progress on their profile", () =>
    given(PathFollowed({}))
      .when({ type: "SetProgressVisibility", path, public: true })
      .then(ProgressVisibilitySet({ public: true })));

  test("the same visibility again changes nothing", () =>
    given(PathFollowed({}), ProgressVisibilitySet({ public: true }))
      .when({ type: "SetProgressVisibility", path, public: true })
      .thenNothing());

  test("only a followed path's visibility is set", () =>
    given().when({ type: "SetProgressVisibility", path, public: true }).thenThrows(NotFollowing));

  test("a followed path's visibility is set whatever its state, while the member reads it", () => {
    for (const on of notPublished)
      given(PathFollowed({}))
        .when({ type: "SetProgressVisibility", path: on, public: true })
        .then(ProgressVisibilitySet({ public: true }));
    given(PathFollowed({}))
      .when({ type: "SetProgressVisibility", path: null, public: true })
      .thenThrows(PathNotFound);
  });

  test("an erased member's progress records nothing more", () => {
    given(PathFollowed({})).when({ type: "EraseProgress" }).then(ProgressErased({}));
    given(PathFollowed({}), ProgressErased({})).when(checkIn("e1")).thenNothing();
    given(PathFollowed({}), ProgressErased({})).when({ type: "EraseProgress" }).thenNothing();
  });
});
