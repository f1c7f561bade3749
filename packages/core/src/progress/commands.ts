import { type Clock, systemClock } from "../clock/clock";
import { commandHandler } from "../decider/command-handler";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import { everyDocument } from "../documents/paged-query";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { EnvelopeOf } from "../projection/projection";
import { type PathNow, type ProgressCommand, progressDecider } from "./decider";
import {
  emptyProgress,
  isProgressParty,
  type ProgressDocument,
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
  /** Follows a published path the member may read; meetup checkpoints they are checked in at are done at once. */
  followPath(request: Request & { pathId: string }): Promise<PathProgressView>;
  /** The marks stay: following again restores the share. */
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
}

/** Who records the system's own progress, in the stream's history. */
export const checkInProgressActor = "system:check-in-progress";
export const progressErasureActor = "system:erasure";

export function progressModule(options: ProgressModuleOptions): ProgressModule {
  const { store, documents, paths, meetups, clock = systemClock, idempotency } = options;
  const states = streamStates({ store, decider: progressDecider });
  const progress = commandHandler({ store, decider: progressDecider, states, clock, idempotency });
  const queries = progressQueries({ documents, paths });

  /**
   * The path as the command is decided on: null unless published and readable by the member. Its
   * checkpoints are read from the path's stream (strongly consistent), its visibility by the path's rules.
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
    const now =
      visible && current.status === "published"
        ? { pathId: id, revision: current.revision, checkpointIds: current.checkpoints.map(({ id }) => id) }
        : null;
    return { now, current };
  }

  /**
   * The answer: the progress as its member sees it, folded from its stream (short: a mark per checkpoint
   * at most, twice) as the projection folds it, so it holds the recorded times even while the documents
   * trail behind on the bus; against the checkpoints the command was decided on.
   */
  async function viewOfStream(memberId: string, pathId: string, path: CurrentCheckpoints | undefined) {
    const events = (await store.readStream(progressStream(memberId, pathId))) as EnvelopeOf<ProgressEvent>[];
    const document = events.reduce<ProgressDocument | undefined>(progressAfterEvent, undefined);
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
      () => viewOfStream(actor, pathId, path),
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
            ? { pathId, revision: current.revision, checkpointIds: current.checkpoints.map(({ id }) => id) }
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
