import { type FieldErrors, sentenceOf } from "../components/form-field";
import type { PathDraft } from "./checkpoint-draft";

/*
 * Where the API's refusals of a path belong in the editor, in words for a curator. Field errors are keyed
 * by field: `goal`, `description`, `tags`, `communityId`, `changeNote`, `checkpoints` (the list as a whole),
 * `checkpoints.2` (a checkpoint as a whole) and `checkpoints.2.url` (one of its fields); `form` is the
 * rest. Each rule is said in the editor's own words, the same whatever the API's message: those are for
 * developers, and may name talks and meetups by id.
 */

/** The rule each field keeps, as the editor says it. */
const fieldWords: Record<string, string> = {
  goal: "The goal must be 5 to 80 characters.",
  description: "Keep the description to 5,000 characters.",
  tags: "Up to 5 tags, each 1 to 30 characters.",
  communityId: "Pick a community you belong to, or none.",
  changeNote: "Say what changed, in 1 to 300 characters.",
  checkpoints: "A path has 1 to 30 checkpoints.",
  task: "Give the checkpoint a task of 1 to 200 characters.",
  url: "The link must be an https address (starting with https://), up to 2,000 characters.",
  title: "Give the link a title of 1 to 120 characters.",
};

/** The checkpoint fields the editor has a control for: other parts of an issue's path name the checkpoint. */
const checkpointFields = new Set(["task", "url", "title", "talkId", "meetupId"]);

/** The picker stands for both the talk and the meetup a checkpoint may have. */
const pickerParts = new Set(["talkId", "meetupId"]);

/** The key of the field an issue's path points at (see above). */
export function fieldOfIssue(path: readonly string[]): string {
  const [field = "form", position, part] = path;
  if (field !== "checkpoints" || position === undefined || !/^\d+$/.test(position)) return field;
  if (part === undefined || !checkpointFields.has(part)) return `checkpoints.${position}`;
  return `checkpoints.${position}.${pickerParts.has(part) ? "resource" : part}`;
}

/** `InvalidPath.issues` on their fields, each field's first issue in the editor's words. */
export function pathIssueErrors(
  issues: readonly { path: readonly string[]; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path);
    const last = field.split(".").at(-1) ?? field;
    errors[field] ??= fieldWords[/^\d+$/.test(last) ? "" : last] ?? sentenceOf(issue.message);
  }
  return errors;
}

/** `ResourceNotFound`: the talk or meetup of the checkpoint at that position is gone or not public. */
export function resourceNotFoundError(draft: PathDraft, position: number): FieldErrors {
  const kind = draft.checkpoints[position]?.picked?.kind;
  return {
    [`checkpoints.${position}.resource`]:
      kind === "talk"
        ? "This talk is not a confirmed, public talk (any more): pick another one."
        : kind === "meetup"
          ? "This meetup no longer exists: pick another one."
          : "Its talk or meetup no longer exists: pick another one.",
  };
}

/** The refusals of the path as a whole, by the rejection's type. */
const refusalWords: Record<string, string> = {
  NotSignedIn: "You are signed out. Sign in and try again.",
  NotTheCurator: "Only the path's curator, or an organiser of its community, may change it.",
  PathNotFound: "This path no longer exists, or you may no longer see it.",
  PathArchived: "This path is archived: it changes no more.",
  NothingChanged: "Nothing changed: change the path first, then save the new revision.",
};

/** A refusal of a command on a path (a save, a publish, an unpublish, an archive), in words. */
export function pathRefusalWords(rejection: { code?: unknown; message: string }): string {
  const typename = (rejection as { __typename?: unknown }).__typename;
  return (typeof typename === "string" && refusalWords[typename]) || sentenceOf(rejection.message);
}
