import type { DocumentStore } from "../documents/document-store";
import { InvalidCursor } from "../documents/errors";
import { listCursor, sortOfCursor } from "../documents/list-cursor";
import { checkLimit, everyDocument, getMany, type Page, pageOf } from "../documents/paged-query";
import { isUuid } from "../ids/new-id";
import { readCounters } from "../projection/projected-counter";
import type { CheckpointChange } from "./changes";
import type { CommunityRoles, PathCommunityStanding, ViewerStandings } from "./community-roles";
import type { PathStatus } from "./decider";
import {
  communityPathsPartition,
  completionCountKey,
  curatorPathsPartition,
  learnerCountKey,
  meetupPathsPartition,
  ownPathsPartition,
  type PathDocument,
  type PathListEntry,
  type PathRevisionDocument,
  type PathSlugDocument,
  pathForksPartition,
  pathKey,
  pathRevisionsRange,
  pathSlugKey,
  publishedPathsPartition,
  tagPathsPartition,
  talkPathsPartition,
} from "./documents";
import type { Checkpoint, PathOriginRef } from "./events";
import type { MemberProfiles } from "./member-profiles";
import type { PathMeetups } from "./path-meetups";
import type { PathTalks } from "./path-talks";
import { isPathSlug } from "./slug";

export interface PathQueriesOptions {
  documents: DocumentStore;
  communities: CommunityRoles;
  members: MemberProfiles;
  talks: PathTalks;
  meetups: PathMeetups;
}

/** A path as the viewer may see it. */
export interface PathView {
  id: string;
  /** The current slug: an old one finds the path, and differs from this. */
  slug: string;
  goal: string;
  /** Markdown source. */
  description: string;
  descriptionHtml: string;
  tags: string[];
  /** In order; the draft's for a draft. */
  checkpoints: Checkpoint[];
  curatorId: string;
  /** The curator was erased: readers see "erased member". */
  curatorErased: boolean;
  communityId: string | null;
  status: PathStatus;
  revision: number;
  draftedAt: string;
  publishedAt: string | null;
  updatedAt: string;
  forkedFrom: PathOriginRef | null;
  /** The curator, or an organiser of its community, while it is not archived. */
  viewerCanEdit: boolean;
  /** Signed in, published, not the viewer's own. */
  viewerCanFork: boolean;
}

/** A revision as readers see it. */
export interface PathRevisionView {
  pathId: string;
  revision: number;
  changeNote: string;
  /** When the revision was made. */
  madeAt: string;
  changes: CheckpointChange[];
  goalChanged: boolean;
}

/** One item of a list, and the cursor that starts a page right after it (relay edges). */
export interface Edge<Node> {
  node: Node;
  cursor: string;
}

/** One page of a list, and the cursor of the next when more follow. */
export interface EdgePage<Node> {
  edges: Edge<Node>[];
  cursor?: string;
}

export type PathOrder = "newest" | "most-followed";

/** Published paths of one tag, curator or community (the first given of community, curator, tag), or all. */
export interface PathFilter {
  tag?: string;
  curatorId?: string;
  communityId?: string;
  order?: PathOrder;
}

/** The public counts of a path. */
export interface PathCounts {
  /** Following it now. */
  learners: number;
  /** Completed it. */
  completions: number;
  /** Its published forks. */
  forks: number;
}

/** A talk or meetup of the community, for the editor's search. */
export type ResourceHit = { kind: "talk"; proposalId: string } | { kind: "meetup"; meetupId: string };

/**
 * Every read of paths, each with its rule about who sees what: published paths are public; drafts and
 * unpublished paths are for their curator and (community paths) its organisers; an archived path is out
 * of every list, and read by its address by whoever could read it when it was archived.
 */
