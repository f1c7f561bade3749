import type { DocumentKey } from "../documents/document-store";
import { isUuid } from "../ids/new-id";
import { completionCountKey, learnerCountKey } from "../path";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import type { ProgressEvent, ProgressSource } from "./events";

const uuidLength = 36;

/** `progress-<memberId>-<pathId>`: both ids are uuids, so the stream id splits by length. */
export const progressStream = (memberId: string, pathId: string): string => `progress-${memberId}-${pathId}`;

export function partiesOfProgressStream(streamId: string): { memberId: string; pathId: string } {
  const rest = streamId.slice("progress-".length);
  return { memberId: rest.slice(0, uuidLength), pathId: rest.slice(uuidLength + 1) };
}

/** Whether both ids may name a progress stream: uuids only, so that no id can reach another stream. */
export const isProgressParty = (memberId: unknown, pathId: unknown): boolean =>
  typeof memberId === "string" && typeof pathId === "string" && isUuid(memberId) && isUuid(pathId);

/** A member's progress documents live in the member's partition: every path they ever followed. */
const learnerPartition = (memberId: string) => `progress#${memberId}`;
const progressSortPrefix = "path#";
const completionSortPrefix = "completed#";

export const progressKey = (memberId: string, pathId: string): DocumentKey => ({
  partition: learnerPartition(memberId),
  sort: `${progressSortPrefix}${pathId}`,
});
/** The primary range of every progress document of a member (followed or not): what erasure walks. */
export const progressRange = (memberId: string) => ({
  partition: learnerPartition(memberId),
  beginsWith: progressSortPrefix,
});
/** Present while the member's latest completion of the path holds: it counts in the path's completions. */
export const completionKey = (memberId: string, pathId: string): DocumentKey => ({
  partition: learnerPartition(memberId),
  sort: `${completionSortPrefix}${pathId}`,
});

/**
 * Every member with progress on a path, following it now or not: what a revision of the path is reassessed
 * on (revision-completion.ts). Who follows a path is private: no query serves these, only the reactor
 * reads them.
 */
const pathProgressPartition = (pathId: string) => `progress-of-path#${pathId}`;
const pathProgressSortPrefix = "member#";
export const pathProgressEntryKey = (pathId: string, memberId: string): DocumentKey => ({
  partition: pathProgressPartition(pathId),
  sort: `${pathProgressSortPrefix}${memberId}`,
});
/** The primary range of a path's progress entries. */
export const pathProgressRange = (pathId: string) => ({
  partition: pathProgressPartition(pathId),
  beginsWith: pathProgressSortPrefix,
});

/** The `first` index: the paths a member follows, latest activity first (read descending). */
export const learningPartition = (memberId: string) => `learning#${memberId}`;
/** The `second` index: the paths a member follows and chose to show on their profile, latest activity first. */
export const publicLearningPartition = (memberId: string) => `learning-public#${memberId}`;

export interface CheckpointMarkDocument {
  done: boolean;
  /** When it was last marked done; null while not done. */
  doneAt: string | null;
  source: ProgressSource;
  /** The member's own note; null when none, or once their key is gone. */
  note: string | null;
}

export interface ProgressDocument {
  memberId: string;
  pathId: string;
  following: boolean;
  public: boolean;
  /** Every mark by checkpoint id, also of checkpoints a revision removed: completion is worked out when read. */
  marks: Record<string, CheckpointMarkDocument>;
  /** The latest follow. */
  followedAt: string;
  lastActivityAt: string;
  /** The latest completion, while it holds (null after a checkpoint is undone). */
  completedAt: string | null;
  completedRevision: number | null;
}

/** That the member has progress on the path: their stream's first follow, until they are erased. */
export interface PathProgressEntry {
  memberId: string;
}

export interface CompletionDocument {
  memberId: string;
  pathId: string;
  revision: number;
  completedAt: string;
}

type ProgressEnvelope = EnvelopeOf<ProgressEvent>;

/** The events besides an undone mark that add or remove a completion. */
const completionEventTypes: ReadonlySet<ProgressEvent["type"]> = new Set([
  "PathCompleted",
  "PathCompletionLapsed",
  "ProgressErased",
]);

/** The path named in a progress document's sort key. */
const pathIdOfKey = (key: DocumentKey, prefix: string) => key.sort.slice(prefix.length);

/** A stream's document before its first event. */
export const emptyProgress = (memberId: string, pathId: string, at: string): ProgressDocument => ({
  memberId,
  pathId,
  following: false,
  public: false,
  marks: {},
  followedAt: at,
  lastActivityAt: at,
  completedAt: null,
  completedRevision: null,
});

/** The document after one event of its stream: the projection's rule, and the commands' answers'. */
export function progressAfterEvent(
  document: ProgressDocument | undefined,
  event: ProgressEnvelope,
): ProgressDocument {
  const { memberId, pathId } = partiesOfProgressStream(event.streamId);
  return progressAfter(document ?? emptyProgress(memberId, pathId, event.meta.occurredAt), event);
}

