import { type Clock, systemClock } from "../clock/clock";
import { inParallel } from "../concurrency/in-parallel";
import { commandHandler } from "../decider/command-handler";
import type { Decider } from "../decider/decider";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import { everyDocument } from "../documents/paged-query";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { EnvelopeOf } from "../projection/projection";
import { type PathNow, type Progress, type ProgressCommand, progressDecider } from "./decider";
import {
  emptyProgress,
  isProgressParty,
  type ProgressDocument,
  pathProgressPartition,
  progressAfterEvent,
  progressRange,
  progressStream,
} from "./documents";
import { PathNotFound } from "./errors";
import type { ProgressEvent } from "./events";
import { type MarkCheckpointInput, parseMark, parseVisibility } from "./progress-input";
import type { ProgressMeetups } from "./progress-meetups";
import type { CurrentCheckpoints, ProgressPaths } from "./progress-paths";
import { type PathProgressView, type ProgressQueries, progressQueries, progressView } from "./queries";

export interface ProgressModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  /** The paths followed, with their visibility and current checkpoints: `pathModule(...)`. */
  paths: ProgressPaths;
  /** Whether a member is checked in at a meetup: `meetupModule(...)`. */
  meetups: ProgressMeetups;
  clock?: Clock;
  /** Needed only for requests with an idempotency key. */
  idempotency?: IdempotencyStore;
}

interface Request {
  /** The member who asks: their own progress, always. */
  actor: string;
  /** A retry with the same key (by the same member, on the same path) returns the first result and changes nothing again. */
  idempotencyKey?: string;
}

/** The progress context: a member's own writes, the check-in reactor's, and every read (`ProgressQueries`). */
export interface ProgressModule extends ProgressQueries {
  /**
   * Follows a published path the member may read; meetup checkpoints they are checked in at are done at
   * once. Throws `PathNotFound` for a path the member may not read (or none), `PathNotPublished` for one
   * they read that is not published (their draft, one unpublished or archived); so does `markCheckpoint`.
   */
  followPath(request: Request & { pathId: string }): Promise<PathProgressView>;
  /** The marks stay: following again restores the share. On any path the member still reads, published or not. */
  unfollowPath(request: Request & { pathId: string }): Promise<PathProgressView>;
  /** Marks a checkpoint of the path's current revision done or not (following it, when not yet). */
  markCheckpoint(request: Request & { input: MarkCheckpointInput }): Promise<PathProgressView>;
  /** Whether the member's profile shows this progress. */
  setProgressVisibility(request: Request & { pathId: string; public: boolean }): Promise<PathProgressView>;
  /**
   * The check-in reactor's: the member checked in at the meetup (`cause` the check-in event's id), so its
   * checkpoints on every path they follow are done, once per cause.
   */
  recordCheckIn(request: { memberId: string; meetupId: string; cause: string }): Promise<void>;
  /** The erasure reactor's: every progress of the erased member is erased (`cause` the erasure's id). */
  eraseProgressOf(request: { memberId: string; cause: string }): Promise<void>;
  /**
   * The revision reactor's: the path was revised (`cause` the revision's event id), so the completion
   * recorded on every member's progress on it, followed now or not, is made to agree with the path's
   * latest revision as the path's stream has it now (whichever revision the cause was).
   */
  reassessCompletionOf(request: { pathId: string; cause: string }): Promise<void>;
}

/** Who records the system's own progress, in the stream's history. */
export const checkInProgressActor = "system:check-in-progress";
export const progressErasureActor = "system:erasure";
export const revisionCompletionActor = "system:revision-completion";

/** Progress streams reassessed at once after a revision: one at a time waits out every round trip. */
const reassessedAtOnce = 8;
/** Entries read per page: a popular path's are walked a page at a time, never all held at once. */
const entriesPerPage = 500;

/** The decider's state of a progress stream, and its document as the projection folds it, side by side. */
interface ProgressAndDocument {
  progress: Progress;
  document: ProgressDocument | undefined;
}

/**
 * The progress decider, folding the stream's document beside its state: a command's answer is then worked
 * out from the state it was decided on and the events it appended, rather than from the stream read again
 * after the append. Stream states fold stored events only (read, or as the append returned them), so each
 * event carries its stream and its time.
 */
const progressAndDocumentDecider: Decider<ProgressAndDocument, ProgressCommand, ProgressEvent> = {
  initialState: { progress: progressDecider.initialState, document: undefined },
  decide: (command, state) => progressDecider.decide(command, state.progress),
  evolve: (state, event) => ({
    progress: progressDecider.evolve(state.progress, event),
    document: progressAfterEvent(state.document, event as EnvelopeOf<ProgressEvent>),
  }),
};