export interface PathQueries {
  /** In one batch (a DataLoader's); undefined where the viewer may not see it. */
  pathById(
    pathIds: readonly string[],
    viewerId: string | undefined,
    standings?: ViewerStandings,
  ): Promise<(PathView | undefined)[]>;
  /** By its current or a former slug. */
  pathBySlug(slug: string, viewerId: string | undefined): Promise<PathView | undefined>;
  /** Published paths, newest first, or most followed (see `mostFollowedWindow`). */
  paths(filter: PathFilter, page: Page, viewerId: string | undefined): Promise<EdgePage<PathView>>;
  /** A member's published paths, newest first. */
  curatedBy(memberId: string, page: Page, viewerId: string | undefined): Promise<EdgePage<PathView>>;
  /** Every path the viewer curates but the archived ones, drafts included, latest change first; none for a visitor. */
  myPaths(viewerId: string | undefined, page: Page): Promise<EdgePage<PathView>>;
  /** An original's published forks, newest first. */
  forksOf(pathId: string, page: Page, viewerId?: string): Promise<EdgePage<PathView>>;
  /** The revisions, newest first, for whoever may see the path. */
  revisionsOf(pathId: string, viewerId: string | undefined): Promise<PathRevisionView[]>;
  /** The published paths with a checkpoint on the talk, most followed first (then newest), up to `first` (1 to 100). */
  pathsWithTalk(proposalId: string, viewerId: string | undefined, first: number): Promise<PathView[]>;
  pathCountOfTalk(proposalId: string): Promise<number>;
  pathCountOfMeetup(meetupId: string): Promise<number>;
  /** The ids of the published paths with a checkpoint on the meetup: what a check-in there completes. */
  pathsWithMeetup(meetupId: string): Promise<string[]>;
  /** In one batch: 0 until the progress context counted anything. */
  countsOf(pathIds: readonly string[]): Promise<PathCounts[]>;
  /**
   * The community's confirmed talks and published meetups whose titles hold every word of `text`
   * (case-insensitive), talks first, up to `first` (1 to 50): for signed-in members only.
   */
  resourceSearch(
    communityId: string,
    text: string,
    first: number,
    viewerId: string | undefined,
  ): Promise<ResourceHit[]>;
}

/**
 * MOST_FOLLOWED orders the newest 2,000 published paths of the filter by their learners, then newest:
 * no index orders by a count that changes with every follow, and paths older than that rarely lead.
 */
export const mostFollowedWindow = 2_000;
/** The counts of lists (a talk's paths, an original's forks) are read from their index, up to this. */
const countLimit = 1_000;
/** A filter on two things reads the list of one and keeps those of the other, at most this many pages. */
const filteredPages = 10;
/** Each search reads the community's newest talks and meetups, this many of each. */
const searchScope = 100;

const isId = (value: unknown): value is string => typeof value === "string" && isUuid(value);

