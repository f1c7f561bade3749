import type { DocumentKey } from "../documents/document-store";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import { renderMarkdown } from "../text/markdown";
import { type CheckpointChange, pathChanges } from "./changes";
import type { PathStatus } from "./decider";
import type { PathContent, PathEvent, PathOriginRef } from "./events";
import { pathSlug } from "./slug";

export const pathStream = (pathId: string): string => `path-${pathId}`;
export const pathIdOfStream = (streamId: string): string => streamId.slice("path-".length);

const pathPartition = (pathId: string) => `path#${pathId}`;
const revisionSortPrefix = "revision#";
const entrySortPrefix = "list#";
// Zero-padded, so that revisions sort by number: no path is revised a million times.
const revisionSort = (revision: number) => `${revisionSortPrefix}${String(revision).padStart(6, "0")}`;

export const pathKey = (pathId: string): DocumentKey => ({ partition: pathPartition(pathId), sort: "path" });
export const pathRevisionKey = (pathId: string, revision: number): DocumentKey => ({
  partition: pathPartition(pathId),
  sort: revisionSort(revision),
});
/** The primary range of a path's revisions, oldest first. */
export const pathRevisionsRange = (pathId: string) => ({
  partition: pathPartition(pathId),
  beginsWith: revisionSortPrefix,
});
/** Every slug a path ever held finds it: the current one and the ones its goal had before. */
export const pathSlugKey = (slug: string): DocumentKey => ({ partition: `path-slug#${slug}`, sort: "slug" });

/**
 * The counters the progress context's projection keeps for a path (projected counters: no path kind
 * writes them): the members following it now, and those who completed it.
 */
export const learnerCountKey = (pathId: string): DocumentKey => ({
  partition: `path-counts#${pathId}`,
  sort: "learners",
});
export const completionCountKey = (pathId: string): DocumentKey => ({
  partition: `path-counts#${pathId}`,
  sort: "completions",
});

/*
 * The lists paths are browsed in, each the `first` index of one kind of entry a path owns (a document
 * holds two index keys, and a path is on up to a dozen lists). Published lists are by first publish,
 * read newest first.
 */
export const publishedPathsPartition = "paths-published";
export const tagPathsPartition = (tag: string) => `paths-tag#${tag}`;
export const curatorPathsPartition = (memberId: string) => `paths-curator#${memberId}`;
export const communityPathsPartition = (communityId: string) => `paths-community#${communityId}`;
/** Everything a member curates but the archived paths, drafts included, by latest change. */
export const ownPathsPartition = (memberId: string) => `paths-own#${memberId}`;
/** An original's published forks. */
export const pathForksPartition = (pathId: string) => `path-forks#${pathId}`;
/** The published paths with a checkpoint on the talk (its "part of N learning paths"). */
export const talkPathsPartition = (proposalId: string) => `paths-talk#${proposalId}`;
/** The published paths with a checkpoint on the meetup (what a check-in completes). */
export const meetupPathsPartition = (meetupId: string) => `paths-meetup#${meetupId}`;

/** A path, as its latest content says it. */
export interface PathDocument {
  id: string;
  curatorId: string;
  communityId: string | null;
  status: PathStatus;
  /** 0 while a draft never published. */
  revision: number;
  /** The draft's, or the latest revision's. */
  content: PathContent;
  descriptionHtml: string;
  slug: string;
  forkedFrom: PathOriginRef | null;
  draftedAt: string;
  /** The first publish. */
  publishedAt: string | null;
  /** The latest revision, or draft edit. */
  updatedAt: string;
  /** Whether it was published when it was archived: then anyone may still read it by its address. */
  publicWhenArchived: boolean;
}

/** A revision, as it was made: never changed by later edits. */
export interface PathRevisionDocument {
  pathId: string;
  revision: number;
  /** Empty for revision 1. */
  changeNote: string;
  madeAt: string;
  content: PathContent;
  /** Against the revision before (none for revision 1). */
  changes: CheckpointChange[];
  goalChanged: boolean;
}

export interface PathSlugDocument {
  slug: string;
  pathId: string;
}

/** A path's place on one list. */
export interface PathListEntry {
  pathId: string;
}

type PathEnvelope = EnvelopeOf<PathEvent>;

const pathIdOf = (event: PathEnvelope) => pathIdOfStream(event.streamId);

/** The path after the event: the kinds before the path's own read it as it was and apply this. */
export function pathAfter(path: PathDocument | undefined, event: PathEnvelope): PathDocument | undefined {
  const at = event.meta.occurredAt;
  const id = pathIdOf(event);
  const withContent = (content: PathContent) => ({
    content,
    descriptionHtml: renderMarkdown(content.description),
    slug: pathSlug(content.goal, id),
  });
  if (event.type === "PathDrafted")
    return {
      id,
      curatorId: event.data.curatorId,
      communityId: event.data.communityId ?? null,
      status: "draft",
      revision: 0,
      ...withContent(event.data.content),
      forkedFrom: event.data.forkedFrom ?? null,
      draftedAt: at,
      publishedAt: null,
      updatedAt: at,
      publicWhenArchived: false,
    };
  if (!path) return undefined;
  switch (event.type) {
    case "PathDraftEdited":
      return { ...path, ...withContent(event.data.content), updatedAt: at };
    case "PathPublished":
      return {
        ...path,
        ...withContent(event.data.content),
        status: "published",
        revision: event.data.revision,
        publishedAt: path.publishedAt ?? at,
        updatedAt: path.revision === 0 ? at : path.updatedAt,
      };
    case "PathRevised":
      return { ...path, ...withContent(event.data.content), revision: event.data.revision, updatedAt: at };
    case "PathUnpublished":
      return { ...path, status: "unpublished" };
    case "PathArchived":
      return { ...path, status: "archived", publicWhenArchived: path.status === "published" };
  }
}

