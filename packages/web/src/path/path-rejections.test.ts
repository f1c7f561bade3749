import { describe, expect, test } from "vitest";
import { emptyCheckpoint, type PathDraft } from "./checkpoint-draft";
import { fieldOfIssue, pathIssueErrors, pathRefusalWords, resourceNotFoundError } from "./path-rejections";

describe("where the API's refusals of a path land in the editor", () => {
  test("an issue of the path's own field lands on it, in the editor's words", () => {
    expect(
      pathIssueErrors([{ path: ["goal"], message: "Too small: expected string to have >=5 characters" }]),
    ).toEqual({
      goal: "The goal must be 5 to 80 characters.",
    });
  });

  test("a checkpoint's field is told by its position, and a talk or meetup by the picker", () => {
    expect(fieldOfIssue(["checkpoints", "2", "url"])).toBe("checkpoints.2.url");
    expect(fieldOfIssue(["checkpoints", "0", "talkId"])).toBe("checkpoints.0.resource");
    expect(fieldOfIssue(["checkpoints", "1", "meetupId"])).toBe("checkpoints.1.resource");
    expect(fieldOfIssue(["checkpoints", "1"])).toBe("checkpoints.1");
    expect(fieldOfIssue(["checkpoints", "1", "something"])).toBe("checkpoints.1");
    expect(fieldOfIssue(["checkpoints"])).toBe("checkpoints");
    expect(fieldOfIssue(["tags", "3"])).toBe("tags");
    expect(fieldOfIssue([])).toBe("form");
  });

  test("an http address is refused in words that say https", () => {
    expect(pathIssueErrors([{ path: ["checkpoints", "1", "url"], message: "must be an https URL" }])).toEqual(
      {
        "checkpoints.1.url":
          "The link must be an https address (starting with https://), up to 2,000 characters.",
      },
    );
  });

  test("each field keeps its first issue; a field without words of the editor keeps the API's, as a sentence", () => {
    expect(
      pathIssueErrors([
        { path: ["checkpoints", "0", "task"], message: "too long" },
        { path: ["checkpoints", "0", "task"], message: "has control characters" },
        { path: ["checkpoints", "3"], message: "this talk is on the path already" },
      ]),
    ).toEqual({
      "checkpoints.0.task": "Give the checkpoint a task of 1 to 200 characters.",
      "checkpoints.3": "This talk is on the path already.",
    });
  });

  test("a talk that is not found is said on the checkpoint's picker", () => {
    const talk = {
      kind: "talk" as const,
      talk: { id: "t", publicId: "t", title: "Cold starts", speakers: [] },
    };
    const draft: PathDraft = {
      goal: "Learn",
      description: "",
      tags: "",
      communityId: "",
      checkpoints: [emptyCheckpoint(), { ...emptyCheckpoint(), source: "community", picked: talk }],
    };
    expect(resourceNotFoundError(draft, 1)).toEqual({
      "checkpoints.1.resource": "This talk is not a confirmed, public talk (any more): pick another one.",
    });
  });

  test("a refusal of the path as a whole is said by its type, never in the API's words", () => {
    expect(
      pathRefusalWords({
        __typename: "NotTheCurator",
        code: "NOT_THE_CURATOR",
        message: "member 0190 is not…",
      } as {
        code: string;
        message: string;
      }),
    ).toBe("Only the path's curator, or an organiser of its community, may change it.");
    expect(pathRefusalWords({ code: "SOMETHING_NEW", message: "something new happened" })).toBe(
      "Something new happened.",
    );
  });
});