export function pathQueries(options: PathQueriesOptions): PathQueries {
  const { documents, communities, members, talks, meetups } = options;

  function standingsOf(viewerId: string | undefined, given?: ViewerStandings) {
    const known = new Map<string, Promise<PathCommunityStanding | null>>();
    return (communityId: string): Promise<PathCommunityStanding | null> => {
      if (!isId(viewerId)) return Promise.resolve(null);
      if (given) return given(communityId);
      let standing = known.get(communityId);
      if (!standing) {
        standing = communities.roleOf(communityId, viewerId);
        known.set(communityId, standing);
      }
      return standing;
    };
  }

  /** Whether the viewer looks after the path: its curator, or an organiser of its community. */
  async function looksAfter(
    path: PathDocument,
    viewerId: string | undefined,
    standingOf: (communityId: string) => Promise<PathCommunityStanding | null>,
  ): Promise<boolean> {
    if (!isId(viewerId)) return false;
    if (path.curatorId === viewerId) return true;
    return path.communityId !== null && (await standingOf(path.communityId)) === "organiser";
  }

  function canRead(path: PathDocument, caretaker: boolean): boolean {
    if (path.status === "published") return true;
    if (path.status === "archived") return path.publicWhenArchived || caretaker;
    return caretaker;
  }

  async function viewsOf(
    paths: readonly (PathDocument | undefined)[],
    viewerId: string | undefined,
    given?: ViewerStandings,
  ): Promise<(PathView | undefined)[]> {
    const standingOf = standingsOf(viewerId, given);
    const curatorIds = [...new Set(paths.flatMap((path) => (path ? [path.curatorId] : [])))];
    const profiles = curatorIds.length > 0 ? await members.byIds(curatorIds) : [];
    const erased = new Set(curatorIds.filter((_, index) => profiles[index]?.erased === true));
    return Promise.all(
      paths.map(async (path) => {
        if (!path) return undefined;
        const caretaker = await looksAfter(path, viewerId, standingOf);
        if (!canRead(path, caretaker)) return undefined;
        return {
          id: path.id,
          slug: path.slug,
          goal: path.content.goal,
          description: path.content.description,
          descriptionHtml: path.descriptionHtml,
          tags: path.content.tags,
          checkpoints: path.content.checkpoints,
          curatorId: path.curatorId,
          curatorErased: erased.has(path.curatorId),
          communityId: path.communityId,
          status: path.status,
          revision: path.revision,
          draftedAt: path.draftedAt,
          publishedAt: path.publishedAt,
          updatedAt: path.updatedAt,
          forkedFrom: path.forkedFrom,
          viewerCanEdit: caretaker && path.status !== "archived",
          viewerCanFork: isId(viewerId) && path.status === "published" && path.curatorId !== viewerId,
        };
      }),
    );
  }

  async function pathById(pathIds: readonly string[], viewerId: string | undefined, given?: ViewerStandings) {
    const valid = pathIds.filter(isId);
    const found = await getMany<PathDocument>(documents, valid.map(pathKey));
    const byId = new Map(found.flatMap((path) => (path ? [[path.id, path] as const] : [])));
    return viewsOf(
      pathIds.map((pathId) => byId.get(pathId)),
      viewerId,
      given,
    );
  }

  /**
   * One page of a list of published paths, newest first, keeping only those `keep` accepts (a second
   * filter): pages are read until the page is full or the list ends.
   */
  async function listPage(
    partition: string,
    page: Page,
    viewerId: string | undefined,
    keep: (path: PathDocument) => boolean = () => true,
  ): Promise<EdgePage<PathView>> {
    const limit = checkLimit(page.limit);
    const edges: Edge<PathView>[] = [];
    let cursor = page.cursor;
    for (let read = 0; read < filteredPages && edges.length < limit; read++) {
      const found = await pageOf<PathListEntry>(
        documents,
        { index: "first", partition, order: "descending" },
        { limit: limit - edges.length, ...(cursor === undefined ? {} : { cursor }) },
      );
      const paths = await getMany<PathDocument>(
        documents,
        found.rows.map((row) => pathKey(row.body.pathId)),
      );
      const views = await viewsOf(
        paths.map((path) => (path && keep(path) ? path : undefined)),
        viewerId,
      );
      found.rows.forEach((row, index) => {
        const view = views[index];
        if (view) edges.push({ node: view, cursor: listCursor(row.sort) });
      });
      const last = found.rows.at(-1);
      cursor = found.cursor;
      if (!cursor) return { edges };
      // Filtered out rows still move the list on: the next page starts after the last row read.
      if (last) cursor = listCursor(last.sort);
    }
    return { edges, ...(cursor ? { cursor } : {}) };
  }

  async function mostFollowed(
    partition: string,
    page: Page,
    viewerId: string | undefined,
    keep: (path: PathDocument) => boolean,
  ): Promise<EdgePage<PathView>> {
    const limit = checkLimit(page.limit);
    const offset = page.cursor === undefined ? 0 : offsetOfCursor(page.cursor);
    const entries: PathListEntry[] = [];
    let storeCursor: string | undefined;
    do {
      const found = await documents.query<PathListEntry>("first", {
        partition,
        order: "descending",
        limit: Math.min(1_000, mostFollowedWindow - entries.length),
        ...(storeCursor ? { cursor: storeCursor } : {}),
      });
      for (const document of found.documents) if (document.body) entries.push(document.body);
      storeCursor = found.cursor;
    } while (storeCursor && entries.length < mostFollowedWindow);
    const paths = (
      await getMany<PathDocument>(
        documents,
        entries.map((entry) => pathKey(entry.pathId)),
      )
    ).filter((path): path is PathDocument => path !== undefined && path.status === "published" && keep(path));
    const learners = await readCounters(
      documents,
      paths.map((path) => learnerCountKey(path.id)),
    );
    // Newest first already (the list's order): a stable sort keeps it among equal counts.
    const ranked = paths
      .map((path, index) => ({ path, learners: learners[index] ?? 0 }))
      .sort((left, right) => right.learners - left.learners);
    const shown = ranked.slice(offset, offset + limit);
    const views = await viewsOf(
      shown.map(({ path }) => path),
      viewerId,
    );
    const edges = shown.flatMap((_, index) => {
      const view = views[index];
      return view ? [{ node: view, cursor: rankCursor(offset + index + 1) }] : [];
    });
    return { edges, ...(offset + limit < ranked.length ? { cursor: rankCursor(offset + limit) } : {}) };
  }

  const slugOf = async (slug: string) =>
    isPathSlug(slug)
      ? ((await documents.get<PathSlugDocument>(pathSlugKey(slug)))?.body ?? undefined)
      : undefined;

  async function visiblePath(pathId: string, viewerId: string | undefined) {
    if (!isId(pathId)) return undefined;
    return (await pathById([pathId], viewerId))[0];
  }

  async function countOf(partition: string): Promise<number> {
    const { documents: found } = await documents.query("first", { partition, limit: countLimit });
    return found.filter((document) => document.body).length;
  }

  return {
    pathById,

    async pathBySlug(slug, viewerId) {
      const found = await slugOf(slug);
      return found ? visiblePath(found.pathId, viewerId) : undefined;
    },

    async paths(filter, page, viewerId) {
      const { tag, curatorId, communityId, order = "newest" } = filter;
      const partition = communityId
        ? communityPathsPartition(communityId)
        : curatorId
          ? curatorPathsPartition(curatorId)
          : tag
            ? tagPathsPartition(tag)
            : publishedPathsPartition;
      const keep = (path: PathDocument) =>
        (!tag || path.content.tags.includes(tag)) &&
        (!curatorId || path.curatorId === curatorId) &&
        (!communityId || path.communityId === communityId);
      return order === "most-followed"
        ? mostFollowed(partition, page, viewerId, keep)
        : listPage(partition, page, viewerId, keep);
    },

    curatedBy: (memberId, page, viewerId) =>
      isId(memberId) ? listPage(curatorPathsPartition(memberId), page, viewerId) : emptyPage(page),

    myPaths: (viewerId, page) =>
      isId(viewerId) ? listPage(ownPathsPartition(viewerId), page, viewerId) : emptyPage(page),

    forksOf: (pathId, page, viewerId) =>
      isId(pathId) ? listPage(pathForksPartition(pathId), page, viewerId) : emptyPage(page),

    async revisionsOf(pathId, viewerId) {
      if (!(await visiblePath(pathId, viewerId))) return [];
      const { partition, beginsWith } = pathRevisionsRange(pathId);
      const revisions = await everyDocument<PathRevisionDocument>(documents, "primary", partition, {
        beginsWith,
      });
      return revisions
        .reverse()
        .map(({ pathId: id, revision, changeNote, madeAt, changes, goalChanged }) => ({
          pathId: id,
          revision,
          changeNote,
          madeAt,
          changes,
          goalChanged,
        }));
    },

    async pathsWithTalk(proposalId, viewerId, first) {
      checkLimit(first);
      if (!isId(proposalId)) return [];
      // Most followed first, among the talk's newest 100 paths: a talk is on a handful.
      const { edges } = await listPage(talkPathsPartition(proposalId), { limit: 100 }, viewerId);
      const learners = await readCounters(
        documents,
        edges.map((edge) => learnerCountKey(edge.node.id)),
      );
      return edges
        .map((edge, index) => ({ path: edge.node, learners: learners[index] ?? 0 }))
        .sort((left, right) => right.learners - left.learners)
        .slice(0, first)
        .map(({ path }) => path);
    },

    pathCountOfTalk: async (proposalId) => (isId(proposalId) ? countOf(talkPathsPartition(proposalId)) : 0),

    pathCountOfMeetup: async (meetupId) => (isId(meetupId) ? countOf(meetupPathsPartition(meetupId)) : 0),

    async pathsWithMeetup(meetupId) {
      if (!isId(meetupId)) return [];
      const pathIds: string[] = [];
      let cursor: string | undefined;
      do {
        const found = await documents.query<PathListEntry>("first", {
          partition: meetupPathsPartition(meetupId),
          limit: 1_000,
          ...(cursor ? { cursor } : {}),
        });
        for (const document of found.documents) if (document.body) pathIds.push(document.body.pathId);
        cursor = found.cursor;
      } while (cursor);
      return pathIds;
    },

    async countsOf(pathIds) {
      const valid = pathIds.map((pathId) => (isId(pathId) ? pathId : undefined));
      const ids = valid.filter((pathId): pathId is string => pathId !== undefined);
      const [learners, completions, forks] = await Promise.all([
        readCounters(documents, ids.map(learnerCountKey)),
        readCounters(documents, ids.map(completionCountKey)),
        Promise.all(ids.map((pathId) => countOf(pathForksPartition(pathId)))),
      ]);
      return valid.map((pathId) => {
        const index = pathId === undefined ? -1 : ids.indexOf(pathId);
        return index < 0
          ? { learners: 0, completions: 0, forks: 0 }
          : {
              learners: learners[index] ?? 0,
              completions: completions[index] ?? 0,
              forks: forks[index] ?? 0,
            };
      });
    },

    async resourceSearch(communityId, text, first, viewerId) {
      if (!Number.isInteger(first) || first < 1 || first > 50)
        throw new RangeError(`first must be an integer from 1 to 50, not ${first}`);
      if (!isId(viewerId) || !isId(communityId) || typeof text !== "string") return [];
      const words = text.toLowerCase().split(/\s+/u).filter(Boolean).slice(0, 10);
      const matches = (title: string) => {
        const lower = title.toLowerCase();
        return words.every((word) => lower.includes(word));
      };
      const [confirmed, upcoming, past] = await Promise.all([
        talks.talksOf(communityId, { limit: searchScope }),
        meetups.upcomingOf(communityId, { limit: searchScope }),
        meetups.pastOf(communityId, { limit: searchScope }),
      ]);
      const hits: ResourceHit[] = [
        ...confirmed.edges
          .filter(({ node }) => matches(node.title))
          .map(({ node }): ResourceHit => ({ kind: "talk", proposalId: node.id })),
        ...[...upcoming.meetups, ...past.meetups]
          .filter((meetup) => matches(meetup.title))
          .map((meetup): ResourceHit => ({ kind: "meetup", meetupId: meetup.id })),
      ];
      return hits.slice(0, first);
    },
  };
}

async function emptyPage(page: Page): Promise<EdgePage<PathView>> {
  // The limit is checked all the same: a bad request is bad for a visitor too.
  checkLimit(page.limit);
  if (page.cursor !== undefined) sortOfCursor(page.cursor);
  return { edges: [] };
}

const rankPrefix = "rank#";
const rankCursor = (offset: number) => listCursor(`${rankPrefix}${offset}`);

function offsetOfCursor(cursor: string): number {
  const sort = sortOfCursor(cursor);
  const offset = Number(sort.slice(rankPrefix.length));
  if (!sort.startsWith(rankPrefix) || !Number.isInteger(offset) || offset < 0 || offset > mostFollowedWindow)
    // A cursor of the newest order, or made up: the same refusal as any cursor not issued for the list.
    throw new InvalidCursor();
  return offset;
}