const pathKeyOf = (event: PathEnvelope) => pathKey(pathIdOf(event));

const pathDocuments: DocumentKind<PathEvent, PathDocument> = {
  // Touched by every event, so that the kinds before it can read it.
  touches: (event) => [pathKeyOf(event)],
  evolve({ body }, event) {
    const path = pathAfter(body, event);
    return path ? { type: "upsert", body: path } : { type: "unchanged" };
  },
};

const revisionDocuments: DocumentKind<PathEvent, PathRevisionDocument> = {
  touches: (event) =>
    event.type === "PathPublished" || event.type === "PathRevised"
      ? [pathRevisionKey(pathIdOf(event), event.data.revision)]
      : [],
  evolve({ body }, event, touched) {
    if (event.type !== "PathPublished" && event.type !== "PathRevised") return { type: "unchanged" };
    // Publishing again after an unpublish shows a revision that already has its document.
    if (body) return { type: "unchanged" };
    const before = touched.get<PathDocument>(pathKeyOf(event));
    const { content, revision } = event.data;
    const { changes, goalChanged } =
      event.type === "PathRevised" && before
        ? pathChanges(before.content, content)
        : { changes: [], goalChanged: false };
    return {
      type: "upsert",
      body: {
        pathId: pathIdOf(event),
        revision,
        changeNote: event.type === "PathRevised" ? event.data.changeNote : "",
        madeAt: event.meta.occurredAt,
        content,
        changes,
        goalChanged,
      },
    };
  },
};

const contentOf = (event: PathEnvelope): PathContent | undefined =>
  "content" in event.data ? (event.data.content as PathContent) : undefined;

/** One per slug the path's goal ever gave it; never removed, so that an old address still finds it. */
const slugDocuments: DocumentKind<PathEvent, PathSlugDocument> = {
  touches(event) {
    const content = contentOf(event);
    return content ? [pathSlugKey(pathSlug(content.goal, pathIdOf(event)))] : [];
  },
  evolve({ key, body }, event) {
    if (body) return { type: "unchanged" };
    return {
      type: "upsert",
      body: { slug: key.partition.slice("path-slug#".length), pathId: pathIdOf(event) },
    };
  },
};

/** Where the path is listed, by entry name, and its order there. */
function listsOf(path: PathDocument): Map<string, { partition: string; sort: string }> {
  const lists = new Map<string, { partition: string; sort: string }>();
  if (path.status !== "archived")
    lists.set("own", { partition: ownPathsPartition(path.curatorId), sort: `${path.updatedAt}#${path.id}` });
  if (path.status !== "published") return lists;
  const sort = `${path.publishedAt ?? path.updatedAt}#${path.id}`;
  lists.set("published", { partition: publishedPathsPartition, sort });
  lists.set("curator", { partition: curatorPathsPartition(path.curatorId), sort });
  if (path.communityId)
    lists.set("community", { partition: communityPathsPartition(path.communityId), sort });
  if (path.forkedFrom) lists.set("fork", { partition: pathForksPartition(path.forkedFrom.pathId), sort });
  for (const name of contentListNames(path.content))
    lists.set(name, { partition: partitionOfList(name), sort });
  return lists;
}

/** The lists a path's content puts it on while published: its tags', its talks' and its meetups'. */
function contentListNames(content: PathContent): string[] {
  return [
    ...content.tags.map((tag) => `tag#${tag}`),
    ...content.checkpoints.flatMap(({ resource }) =>
      resource.kind === "talk"
        ? [`talk#${resource.proposalId}`]
        : resource.kind === "meetup"
          ? [`meetup#${resource.meetupId}`]
          : [],
    ),
  ];
}

function partitionOfList(name: string): string {
  const [list, ...rest] = name.split("#");
  const value = rest.join("#");
  return list === "tag"
    ? tagPathsPartition(value)
    : list === "talk"
      ? talkPathsPartition(value)
      : meetupPathsPartition(value);
}

const entryKey = (pathId: string, name: string): DocumentKey => ({
  partition: pathPartition(pathId),
  sort: `${entrySortPrefix}${name}`,
});

/** The path's entries on every list it is on: a list it leaves loses its entry. */
const listEntries: DocumentKind<PathEvent, PathListEntry> = {
  touches(event) {
    const pathId = pathIdOf(event);
    const content = contentOf(event);
    // The entries it has (the range), and those the event may give it: a range finds only what exists.
    return [
      { partition: pathPartition(pathId), beginsWith: entrySortPrefix },
      ...["own", "published", "curator", "community", "fork"].map((name) => entryKey(pathId, name)),
      ...(content ? contentListNames(content).map((name) => entryKey(pathId, name)) : []),
    ];
  },
  evolve({ key, body }, event, touched) {
    const path = pathAfter(touched.get<PathDocument>(pathKeyOf(event)), event);
    const list = path ? listsOf(path).get(key.sort.slice(entrySortPrefix.length)) : undefined;
    if (!list || !path) return body ? { type: "delete" } : { type: "unchanged" };
    return { type: "upsert", body: { pathId: path.id }, indexes: { first: list } };
  },
};

/**
 * A path stream's documents: the path, each revision, every slug it held, and its entries on the lists
 * it is browsed in. The path's own kind comes last: the others read it as it was before the event.
 */
export const pathProjection: DocumentProjection<PathEvent> = {
  name: "paths",
  categories: ["path"],
  kinds: [listEntries, revisionDocuments, slugDocuments, pathDocuments],
};

export const pathProjections: readonly Projection[] = [pathProjection as DocumentProjection];
