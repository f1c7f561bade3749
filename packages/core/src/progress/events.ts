import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import { personal } from "../keys/personal-field";
import * as z from "../validation/zod";

/*
 * One stream per member and path: `progress-<memberId>-<pathId>`. Marks are keyed by checkpoint id, never
 * by position, so a revision of the path cannot move progress onto another checkpoint: completion is
 * worked out when read, against the path's current checkpoints. The note is the member's own, sealed with
 * the member's key (the stream's subject is the member, see keys/personal-data-store.ts): erasing the
 * member erases it. The rules for input (lengths) live in `progress-input.ts` and the decider. The
 * completion recorded follows the path too: a revision that changes the checkpoints is reassessed on every
 * progress stream of the path (revision-completion.ts), so the public count of completions is right.
 */

const id = () => z.string().check(z.minLength(1));

export const progressSources = ["marked", "checked-in"] as const;
export type ProgressSource = (typeof progressSources)[number];

export const PathFollowed = defineEvent("PathFollowed", () => z.object({}));
/** The marks stay: following again restores the share. */
export const PathUnfollowed = defineEvent("PathUnfollowed", () => z.object({}));
export const CheckpointMarked = defineEvent("CheckpointMarked", () =>
  z.object({
    checkpointId: id(),
    done: z.boolean(),
    /** Absent: the note stays as it was; "" clears it. Null once the member's key is gone. */
    note: z.optional(personal(z.string())),
    /** By the member, or by checking in at the checkpoint's meetup. */
    source: z.enum(progressSources),
    /** The check-in event that caused it: the stream keeps the causes it applied, so none applies twice. */
    cause: z.optional(id()),
  }),
);
/**
 * Every checkpoint of `revision` done, each time it becomes so: recorded with the mark that made it so, or
 * when a revision made it so (it removed the last checkpoints not done).
 */
export const PathCompleted = defineEvent("PathCompleted", () =>
  z.object({ revision: z.int().check(z.nonnegative()) }),
);
/**
 * The latest completion no longer holds: `revision` has a checkpoint not done (a revision added it). Recorded
 * when the revision is reassessed, or with the next mark decided on it; undoing a checkpoint needs none
 * (the mark says it). It holds nothing personal, like the completion.
 */
export const PathCompletionLapsed = defineEvent("PathCompletionLapsed", () =>
  z.object({ revision: z.int().check(z.nonnegative()) }),
);
export const ProgressVisibilitySet = defineEvent("ProgressVisibilitySet", () =>
  z.object({ public: z.boolean() }),
);
/**
 * The member was erased: recorded by the progress erasure reactor, it holds nothing personal (so it can be
 * appended once the key is gone) and it removes the stream's documents, also in a rebuild.
 */
export const ProgressErased = defineEvent("ProgressErased", () => z.object({}));

export const progressEventTypes: readonly EventType[] = [
  PathFollowed,
  PathUnfollowed,
  CheckpointMarked,
  PathCompleted,
  PathCompletionLapsed,
  ProgressVisibilitySet,
  ProgressErased,
];

export type ProgressEvent =
  | EventOf<typeof PathFollowed>
  | EventOf<typeof PathUnfollowed>
  | EventOf<typeof CheckpointMarked>
  | EventOf<typeof PathCompleted>
  | EventOf<typeof PathCompletionLapsed>
  | EventOf<typeof ProgressVisibilitySet>
  | EventOf<typeof ProgressErased>;
