import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import { type PathCommand, pathDecider } from "./decider";
import {
  CannotForkOwnPath,
  InvalidPath,
  NothingChanged,
  NotTheCurator,
  PathArchived,
  PathNotFound,
  PathNotPublished,
} from "./errors";
import {
  PathArchived as PathArchivedFact,
  type PathContent,
  PathDraftEdited,
  PathDrafted,
  PathPublished,
  PathRevised,
  PathUnpublished,
} from "./events";

const { given } = deciderSpecification(pathDecider);

const curator = "0190aaaa-0000-7000-8000-00000000c001";
const organiser = "0190aaaa-0000-7000-8000-00000000c002";
const stranger = "0190aaaa-0000-7000-8000-00000000c003";
const at = "2026-05-10T10:00:00.000Z";
const by = (actor: string) => ({ metadata: { actor, at } });

const content: PathContent = {
  goal: "Learn event sourcing",
  description: "",
  tags: ["cqrs"],
  checkpoints: [
    { id: "read", task: "Read", resource: { kind: "link", url: "https://example.com", title: "Intro" } },
    { id: "watch", task: "Watch", resource: { kind: "talk", proposalId: "p1" } },
  ],
};
const revised: PathContent = { ...content, checkpoints: [...content.checkpoints].reverse() };

const drafted = PathDrafted({ curatorId: curator, communityId: "c1", content });
const published = PathPublished({ revision: 1, content });

const command = (body: PathCommand, actor = curator) => ({ ...body, ...by(actor) });
const edit = (changes: Partial<Extract<PathCommand, { type: "EditPath" }>> = {}, actor = curator) =>
  command(
    {
      type: "EditPath",
      pathId: "path",
      content: revised,
      newCheckpointIds: [],
      changeNote: "Watch first",
      actorOrganises: false,
      ...changes,
    },
    actor,
  );
const simple = (
  type: "PublishPath" | "UnpublishPath" | "ArchivePath",
  actor = curator,
  actorOrganises = false,
) => command({ type, pathId: "path", actorOrganises }, actor);

describe("drafting", () => {
  test("any member drafts a path they curate", () =>
    given()
      .when(
        command({
          type: "DraftPath",
          pathId: "path",
          communityId: "c1",
          content,
          newCheckpointIds: ["read", "watch"],
        }),
      )
      .then(drafted));

  test("a new path takes no checkpoint id it did not make", () =>
    given()
      .when(
        command({
          type: "DraftPath",
          pathId: "path",
          communityId: null,
          content,
          newCheckpointIds: ["read"],
        }),
      )
      .thenThrows(InvalidPath));

  test("a talk is a checkpoint of a path once", () =>
    given()
      .when(
        command({
          type: "DraftPath",
          pathId: "path",
          communityId: null,
          content: {
            ...content,
            checkpoints: [
              ...content.checkpoints,
              { id: "again", task: "Again", resource: { kind: "talk", proposalId: "p1" } },
            ],
          },
          newCheckpointIds: ["read", "watch", "again"],
        }),
      )
      .thenThrows(InvalidPath));

  test("a path has 1 to 30 checkpoints", () =>
    given()
      .when(
        command({
          type: "DraftPath",
          pathId: "path",
          communityId: null,
          content: { ...content, checkpoints: [] },
          newCheckpointIds: [],
        }),
      )
      .thenThrows(InvalidPath));

  test("a retried draft finds its path and drafts nothing again", () =>
    given(drafted)
      .when(
        command({
          type: "DraftPath",
          pathId: "path",
          communityId: "c1",
          content,
          newCheckpointIds: ["read", "watch"],
        }),
      )
      .thenNothing());
});

