import { describe, expect, test } from "vitest";
import { projectionSpecification } from "../testing/projecting";
import {
  meetupPathsPartition,
  ownPathsPartition,
  pathForksPartition,
  pathKey,
  pathProjection,
  pathRevisionKey,
  pathSlugKey,
  publishedPathsPartition,
  tagPathsPartition,
  talkPathsPartition,
} from "./documents";
import {
  PathArchived,
  type PathContent,
  PathDrafted,
  PathPublished,
  PathRevised,
  PathUnpublished,
} from "./events";
import { pathSlug } from "./slug";

const pathId = "0190aaaa-0000-7000-8000-0000001a2b3c";
const curatorId = "0190aaaa-0000-7000-8000-00000000c001";
const path = projectionSpecification(pathProjection, `path-${pathId}`);

const content: PathContent = {
  goal: "Learn event sourcing",
  description: "The **first** step.",
  tags: ["cqrs"],
  checkpoints: [
    { id: "read", task: "Read", resource: { kind: "link", url: "https://example.com", title: "Intro" } },
    { id: "watch", task: "Watch", resource: { kind: "talk", proposalId: "p1" } },
    { id: "meet", task: "Meet", resource: { kind: "meetup", meetupId: "m1" } },
  ],
};
const revised: PathContent = {
  ...content,
  goal: "Learn event sourcing well",
  checkpoints: [content.checkpoints[1], content.checkpoints[0]] as PathContent["checkpoints"],
};
const drafted = PathDrafted({ curatorId, communityId: "c1", content });

/** The lists the path is on: its entries that are not tombstones. */
const indexOf = (
  documents: { key: { sort: string }; body: unknown; indexes: Record<string, { partition: string }> }[],
) =>
  documents
    .filter((document) => document.key.sort.startsWith("list#") && document.body !== null)
    .map((document) => document.indexes.first?.partition)
    .sort();

describe("the path", () => {
  test("a draft is on its curator's own list only, with its slug", () =>
    path.given(drafted).thenDocuments((documents) => {
      expect(documents.find((document) => document.key.sort === "path")?.body).toMatchObject({
        id: pathId,
        curatorId,
        communityId: "c1",
        status: "draft",
        revision: 0,
        slug: "learn-event-sourcing-1a2b3c",
        descriptionHtml: expect.stringContaining("<strong>first</strong>"),
        publishedAt: null,
      });
      expect(indexOf(documents as never)).toEqual([ownPathsPartition(curatorId)]);
      expect(
        documents.find(
          (document) => document.key.partition === pathSlugKey(pathSlug(content.goal, pathId)).partition,
        )?.body,
      ).toEqual({
        slug: "learn-event-sourcing-1a2b3c",
        pathId,
      });
    }));

  test("a published path is on every list its content names, newest first by its first publish", () =>
    path
      .given(drafted, { ...PathPublished({ revision: 1, content }), at: "2026-02-01T00:00:00.000Z" })
      .thenDocuments((documents) => {
        expect(indexOf(documents as never)).toEqual(
          [
            "paths-community#c1",
            `paths-curator#${curatorId}`,
            meetupPathsPartition("m1"),
            ownPathsPartition(curatorId),
            publishedPathsPartition,
            tagPathsPartition("cqrs"),
            talkPathsPartition("p1"),
          ].sort(),
        );
        const published = documents.find((document) => document.key.sort === "list#published");
        expect(published?.indexes.first?.sort).toBe(`2026-02-01T00:00:00.000Z#${pathId}`);
        expect(documents.find((document) => document.key.sort === "path")?.body).toMatchObject({
          status: "published",
          revision: 1,
          publishedAt: "2026-02-01T00:00:00.000Z",
        });
      }));

  test("a revision keeps its content, note and changes; a dropped checkpoint's list loses the path; the old slug stays", () =>
    path
      .given(
        drafted,
        PathPublished({ revision: 1, content }),
        PathRevised({ revision: 2, content: revised, changeNote: "Talk first" }),
      )
      .thenDocuments((documents) => {
        const byKey = (partition: string, sort: string) =>
          documents.find((document) => document.key.partition === partition && document.key.sort === sort);
        const second = pathRevisionKey(pathId, 2);
        expect(byKey(second.partition, second.sort)?.body).toMatchObject({
          revision: 2,
          changeNote: "Talk first",
          content: revised,
          goalChanged: true,
          changes: [
            { kind: "moved", checkpointId: "read" },
            { kind: "removed", checkpointId: "meet" },
          ],
        });
        const first = pathRevisionKey(pathId, 1);
        expect(byKey(first.partition, first.sort)?.body).toMatchObject({ revision: 1, changes: [], content });
        expect(byKey(pathKey(pathId).partition, "list#meetup#m1")?.body).toBeNull();
        expect(byKey(pathSlugKey("learn-event-sourcing-1a2b3c").partition, "slug")?.body).toMatchObject({
          pathId,
        });
        expect(byKey(pathSlugKey("learn-event-sourcing-well-1a2b3c").partition, "slug")?.body).toMatchObject({
          pathId,
        });
        expect(byKey(pathKey(pathId).partition, "path")?.body).toMatchObject({
          slug: "learn-event-sourcing-well-1a2b3c",
        });
      }));

  test("an unpublished path leaves the public lists and stays on its curator's own", () =>
    path
      .given(drafted, PathPublished({ revision: 1, content }), PathUnpublished({}))
      .thenDocuments((documents) => {
        expect(indexOf(documents as never)).toEqual([ownPathsPartition(curatorId)]);
      }));

  test("an archived path leaves every list, and is public by address if it was published then", () =>
    path
      .given(drafted, PathPublished({ revision: 1, content }), PathArchived({}))
      .thenDocuments((documents) => {
        expect(indexOf(documents as never)).toEqual([]);
        expect(documents.find((document) => document.key.sort === "path")?.body).toMatchObject({
          status: "archived",
          publicWhenArchived: true,
        });
      }));

  test("a published fork is on its original's list of forks", () =>
    path
      .given(
        PathDrafted({
          curatorId,
          communityId: null,
          content,
          forkedFrom: { pathId: "original", revision: 2 },
        }),
        PathPublished({ revision: 1, content }),
      )
      .thenDocuments((documents) => {
        expect(indexOf(documents as never)).toContain(pathForksPartition("original"));
        expect(documents.find((document) => document.key.sort === "path")?.body).toMatchObject({
          forkedFrom: { pathId: "original", revision: 2 },
          communityId: null,
        });
      }));
});
