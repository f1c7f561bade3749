import type { DocumentStore } from "../documents/document-store";
import { listCursor } from "../documents/list-cursor";
import { checkLimit, getMany, type Page, pageOf } from "../documents/paged-query";
import { completionCountKey, learnerCountKey } from "../path";
import { readCounters } from "../projection/projected-counter";
import { isProgressParty, learningPartition, type ProgressDocument, progressKey } from "./documents";
import type { ProgressSource } from "./events";
import type { ProgressPaths } from "./progress-paths";

export interface ProgressQueriesOptions {
  documents: DocumentStore;
  paths: ProgressPaths;
}

/** One current checkpoint's progress. */
export interface CheckpointProgressView {
  checkpointId: string;
  done: boolean;
  doneAt: string | null;
  /** The member's own note: only to themselves (null for anyone else). */
  note: string | null;
  /** Null while never done. */
  source: ProgressSource | null;
}

/** A member's progress on a path, worked out against the path's current checkpoints. */
export interface PathProgressView {
  pathId: string;
  memberId: string;
  following: boolean;
  /** Done checkpoints of the current revision / its checkpoint count, 0 to 1. */
  completion: number;
  doneCount: number;
  checkpointCount: number;
  completed: boolean;
  /** The latest completion's moment, while every current checkpoint is done and one was recorded. */
  completedAt: string | null;
  /** One per current checkpoint, in order: a mark of a removed checkpoint shows nowhere. */
  checkpoints: CheckpointProgressView[];
  followedAt: string;
  lastActivityAt: string;
  public: boolean;
}

export type LearningFilter = "all" | "in-progress" | "completed";

export interface ProgressEdgePage {
  edges: { node: PathProgressView; cursor: string }[];
  /** The cursor of the next page, when more follow. */
  cursor?: string;
}

export interface ProgressCounts {
  /** Following now. */
  learners: number;
  /** Whose latest completion holds. */
  completions: number;
}

/**
 * How a read reaches paths as its viewer sees them: the module's own by default, or a request's batched
 * and cached reader (a DataLoader over the same `pathById`), so that the paths read to work out the shares
 * are not read again for what the request shows of them.
 */
export type PathReader = ProgressPaths["pathById"];

export interface ProgressQueries {
  /** The viewer's progress on each path, in one batch: undefined unless they follow it (or once did) and may see it. */
  viewerProgress(
    pathIds: readonly string[],
    viewerId: string | undefined,
    readPaths?: PathReader,
  ): Promise<(PathProgressView | undefined)[]>;
  /** The paths the viewer follows, latest activity first; none for a visitor. */
  learning(
    viewerId: string | undefined,
    filter: LearningFilter,
    page: Page,
    readPaths?: PathReader,
  ): Promise<ProgressEdgePage>;
  /** The paths a member follows and chose to show, latest activity first, of those the viewer may see. */
  publicLearning(
    memberId: string,
    viewerId: string | undefined,
    page: Page,
    readPaths?: PathReader,
  ): Promise<ProgressEdgePage>;
  /** The public counts of each path, in one batch (0 before anyone followed). */
  progressCountsOf(pathIds: readonly string[]): Promise<ProgressCounts[]>;
}

/** How many pages of a member's learning one filtered read looks through, at most. */
const maximumRounds = 10;

/** The progress as `viewerId` sees it: against the path's current checkpoints; notes for the member only. */
export function progressView(
  progress: ProgressDocument,
  path: { checkpoints: readonly { id: string }[] },
  viewerId: string | undefined,
): PathProgressView {
  const own = viewerId === progress.memberId;
  const checkpoints = path.checkpoints.map(({ id }): CheckpointProgressView => {
    const mark = progress.marks[id];
    return {
      checkpointId: id,
      done: mark?.done ?? false,
      doneAt: mark?.done ? mark.doneAt : null,
      note: own ? (mark?.note ?? null) : null,
      source: mark?.done ? mark.source : null,
    };
  });
  const doneCount = checkpoints.filter((checkpoint) => checkpoint.done).length;
  const checkpointCount = checkpoints.length;
  const completed = checkpointCount > 0 && doneCount === checkpointCount;
  return {
    pathId: progress.pathId,
    memberId: progress.memberId,
    following: progress.following,
    completion: checkpointCount === 0 ? 0 : doneCount / checkpointCount,
    doneCount,
    checkpointCount,
    completed,
    completedAt: completed ? progress.completedAt : null,
    checkpoints,
    followedAt: progress.followedAt,
    lastActivityAt: progress.lastActivityAt,
    public: progress.public,
  };
}