export function progressModule(options: ProgressModuleOptions): ProgressModule {
  const { store, documents, paths, meetups, clock = systemClock, idempotency } = options;
  const states = streamStates({ store, decider: progressAndDocumentDecider });
  const progress = commandHandler({ store, decider: progressAndDocumentDecider, states, clock, idempotency });
  const queries = progressQueries({ documents, paths });

  /**
   * The path as the command is decided on: null unless the member may read it (published or not: the
   * decider refuses what is not published as such). Its status and checkpoints are read from the path's
   * stream (strongly consistent), its visibility by the path's rules.
   */
  async function pathFor(
    pathId: unknown,
    actor: string,
  ): Promise<{ now: PathNow | null; current?: CurrentCheckpoints }> {
    if (!isProgressParty(actor, pathId)) throw new PathNotFound(String(pathId).slice(0, 100));
    const id = pathId as string;
    const [[visible], current] = await Promise.all([
      paths.pathById([id], actor),
      paths.currentCheckpoints(id),
    ]);
    if (!current) return { now: null };
    // What the member may not read is none of theirs: nor is the answer worked out on its checkpoints.
    if (!visible) return { now: null };
    const checkpointIds = current.checkpoints.map(({ id }) => id);
    return {
      now: { pathId: id, status: current.status, revision: current.revision, checkpointIds },
      current,
    };
  }

  /**
   * The answer: the progress as its member sees it, folded from its stream as the projection folds it (so
   * it holds the recorded times even while the documents trail behind on the bus), as of the command;
   * against the checkpoints the command was decided on.
   */
  function viewOf(
    memberId: string,
    pathId: string,
    path: CurrentCheckpoints | undefined,
    { document }: ProgressAndDocument,
  ): PathProgressView {
    return progressView(
      document ?? emptyProgress(memberId, pathId, clock.now().toISOString()),
      { checkpoints: path?.checkpoints ?? [] },
      memberId,
    );
  }

  function handle(
    request: Request,
    pathId: string,
    path: CurrentCheckpoints | undefined,
    command: ProgressCommand,
  ): Promise<PathProgressView> {
    const { actor, idempotencyKey } = request;
    return progress.handle(
      { streamId: progressStream(actor, pathId), command, metadata: { actor, idempotencyKey } },
      (result) => viewOf(actor, pathId, path, result.state),
    );
  }

  /** The meetup checkpoints of the path the member is checked in at. */
  async function checkedInAt(path: CurrentCheckpoints, memberId: string): Promise<string[]> {
    const atMeetups = path.checkpoints.filter((checkpoint) => typeof checkpoint.meetupId === "string");
    const rsvps = await Promise.all(
      atMeetups.map((checkpoint) => meetups.viewerRsvp(checkpoint.meetupId as string, memberId)),
    );
    return atMeetups.filter((_, index) => rsvps[index]?.checkedIn === true).map(({ id }) => id);
  }

  return {
    ...queries,

    async followPath(request) {
      const { now, current } = await pathFor(request.pathId, request.actor);
      const checkedIn = now && current ? await checkedInAt(current, request.actor) : [];
      return handle(request, request.pathId, current, { type: "FollowPath", path: now, checkedIn });
    },

    async unfollowPath(request) {
      const { now, current } = await pathFor(request.pathId, request.actor);
      return handle(request, request.pathId, current, { type: "UnfollowPath", path: now });
    },

    async markCheckpoint(request) {
      const { pathId, checkpointId, done, note } = parseMark(request.input);
      const { now, current } = await pathFor(pathId, request.actor);
      return handle(request, pathId, current, {
        type: "MarkCheckpoint",
        path: now,
        checkpointId,
        done,
        ...(note !== undefined && { note }),
      });
    },

    async setProgressVisibility(request) {
      const { pathId, public: shown } = parseVisibility({ pathId: request.pathId, public: request.public });
      const { now, current } = await pathFor(pathId, request.actor);
      return handle(request, pathId, current, { type: "SetProgressVisibility", path: now, public: shown });
    },

    async recordCheckIn({ memberId, meetupId, cause }) {
      if (!isUuid(memberId) || !isUuid(meetupId)) return;
      for (const pathId of await paths.pathsWithMeetup(meetupId)) {
        if (!isProgressParty(memberId, pathId)) continue;
        const current = await paths.currentCheckpoints(pathId);
        const path: PathNow | null =
          current?.status === "published"
            ? {
                pathId,
                status: current.status,
                revision: current.revision,
                checkpointIds: current.checkpoints.map(({ id }) => id),
              }
            : null;
        const checkpointIds = (current?.checkpoints ?? [])
          .filter((checkpoint) => checkpoint.meetupId === meetupId)
          .map(({ id }) => id);
        await progress.handle({
          streamId: progressStream(memberId, pathId),
          command: { type: "RecordCheckIn", path, checkpointIds, cause },
          metadata: { actor: checkInProgressActor, causationId: cause },
        });
      }
    },

    async reassessCompletionOf({ pathId, cause }) {
      if (!isUuid(pathId)) return;
      // The path as its stream has it now (strongly consistent), not as the revision said it: a revision
      // delivered late, again or out of order reassesses against the latest one, so all agree.
      const current = await paths.currentCheckpoints(pathId);
      if (!current) return;
      const path: PathNow = {
        pathId,
        status: current.status,
        revision: current.revision,
        checkpointIds: current.checkpoints.map(({ id }) => id),
      };
      const partition = pathProgressPartition(pathId);
      let cursor: string | undefined;
      do {
        const page = await documents.query<ProgressDocument>("second", {
          partition,
          limit: entriesPerPage,
          cursor,
        });
        const members = page.documents.flatMap(({ body }) =>
          body && isProgressParty(body.memberId, pathId) ? [body.memberId] : [],
        );
        await inParallel(members, reassessedAtOnce, (memberId) =>
          progress.handle({
            streamId: progressStream(memberId, pathId),
            command: { type: "ReassessCompletion", path },
            metadata: { actor: revisionCompletionActor, causationId: cause },
          }),
        );
        cursor = page.cursor;
      } while (cursor);
    },

    async eraseProgressOf({ memberId, cause }) {
      if (!isUuid(memberId)) return;
      // Every path the member ever followed, followed now or not. From the documents rather than a scan of
      // the log (a Scan of the whole event table on DynamoDB): the erasure comes long after the follows.
      const { partition, beginsWith } = progressRange(memberId);
      const followed = await everyDocument<ProgressDocument>(documents, "primary", partition, { beginsWith });
      for (const { pathId } of followed)
        await progress.handle({
          streamId: progressStream(memberId, pathId),
          command: { type: "EraseProgress" },
          metadata: { actor: progressErasureActor, causationId: cause },
        });
    },
  };
}
