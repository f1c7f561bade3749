import { describe, expect, test } from "vitest";
import { emptyCheckpoint, moved, type PathDraft, pathInputOf, pathTagsOf } from "./checkpoint-draft";

describe("the editor's draft of a path, as the API takes it", () => {
  const meetup = {
    id: "m",
    publicId: "meetup-4",
    title: "Workshop",
    startsAt: "2026-04-02T17:00:00.000Z",
    timeZone: "Europe/Amsterdam",
    phase: "UPCOMING" as const,
  };
  const draft: PathDraft = {
    goal: "  Deploy a first function ",
    description: "",
    tags: "Serverless, event sourcing, serverless",
    communityId: "community-1",
    checkpoints: [
      { ...emptyCheckpoint(), id: "kept", task: " Read ", url: " https://example.org ", title: "Docs" },
      { ...emptyCheckpoint(), task: "Attend", source: "community", picked: { kind: "meetup", meetup } },
    ],
  };

  test("a kept checkpoint sends its id, a new one none; each sends its one resource", () => {
    expect(pathInputOf(draft, { withCommunity: false })).toEqual({
      goal: "Deploy a first function",
      description: "",
      tags: ["serverless", "event-sourcing"],
      checkpoints: [
        { id: "kept", task: "Read", url: "https://example.org", title: "Docs" },
        { task: "Attend", meetupId: "meetup-4" },
      ],
    });
  });

  test("the community goes with a new draft only", () => {
    expect(pathInputOf(draft, { withCommunity: true }).communityId).toBe("community-1");
    expect(pathInputOf({ ...draft, communityId: "" }, { withCommunity: true })).not.toHaveProperty(
      "communityId",
    );
  });

  test("tags are lower-case, hyphenated and once each", () => {
    expect(pathTagsOf("AWS,  Step Functions , aws,")).toEqual(["aws", "step-functions"]);
  });

  test("a move takes the item out and puts it in at its new place", () => {
    expect(moved(["a", "b", "c", "d"], 3, 1)).toEqual(["a", "d", "b", "c"]);
    expect(moved(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
  });
});
