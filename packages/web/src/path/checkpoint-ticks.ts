import { useEffect, useState } from "react";
import { useCommand } from "../graphql/command";
import { MarkCheckpointMutation, type PathPagePath } from "./path-documents";
import { pathRefusal } from "./path-refusal-words";

/**
 * Ticks that show at once (an optimistic update): a tick waits here until the API's progress agrees with
 * it, and is taken back, with the API's reason, when the API refuses it or the request fails. The share
 * is counted over the path's current checkpoints, as the API counts it.
 */
export function useCheckpointTicks(path: PathPagePath) {
  const mark = useCommand(MarkCheckpointMutation, { words: pathRefusal });
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [failedTask, setFailedTask] = useState<string | null>(null);
  const progress = path.viewerProgress?.checkpoints ?? [];
  const known = new Map(progress.map((checkpoint) => [checkpoint.checkpointId, checkpoint]));

  // A tick the API's answer (or a later read of the page) now agrees with needs holding no more.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the API's progress changes
  useEffect(() => {
    setPending((current) => {
      const left = new Map([...current].filter(([id, done]) => (known.get(id)?.done ?? false) !== done));
      return left.size === current.size ? current : left;
    });
  }, [path.viewerProgress]);

  const done = (checkpointId: string) => pending.get(checkpointId) ?? known.get(checkpointId)?.done ?? false;

  const toggle = async (checkpoint: { id: string; task: string }, next: boolean) => {
    setFailedTask(null);
    setPending((current) => new Map(current).set(checkpoint.id, next));
    const answer = await mark.run({
      pathId: path.id,
      checkpointId: checkpoint.id,
      done: next,
      idempotencyKey: crypto.randomUUID(),
    });
    if (answer === null) {
      // Refused or failed: back to what the API holds, and say why.
      setPending((current) => {
        const left = new Map(current);
        left.delete(checkpoint.id);
        return left;
      });
      setFailedTask(checkpoint.task);
    }
  };

  return {
    done,
    source: (checkpointId: string) => (done(checkpointId) ? (known.get(checkpointId)?.source ?? null) : null),
    toggle,
    doneCount: path.checkpoints.filter((checkpoint) => done(checkpoint.id)).length,
    failedTask,
    mark,
  };
}
