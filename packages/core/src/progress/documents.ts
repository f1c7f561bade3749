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
 * The `second` index: every member with progress on a path, following it now or not, which a revision of
 * the path is reassessed on (revision-completion.ts). An index entry of the progress document rather than a
 * document of its own, so that it costs a rebuild no row of its own. Who follows a path is private: no query
 * serves it, only the reactor reads it.
 */
export const pathProgressPartition = (pathId: string) => `progress-of-path#${pathId}`;

/**
 * The `first` index: the paths a member follows, latest activity first (read descending); those they chose
 * to show on their profile are read from it too.
 */
export const learningPartition = (memberId: string) => `learning#${memberId}`;

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
      indexes: {
        ...(progress.following && { first: { partition: learningPartition(memberId), sort } }),
        second: { partition: pathProgressPartition(pathId), sort: memberId },
      },
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

/** A progress stream's documents: the member's progress, and the completion that counts while it holds. */
export const progressProjection: DocumentProjection<ProgressEvent> = {
  name: "progress",
  categories: ["progress"],
  kinds: [progressDocuments, completionDocuments],
};

export const progressProjections: readonly Projection[] = [progressProjection as DocumentProjection];
