import type { RevisionView } from "./path-documents";

type Change = RevisionView["changes"][number];

/**
 * What changed in a revision, in words a learner reads: "Added “Deploy a function”", "Moved “…” from 3 to
 * 1". Positions are counted from 1, as the page numbers its checkpoints; the API counts from 0.
 */
export function changeWords(change: Change): string {
  const task = `“${change.task}”`;
  switch (change.kind) {
    case "ADDED":
      return `Added ${task}`;
    case "REMOVED":
      return `Removed ${task}`;
    case "MOVED":
      return change.fromPosition !== null && change.toPosition !== null
        ? `Moved ${task} from ${change.fromPosition + 1} to ${change.toPosition + 1}`
        : `Moved ${task}`;
    case "EDITED":
      return `Edited ${task}`;
  }
}

/** Every change of a revision in words, the goal's first: what a reader of its history sees. */
export function revisionChangeWords(revision: Pick<RevisionView, "changes" | "goalChanged">): string[] {
  return [...(revision.goalChanged ? ["Changed the goal"] : []), ...revision.changes.map(changeWords)];
}

/** "Revision 2", "the first revision": a revision's name as its heading says it. */
export const revisionName = (revision: number): string =>
  revision === 1 ? "Revision 1 (first published)" : `Revision ${revision}`;
