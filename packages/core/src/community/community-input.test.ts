import { describe, expect, test } from "vitest";
import { parseEditInput, parseFoundInput } from "./community-input";
import { InvalidCommunity } from "./errors";

/** The issues a rejected input is told, as "path: message". */
function issuesOf(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidCommunity)
      return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw error;
  }
  throw new Error("the input was accepted");
}

const found = { name: "Rotterdam Serverless", slug: "rotterdam-serverless" };

describe("a community's name", () => {
  test("is stored trimmed and in NFC", () => {
    expect(parseFoundInput({ ...found, name: "  Cafe\u0301 Club " }).name).toBe("Caf\u00e9 Club");
  });

  test("with a lone surrogate, a control character or a bidirectional override is refused, naming the field", () => {
    expect(issuesOf(() => parseFoundInput({ ...found, name: "Poison \ud800 club" }))).toEqual([
      "name: must be well-formed Unicode (it holds a lone surrogate)",
    ]);
    expect(issuesOf(() => parseFoundInput({ ...found, name: "Null\u0000 club" }))).toEqual([
      "name: must be one line, without control characters",
    ]);
    expect(issuesOf(() => parseEditInput({ name: "Club \u202egnp.exe" }))).toEqual([
      "name: must not hold bidirectional overrides or isolates",
    ]);
  });
});

describe("a community's description", () => {
  test("keeps its lines and tabs, in NFC", () => {
    expect(parseFoundInput({ ...found, description: "We meet.\n\tMonthly, cafe\u0301." }).description).toBe(
      "We meet.\n\tMonthly, caf\u00e9.",
    );
  });

  test("with a control character other than a line break or a tab is refused, naming the field", () => {
    expect(issuesOf(() => parseEditInput({ description: "bell\u0007" }))).toEqual([
      "description: must not hold control characters other than line breaks and tabs",
    ]);
    expect(issuesOf(() => parseFoundInput({ ...found, description: "\ud800" }))).toEqual([
      "description: must be well-formed Unicode (it holds a lone surrogate)",
    ]);
  });
});

describe("a community's slug and tags", () => {
  test("are lower-case ASCII only, so no look-alike letter, surrogate or control passes", () => {
    expect(issuesOf(() => parseFoundInput({ ...found, slug: "rotterd\u0430m" }))).toHaveLength(1);
    expect(issuesOf(() => parseEditInput({ slug: "poison-\ud800" }))).toHaveLength(1);
    expect(issuesOf(() => parseEditInput({ tags: ["ok", "nul\u0000"] }))).toEqual([
      "tags.1: must be 2 to 30 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
    ]);
  });
});
