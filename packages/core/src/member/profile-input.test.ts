import { describe, expect, test } from "vitest";
import { InvalidProfile } from "./errors";
import { parseProfileInput } from "./profile-input";

/** The issues a rejected input is told, as "path: message". */
function issuesOf(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidProfile)
      return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw error;
  }
  throw new Error("the input was accepted");
}

describe("a profile's display name", () => {
  test("is stored trimmed and in NFC", () => {
    expect(parseProfileInput({ displayName: " Zoe\u0308 " }).displayName).toBe("Zo\u00eb");
  });

  test("that would lie about itself is refused, naming the field", () => {
    expect(issuesOf(() => parseProfileInput({ displayName: "Ann\u202e" }))).toEqual([
      "displayName: must not hold bidirectional overrides or isolates",
    ]);
    expect(issuesOf(() => parseProfileInput({ displayName: "\u3164" }))).toEqual([
      "displayName: must not hold directional marks or blank fillers",
    ]);
    expect(issuesOf(() => parseProfileInput({ displayName: "Ann\nAdmin" }))).toEqual([
      "displayName: must be one line, without control characters",
    ]);
  });
});

describe("a profile's bio", () => {
  test("keeps its lines", () => {
    expect(parseProfileInput({ bio: "Writes compilers.\nRuns." }).bio).toBe("Writes compilers.\nRuns.");
  });

  test("with NUL or a lone surrogate is refused, naming the field", () => {
    expect(issuesOf(() => parseProfileInput({ bio: "a\u0000" }))).toEqual([
      "bio: must not hold control characters other than line breaks and tabs",
    ]);
    expect(issuesOf(() => parseProfileInput({ bio: "\udfff" }))).toEqual([
      "bio: must be well-formed Unicode (it holds a lone surrogate)",
    ]);
  });
});

describe("a profile's links and avatar", () => {
  test("are http or https URLs, kept as given", () => {
    expect(
      parseProfileInput({
        links: [{ label: "Blog", url: "http://ann.example/" }],
        avatarUrl: "https://ann.example/ann.png",
      }),
    ).toEqual({
      links: [{ label: "Blog", url: "http://ann.example/" }],
      avatarUrl: "https://ann.example/ann.png",
    });
  });

  test("ending in NUL, with another scheme or with a label that holds a control are refused, naming the field", () => {
    expect(
      issuesOf(() =>
        parseProfileInput({
          links: [
            { label: "Blog", url: "https://ann.example/\u0000" },
            { label: "Run\u001b[31m", url: "javascript:alert(1)" },
          ],
          avatarUrl: "data:image/png;base64,AAAA",
        }),
      ),
    ).toEqual([
      "links.0.url: must not hold control characters",
      "links.1.label: must be one line, without control characters",
      "links.1.url: must be an http or https URL",
      "avatarUrl: must be an http or https URL",
    ]);
  });
});

describe("a profile's handle", () => {
  test("is lower-case ASCII only, so no surrogate or control passes", () => {
    expect(issuesOf(() => parseProfileInput({ handle: "ann\ud800" }))).toHaveLength(1);
    expect(issuesOf(() => parseProfileInput({ handle: "ann\u0000" }))).toHaveLength(1);
  });
});
