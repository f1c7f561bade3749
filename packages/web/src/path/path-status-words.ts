/** A path's state as its curator and the console read it, from its status and latest revision. */
export function pathStateWords(path: { status: string; revision: number }): string {
  switch (path.status) {
    case "DRAFT":
      return "Draft, never published";
    case "PUBLISHED":
      return `Published, revision ${path.revision}`;
    case "UNPUBLISHED":
      return `Unpublished, revision ${path.revision}`;
    case "ARCHIVED":
      return path.revision === 0 ? "Archived, never published" : `Archived, revision ${path.revision}`;
    default:
      return path.status.toLowerCase();
  }
}

/** "No learners", "1 learner", "12 learners". */
export function learnerWords(count: number): string {
  if (count === 0) return "No learners";
  return count === 1 ? "1 learner" : `${count.toLocaleString("en-GB")} learners`;
}
