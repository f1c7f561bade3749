/*
 * The path's counters, which this context's projection writes: their keys are the path context's
 * (`learnerCountKey`, `completionCountKey` of path/index.ts), re-exported here so that one file names them.
 */
import type { DocumentKey } from "../documents/document-store";

export const learnerCountKey = (pathId: string): DocumentKey => ({
  partition: `path-counts#${pathId}`,
  sort: "learners",
});
export const completionCountKey = (pathId: string): DocumentKey => ({
  partition: `path-counts#${pathId}`,
  sort: "completions",
});