describe("editing", () => {
  test("before the first publish, an edit changes the draft", () =>
    given(drafted)
      .when(edit({ changeNote: "" }))
      .then(PathDraftEdited({ content: revised })));

  test("after the first publish, an edit is the next revision with its note", () =>
    given(drafted, published)
      .when(edit())
      .then(PathRevised({ revision: 2, content: revised, changeNote: "Watch first" })));

  test("an unpublished path is revised too", () =>
    given(drafted, published, PathUnpublished({}))
      .when(edit())
      .then(PathRevised({ revision: 2, content: revised, changeNote: "Watch first" })));

  test("a revision needs a change note", () =>
    given(drafted, published)
      .when(edit({ changeNote: "  " }))
      .thenThrows(InvalidPath));

  test("a change note is up to 300 characters", () =>
    given(drafted, published)
      .when(edit({ changeNote: "x".repeat(301) }))
      .thenThrows(InvalidPath));

  test("a revision that says the same as the latest is refused", () =>
    given(drafted, published).when(edit({ content })).thenThrows(NothingChanged));

  test("an unchanged draft changes nothing", () => given(drafted).when(edit({ content })).thenNothing());

  test("a checkpoint id must be one of the path's own", () =>
    given(drafted)
      .when(
        edit({
          content: {
            ...content,
            checkpoints: [
              { id: "made-up", task: "Read", resource: content.checkpoints[0]?.resource as never },
            ],
          },
        }),
      )
      .thenThrows(InvalidPath));

  test("a new checkpoint has the id the handler made", () =>
    given(drafted)
      .when(
        edit({
          content: {
            ...content,
            checkpoints: [
              ...content.checkpoints,
              { id: "new", task: "Meet", resource: { kind: "meetup", meetupId: "m1" } },
            ],
          },
          newCheckpointIds: ["new"],
        }),
      )
      .then(
        PathDraftEdited({
          content: {
            ...content,
            checkpoints: [
              ...content.checkpoints,
              { id: "new", task: "Meet", resource: { kind: "meetup", meetupId: "m1" } },
            ],
          },
        }),
      ));

  test("an organiser of the path's community edits it too", () =>
    given(drafted)
      .when(edit({ actorOrganises: true }, organiser))
      .then(PathDraftEdited({ content: revised })));

  test("anyone else is not the curator", () =>
    given(drafted).when(edit({}, stranger)).thenThrows(NotTheCurator));

  test("a personal path has no organisers", () =>
    given(PathDrafted({ curatorId: curator, communityId: null, content }))
      .when(edit({ actorOrganises: true }, organiser))
      .thenThrows(NotTheCurator));

  test("an archived path no longer changes", () =>
    given(drafted, PathArchivedFact({})).when(edit()).thenThrows(PathArchived));

  test("a path that does not exist is not found", () => given().when(edit()).thenThrows(PathNotFound));
});

describe("publishing", () => {
  test("the first publish makes revision 1 of the draft", () =>
    given(drafted)
      .when(simple("PublishPath"))
      .then(PathPublished({ revision: 1, content })));

  test("publishing again after an unpublish shows the latest revision as it is", () =>
    given(
      drafted,
      published,
      PathRevised({ revision: 2, content: revised, changeNote: "x" }),
      PathUnpublished({}),
    )
      .when(simple("PublishPath"))
      .then(PathPublished({ revision: 2, content: revised })));

  test("publishing a published path changes nothing", () =>
    given(drafted, published).when(simple("PublishPath")).thenNothing());

  test("an organiser of its community publishes it too; a stranger may not", () => {
    given(drafted)
      .when(simple("PublishPath", organiser, true))
      .then(PathPublished({ revision: 1, content }));
    given(drafted).when(simple("PublishPath", stranger)).thenThrows(NotTheCurator);
  });

  test("an archived path is not published again", () =>
    given(drafted, published, PathArchivedFact({})).when(simple("PublishPath")).thenThrows(PathArchived));
});

describe("unpublishing and archiving", () => {
  test("a published path is unpublished; anything else changes nothing", () => {
    given(drafted, published).when(simple("UnpublishPath")).then(PathUnpublished({}));
    given(drafted).when(simple("UnpublishPath")).thenNothing();
  });

  test("only the curator or an organiser unpublishes", () =>
    given(drafted, published).when(simple("UnpublishPath", stranger)).thenThrows(NotTheCurator));

  test("the curator archives, once", () => {
    given(drafted, published).when(simple("ArchivePath")).then(PathArchivedFact({}));
    given(drafted, PathArchivedFact({})).when(simple("ArchivePath")).thenNothing();
  });

  test("only the curator or an organiser archives", () =>
    given(drafted).when(simple("ArchivePath", stranger)).thenThrows(NotTheCurator));

  test("archiving an archived path again is the curator's no-op, and anyone else's NotTheCurator", () => {
    given(drafted, published, PathArchivedFact({}))
      .when(simple("ArchivePath", stranger))
      .thenThrows(NotTheCurator);
    given(drafted, PathArchivedFact({})).when(simple("ArchivePath", stranger)).thenThrows(NotTheCurator);
  });
});

describe("forking", () => {
  const original = (status: "published" | "unpublished" | "archived" | "draft") => ({
    pathId: "original",
    curatorId: curator,
    status,
    revision: 3,
    content,
  });

  test("a fork is the forker's draft of the original's latest content, remembering its revision", () =>
    given()
      .when(command({ type: "ForkPath", pathId: "fork", original: original("published") }, stranger))
      .then(
        PathDrafted({
          curatorId: stranger,
          communityId: null,
          content,
          forkedFrom: { pathId: "original", revision: 3 },
        }),
      ));

  test("nobody forks their own path", () =>
    given()
      .when(command({ type: "ForkPath", pathId: "fork", original: original("published") }, curator))
      .thenThrows(CannotForkOwnPath));

  test("only a published path is forked", () => {
    for (const status of ["draft", "unpublished", "archived"] as const)
      given()
        .when(command({ type: "ForkPath", pathId: "fork", original: original(status) }, stranger))
        .thenThrows(PathNotPublished);
  });
});
