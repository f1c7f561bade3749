import { describe, expect, test } from "vitest";
import { InvalidPath } from "./errors";
import { parsePathInput } from "./path-input";

const link = { task: "Read the introduction", url: "https://example.com/intro", title: "An introduction" };
const input = (changes: Record<string, unknown> = {}) => ({
  goal: "Learn event sourcing",
  checkpoints: [link],
  ...changes,
});

function issuesOf(value: Record<string, unknown>) {
  try {
    parsePathInput(input(value) as Parameters<typeof parsePathInput>[0]);
  } catch (error) {
    if (error instanceof InvalidPath) return error.issues;
    throw error;
  }
  return [];
}

describe("a path's text shows what it says", () => {
  test("a goal, task, title or tag of joiners, variation selectors or marks alone is refused", () => {
    const invisible = "\u200d\u200d\ufe0f\u0301\u200c";
    expect(issuesOf({ goal: invisible })).toEqual([
      { path: ["goal"], message: "must hold a letter, digit or symbol" },
    ]);
    expect(issuesOf({ checkpoints: [{ ...link, task: invisible, title: "\u200d" }] })).toEqual([
      { path: ["checkpoints", "0", "task"], message: "must hold a letter, digit or symbol" },
      { path: ["checkpoints", "0", "title"], message: "must hold a letter, digit or symbol" },
    ]);
    expect(issuesOf({ tags: ["\u200d"] })).toEqual([
      { path: ["tags", "0"], message: "must hold a letter, digit or symbol" },
    ]);
  });

  test("emoji, joined emoji and other scripts are text that shows", () => {
    expect(issuesOf({ goal: "👩‍💻👩‍💻👩‍💻", tags: ["🚀", "événement", "עברית"] })).toEqual([]);
  });

  test("a tag is at most 30 characters as stored, lower-cased", () => {
    // "İ" lower-cases to "i" and a combining dot: 20 of them are 40 characters stored.
    expect(issuesOf({ tags: ["İ".repeat(20)] })).toEqual([
      { path: ["tags", "0"], message: "must be 1 to 30 characters" },
    ]);
    expect(issuesOf({ tags: ["İ".repeat(15)] })).toEqual([]);
  });
});
