import { describe, expect, test } from "vitest";
import { InvalidCall, InvalidProposal } from "./errors";
import {
  parseCallChanges,
  parseCallInput,
  parseDecisionMessage,
  parseProposalChanges,
  parseProposalInput,
  parseReviewInput,
} from "./talk-input";

const now = new Date("2026-05-10T10:00:00.000Z");

const call = {
  communityId: "c1",
  title: "  Summer talks  ",
  opensAt: "2026-05-01T00:00:00Z",
  closesAt: "2026-06-01T00:00:00Z",
  formats: [{ name: "Lightning talk", minutes: 5 }],
  criteria: [{ name: "Fit for beginners", weight: 1.5 }],
};

const proposal = { callId: "call-1", title: "Events", abstract: "What we *learned*.", formatId: "talk" };

const issuesOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidCall || error instanceof InvalidProposal) return error.issues;
    throw error;
  }
  return [];
};

describe("a call", () => {
  test("is trimmed, its instants canonical, ids for formats and criteria taken from their names, scales 1 to 5", () =>
    expect(parseCallInput(call, now)).toEqual({
      communityId: "c1",
      details: {
        title: "Summer talks",
        description: "",
        opensAt: "2026-05-01T00:00:00.000Z",
        closesAt: "2026-06-01T00:00:00.000Z",
        formats: [{ id: "lightning-talk", name: "Lightning talk", minutes: 5 }],
        criteria: [
          {
            id: "fit-for-beginners",
            name: "Fit for beginners",
            weight: 1.5,
            scale: { minimum: 1, maximum: 5 },
          },
        ],
        anonymised: false,
        meetupId: null,
      },
    }));

  test("a name of no letters or digits gets an id by its place", () =>
    expect(
      parseCallInput({ ...call, formats: [{ name: "🎤", minutes: 5 }] }, now).details.formats[0]?.id,
    ).toBe("format-1"));

  test("says which part breaks which rule", () => {
    expect(issuesOf(() => parseCallInput({ ...call, formats: [] }, now))).toEqual([
      { path: ["formats"], message: "offer at least one format" },
    ]);
    expect(issuesOf(() => parseCallInput({ ...call, formats: [{ name: "Talk", minutes: 0 }] }, now))).toEqual(
      [{ path: ["formats", 0, "minutes"], message: "must be 1 to 480 minutes" }],
    );
    expect(
      issuesOf(() => parseCallInput({ ...call, criteria: [{ name: "Depth", weight: 0 }] }, now)),
    ).toEqual([{ path: ["criteria", 0, "weight"], message: "must be above 0" }]);
    expect(issuesOf(() => parseCallInput({ ...call, opensAt: "1999-01-01T00:00:00Z" }, now))).toEqual([
      { path: ["opensAt"], message: "must not be before 2000-01-01" },
    ]);
  });

  test("an edit keeps only what it names", () =>
    expect(parseCallChanges({ anonymised: true }, now)).toEqual({ anonymised: true }));
});

describe("a proposal", () => {
  test("defaults its level, tags, note and co-speakers; handles lose their @ and their capitals", () =>
    expect(parseProposalInput({ ...proposal, coSpeakerHandles: ["@Ann", "bob"] })).toEqual({
      callId: "call-1",
      details: {
        title: "Events",
        abstract: "What we *learned*.",
        formatId: "talk",
        level: "beginner",
        tags: [],
        note: "",
      },
      coSpeakerHandles: ["ann", "bob"],
    }));

  test("says which part breaks which rule", () => {
    expect(issuesOf(() => parseProposalInput({ ...proposal, abstract: "" }))).toEqual([
      { path: ["abstract"], message: "say what the talk is about" },
    ]);
    expect(
      issuesOf(() => parseProposalInput({ ...proposal, coSpeakerHandles: ["a", "b", "c", "d"] })),
    ).toEqual([{ path: ["coSpeakerHandles"], message: "at most 3 co-speakers" }]);
    expect(issuesOf(() => parseProposalInput({ ...proposal, tags: ["Rust"] }))[0]?.path).toEqual(["tags", 0]);
    expect(issuesOf(() => parseProposalInput({ ...proposal, tags: ["rust", "rust"] }))).toEqual([
      { path: ["tags"], message: "each tag only once" },
    ]);
  });

  test("an edit keeps only what it names, and the speakers when it names them", () => {
    expect(parseProposalChanges({ title: "Other" })).toEqual({ changes: { title: "Other" } });
    expect(parseProposalChanges({ coSpeakerHandles: [] })).toEqual({ changes: {}, coSpeakerHandles: [] });
  });

  test("a message and a review comment are trimmed, and bounded", () => {
    expect(parseDecisionMessage("  See you!\n")).toBe("See you!");
    expect(issuesOf(() => parseDecisionMessage("x".repeat(2001)))[0]?.path).toEqual(["message"]);
    expect(parseReviewInput({ scores: [{ criterionId: "relevance", score: 4 }] })).toEqual({
      scores: [{ criterionId: "relevance", score: 4 }],
      comment: "",
    });
  });
});