function progressAfter(before: ProgressDocument, event: ProgressEnvelope): ProgressDocument {
  const at = event.meta.occurredAt;
  // One copy of the document an event, not two: a rebuild folds a million of them.
  switch (event.type) {
    case "PathFollowed":
      return { ...before, lastActivityAt: at, following: true, followedAt: at };
    case "PathUnfollowed":
      return { ...before, lastActivityAt: at, following: false };
    case "CheckpointMarked": {
      const { checkpointId, done, source, note } = event.data;
      const mark = before.marks[checkpointId];
      const marks = {
        ...before.marks,
        [checkpointId]: {
          done,
          doneAt: done ? at : null,
          source,
          note: note === undefined ? (mark?.note ?? null) : note || null,
        },
      };
      return done
        ? { ...before, lastActivityAt: at, marks }
        : { ...before, lastActivityAt: at, marks, completedAt: null, completedRevision: null };
    }
    // The completion comes with the mark that made it (whose moment is the member's latest activity) or
    // with a revision, which is the curator's: neither moves the path in the member's list.
    case "PathCompleted":
      return { ...before, completedAt: at, completedRevision: event.data.revision };
    case "PathCompletionLapsed":
      return { ...before, completedAt: null, completedRevision: null };
    case "ProgressVisibilitySet":
      return { ...before, lastActivityAt: at, public: event.data.public };
    case "ProgressErased":
      return { ...before, lastActivityAt: at };
  }
}

/** One document per stream; a follower is listed and counted in the path's learners. */
const progressDocuments: DocumentKind<ProgressEvent, ProgressDocument> = {
  touches(event) {
    const { memberId, pathId } = partiesOfProgressStream(event.streamId);
    return [progressKey(memberId, pathId)];
  },
  evolve({ body }, event) {
    if (event.type === "ProgressErased") return body ? { type: "delete" } : { type: "unchanged" };
    const progress = progressAfterEvent(body, event);
    const { memberId, pathId } = progress;
    // Listed by latest activity; the path id keeps two of one moment apart.
    const sort = `${progress.lastActivityAt}#${pathId}`;
    return {
      type: "upsert",
      body: progress,
      indexes: progress.following
        ? {
            first: { partition: learningPartition(memberId), sort },
            ...(progress.public && { second: { partition: publicLearningPartition(memberId), sort } }),
          }
        : {},
    };
  },
  counter: {
    key: (key) => learnerCountKey(pathIdOfKey(key, progressSortPrefix)),
    value: (progress) => (progress.following ? 1 : 0),
  },
};

/**
 * Present while the latest completion holds, whether or not the member still follows: counted in the
 * path's completions. A completion holds while every checkpoint of the path's current revision is done:
 * undoing one removes it, and so does the `PathCompletionLapsed` recorded when a revision adds one (the
 * revision-completion reactor), just as a revision that removes the last undone ones records the
 * `PathCompleted` that adds it.
 */
const completionDocuments: DocumentKind<ProgressEvent, CompletionDocument> = {
  // Only what can add or remove the completion is read for it: a follow or a tick, most of a stream, costs
  // nothing more (a rebuild folds a million of them).
  touches(event) {
    if (event.type === "CheckpointMarked" ? event.data.done : !completionEventTypes.has(event.type))
      return [];
    const { memberId, pathId } = partiesOfProgressStream(event.streamId);
    return [completionKey(memberId, pathId)];
  },
  evolve({ body }, event) {
    const { memberId, pathId } = partiesOfProgressStream(event.streamId);
    const gone = body ? ({ type: "delete" } as const) : ({ type: "unchanged" } as const);
    switch (event.type) {
      case "PathCompleted":
        return {
          type: "upsert",
          body: { memberId, pathId, revision: event.data.revision, completedAt: event.meta.occurredAt },
        };
      case "CheckpointMarked":
        return event.data.done ? { type: "unchanged" } : gone;
      case "PathCompletionLapsed":
      case "ProgressErased":
        return gone;
      default:
        return { type: "unchanged" };
    }
  },
  counter: {
    key: (key) => completionCountKey(pathIdOfKey(key, completionSortPrefix)),
    value: () => 1,
  },
};

/**
 * One per member with progress on the path, from the first follow (unfollowing keeps the marks, and a
 * completion), removed with the erasure. Only the follows and the erasure are read for it: a mark costs
 * nothing more.
 */
const pathProgressEntries: DocumentKind<ProgressEvent, PathProgressEntry> = {
  touches(event) {
    if (event.type !== "PathFollowed" && event.type !== "ProgressErased") return [];
    const { memberId, pathId } = partiesOfProgressStream(event.streamId);
    return [pathProgressEntryKey(pathId, memberId)];
  },
  evolve({ body }, event) {
    if (event.type === "ProgressErased") return body ? { type: "delete" } : { type: "unchanged" };
    if (body) return { type: "unchanged" };
    return { type: "upsert", body: { memberId: partiesOfProgressStream(event.streamId).memberId } };
  },
};

/**
 * A progress stream's documents: the member's progress, the completion that counts while it holds, and
 * the entry in the path's list of progress the revision reactor walks.
 */
export const progressProjection: DocumentProjection<ProgressEvent> = {
  name: "progress",
  categories: ["progress"],
  kinds: [progressDocuments, completionDocuments, pathProgressEntries],
};

export const progressProjections: readonly Projection[] = [progressProjection as DocumentProjection];
