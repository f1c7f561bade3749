import { describe, expect, test } from "vitest";
import { InvalidSpeakerProfile } from "./errors";
import { parseSpeakerProfileInput } from "./speaker-input";

const issuesOf = (input: unknown): string[] => {
  try {
    parseSpeakerProfileInput(input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSpeakerProfile);
    return (error as InvalidSpeakerProfile).issues.map((issue) => issue.path.join("."));
  }
  return [];
};

describe("speaker profile input", () => {
  test("keeps what is given, trimmed, and leaves out what is not", () => {
    expect(
      parseSpeakerProfileInput({
        headline: "  Compilers, gently ",
        links: [{ label: " Blog", url: "https://a.example" }],
      }),
    ).toEqual({ headline: "Compilers, gently", links: [{ label: "Blog", url: "https://a.example" }] });
  });

  test("an empty headline is allowed: the profile stays unpublished", () => {
    expect(parseSpeakerProfileInput({ headline: "" })).toEqual({ headline: "" });
  });

  test("a headline is at most 120 characters, on one line", () => {
    expect(issuesOf({ headline: "x".repeat(121) })).toEqual(["headline"]);
    expect(issuesOf({ headline: "two\nlines" })).toEqual(["headline"]);
    expect(issuesOf({ headline: "x".repeat(120) })).toEqual([]);
  });

  test("a bio is at most 2,000 characters", () => {
    expect(issuesOf({ bio: "x".repeat(2001) })).toEqual(["bio"]);
  });

  test("links are https, labelled, and at most five", () => {
    expect(issuesOf({ links: [{ label: "Blog", url: "http://a.example" }] })).toEqual(["links.0.url"]);
    expect(issuesOf({ links: [{ label: "Blog", url: "javascript:alert(1)" }] })).toEqual(["links.0.url"]);
    expect(issuesOf({ links: [{ label: "", url: "https://a.example" }] })).toEqual(["links.0.label"]);
    const link = { label: "Blog", url: "https://a.example" };
    expect(issuesOf({ links: Array(6).fill(link) })).toEqual(["links"]);
  });

  test("unknown fields are refused", () => {
    expect(issuesOf({ photoKey: "a-key" })).toEqual([""]);
  });
});
