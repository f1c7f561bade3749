import type {
  CheckpointInput,
  CheckpointMeetup,
  CheckpointTalk,
  EditableCheckpoint,
  EditablePath,
  PathInput,
} from "./path-editor-documents";

/** A talk or a meetup of a community, picked for a checkpoint. */
export type PickedResource =
  | { kind: "talk"; talk: CheckpointTalk }
  | { kind: "meetup"; meetup: CheckpointMeetup };

/**
 * A checkpoint as the editor holds it while the curator types: a link's fields and a picked talk or
 * meetup both, so that switching between them loses neither.
 */
export interface CheckpointDraft {
  /** The row's own key in the editor, stable while it moves (a new checkpoint has no `id` yet). */
  key: string;
  /** The API's id of a checkpoint the path had: sent back, so that its learners keep their progress. */
  id?: string;
  task: string;
  /** A page on the web, or a talk or meetup of a community. */
  source: "link" | "community";
  url: string;
  title: string;
  picked: PickedResource | null;
}

/** What the editor holds of a path: its content, as the curator types it. */
export interface PathDraft {
  goal: string;
  description: string;
  /** As typed: "serverless, testing". */
  tags: string;
  /** The community's id, or "" for a path of the curator's own. */
  communityId: string;
  checkpoints: CheckpointDraft[];
}

let keys = 0;
const newKey = () => `checkpoint-${++keys}`;

export function emptyCheckpoint(): CheckpointDraft {
  return { key: newKey(), task: "", source: "link", url: "", title: "", picked: null };
}

export function checkpointDraftOf(checkpoint: EditableCheckpoint): CheckpointDraft {
  const draft: CheckpointDraft = { ...emptyCheckpoint(), id: checkpoint.id, task: checkpoint.task };
  const resource = checkpoint.resource;
  switch (resource.__typename) {
    case "LinkResource":
      return { ...draft, url: resource.url, title: resource.title };
    case "TalkResource":
      // A talk no longer public is left to pick again: the API would refuse it.
      return {
        ...draft,
        source: "community",
        picked: resource.talk ? { kind: "talk", talk: resource.talk } : null,
      };
    case "MeetupResource":
      return {
        ...draft,
        source: "community",
        picked: resource.meetup ? { kind: "meetup", meetup: resource.meetup } : null,
      };
    default:
      return draft;
  }
}

export function pathDraftOf(path: EditablePath | undefined, communityId = ""): PathDraft {
  if (!path) return { goal: "", description: "", tags: "", communityId, checkpoints: [emptyCheckpoint()] };
  return {
    goal: path.goal,
    description: path.description,
    tags: path.tags.join(", "),
    communityId: path.community?.id ?? "",
    checkpoints: path.checkpoints.map(checkpointDraftOf),
  };
}

/** "Serverless, Event Sourcing" → ["serverless", "event-sourcing"]: as the API stores them, deduplicated. */
export function pathTagsOf(text: string): string[] {
  const tags = text
    .split(",")
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, "-"))
    .filter((tag) => tag !== "");
  return Array.from(new Set(tags));
}

export function checkpointInputOf(checkpoint: CheckpointDraft): CheckpointInput {
  const kept = checkpoint.id ? { id: checkpoint.id } : {};
  const task = checkpoint.task.trim();
  if (checkpoint.source === "link")
    return { ...kept, task, url: checkpoint.url.trim(), title: checkpoint.title.trim() };
  const picked = checkpoint.picked;
  if (picked?.kind === "talk") return { ...kept, task, talkId: picked.talk.publicId };
  if (picked?.kind === "meetup") return { ...kept, task, meetupId: picked.meetup.publicId };
  return { ...kept, task };
}

/**
 * The input the API takes. The community goes with a new draft only: the API reads it on the first
 * draft and never again.
 */
export function pathInputOf(draft: PathDraft, { withCommunity }: { withCommunity: boolean }): PathInput {
  return {
    goal: draft.goal.trim(),
    description: draft.description.trim(),
    tags: pathTagsOf(draft.tags),
    ...(withCommunity && draft.communityId ? { communityId: draft.communityId } : {}),
    checkpoints: draft.checkpoints.map(checkpointInputOf),
  };
}

/** The list with the item at `from` taken out and put in at `to` (both 0-based). */
export function moved<Item>(items: readonly Item[], from: number, to: number): Item[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(to, 0, item);
  return next;
}

/** How a checkpoint is called where a screen reader or a list names it: its task, else its place. */
export function checkpointName(checkpoint: CheckpointDraft, index: number): string {
  const task = checkpoint.task.trim();
  return task === "" ? `Checkpoint ${index + 1}` : task;
}

/** What the live region says once a checkpoint moved. */
export function checkpointMoveAnnouncement(name: string, position: number, count: number): string {
  return `${name} moved to position ${position + 1} of ${count}.`;
}