const keeps = (filter: LearningFilter, view: PathProgressView) =>
  filter === "all" || (filter === "completed") === view.completed;

export function progressQueries({ documents, paths }: ProgressQueriesOptions): ProgressQueries {
  /** Views of the documents whose path the viewer may see (a draft or an archived path drops out of lists). */
  const ownReader: PathReader = (pathIds, viewerId) => paths.pathById(pathIds, viewerId);

  async function viewsOf(
    progress: readonly ProgressDocument[],
    viewerId: string | undefined,
    readPaths: PathReader,
  ) {
    const found = await readPaths(
      progress.map((each) => each.pathId),
      viewerId,
    );
    return progress.map((each, index) => {
      const path = found[index];
      return path && path.status === "published" ? progressView(each, path, viewerId) : undefined;
    });
  }

  async function listed(
    index: "first" | "second",
    partition: string,
    viewerId: string | undefined,
    page: Page,
    keep: (view: PathProgressView) => boolean,
    readPaths: PathReader,
  ): Promise<ProgressEdgePage> {
    const limit = checkLimit(page.limit);
    const shown: { node: PathProgressView; cursor: string }[] = [];
    let cursor = page.cursor;
    let more = false;
    for (let round = 0; round < maximumRounds && !more; round++) {
      const batch = await pageOf<ProgressDocument>(
        documents,
        { index, partition, order: "descending" },
        { ...(cursor !== undefined && { cursor }), limit: Math.min(100, limit + 1) },
      );
      const views = await viewsOf(
        batch.rows.map((row) => row.body),
        viewerId,
        readPaths,
      );
      batch.rows.forEach((row, position) => {
        const view = views[position];
        if (view && keep(view)) shown.push({ node: view, cursor: listCursor(row.sort) });
      });
      more = shown.length > limit;
      if (!batch.cursor) break;
      cursor = batch.cursor;
      // Looked through as many pages as one read may: the rest is for the next page.
      if (round === maximumRounds - 1) more = true;
    }
    const edges = shown.slice(0, limit);
    const last = edges.at(-1);
    return { edges, ...(more && last ? { cursor: last.cursor } : {}) };
  }

  return {
    async viewerProgress(pathIds, viewerId, readPaths = ownReader) {
      if (typeof viewerId !== "string" || pathIds.length === 0) return pathIds.map(() => undefined);
      const progress = await getMany<ProgressDocument>(
        documents,
        pathIds.map((pathId) =>
          isProgressParty(viewerId, pathId) ? progressKey(viewerId, pathId) : progressKey("none", "none"),
        ),
      );
      const found = await readPaths(pathIds, viewerId);
      return progress.map((each, index) => {
        const path = found[index];
        // Also after an unfollow: the marks are kept, and the page shows them.
        return each && path && path.status !== "draft" ? progressView(each, path, viewerId) : undefined;
      });
    },

    async learning(viewerId, filter, page, readPaths = ownReader) {
      if (typeof viewerId !== "string" || viewerId.length === 0) return { edges: [] };
      const keep = (view: PathProgressView) => keeps(filter, view);
      return listed("first", learningPartition(viewerId), viewerId, page, keep, readPaths);
    },

    async publicLearning(memberId, viewerId, page, readPaths = ownReader) {
      if (typeof memberId !== "string" || memberId.length === 0) return { edges: [] };
      // Few of the paths a member follows are shown, so a page may look through several of the list's pages.
      const shown = (view: PathProgressView) => view.public;
      return listed("first", learningPartition(memberId), viewerId, page, shown, readPaths);
    },

    async progressCountsOf(pathIds) {
      const [learners, completions] = await Promise.all([
        readCounters(documents, pathIds.map(learnerCountKey)),
        readCounters(documents, pathIds.map(completionCountKey)),
      ]);
      return pathIds.map((_, index) => ({
        learners: learners[index] ?? 0,
        completions: completions[index] ?? 0,
      }));
    },
  };
}
