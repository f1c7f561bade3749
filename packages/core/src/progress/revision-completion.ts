import type { Reactor } from "../reactor/reactor";
import type { ProgressModule } from "./commands";

/**
 * A revision of a path that changes its checkpoints changes who has completed it: one that adds a
 * checkpoint ends the completion of whoever had finished (`PathCompletionLapsed`), one that removes the
 * last checkpoints a member had not done completes it for them (`PathCompleted`). So each revision is
 * reassessed on every member's progress on the path, followed now or not, and the completion documents,
 * and the path's public count of completions, follow the revision as each member's own share does.
 *
 * The path comes from the event's stream (`path-<id>`); its checkpoints are read from that stream as it
 * is now, not from the event. Exactly once in effect, whatever the bus does: each progress stream is
 * decided on its own state against the latest revision, and records a completion or a lapse only when
 * what it holds disagrees with it; so a duplicate, a revision delivered after a later one, or one caught
 * up after a lost delivery, finds them agreeing and records nothing. No cause is kept: the state says it.
 *
 * Publishing, unpublishing and archiving change no checkpoint (a publish shows the latest revision
 * again), and a share is worked out against the latest revision whatever the path's status: only
 * `PathRevised` is reacted to.
 */
export function revisionCompletionReactor({
  progress,
}: {
  progress: Pick<ProgressModule, "reassessCompletionOf">;
}): Reactor {
  return {
    name: "revision-completion",
    eventTypes: ["PathRevised"],
    react: (event) =>
      progress.reassessCompletionOf({ pathId: event.streamId.slice("path-".length), cause: event.id }),
  };
}
