import type { FieldErrors } from "../components/form-field";
import type { PathDraft } from "./checkpoint-draft";

/**
 * What the editor checks before it sends the path: only what is missing (a goal, a task, a picked talk),
 * which the curator sees at once. The rules on lengths and addresses are the API's, said by their fields
 * when it refuses (path-rejections.ts): one place keeps them.
 */
export function missingParts(draft: PathDraft, changeNote: { needed: boolean; text: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.goal.trim() === "") errors.goal = "Say what a learner reaches: the goal, 5 to 80 characters.";
  if (draft.checkpoints.length === 0) errors.checkpoints = "Add at least one checkpoint.";
  draft.checkpoints.forEach((checkpoint, index) => {
    const field = (part: string) => `checkpoints.${index}.${part}`;
    if (checkpoint.task.trim() === "")
      errors[field("task")] = "Say what the learner does at this checkpoint.";
    if (checkpoint.source === "link") {
      if (checkpoint.url.trim() === "")
        errors[field("url")] = "Give the link's address, starting with https://.";
      if (checkpoint.title.trim() === "") errors[field("title")] = "Give the link a title.";
    } else if (!checkpoint.picked) {
      errors[field("resource")] = "Pick a talk or a meetup: type a few words of its title.";
    }
  });
  if (changeNote.needed && changeNote.text.trim() === "")
    errors.changeNote = "Say what changed: readers see it with the new revision.";
  return errors;
}
