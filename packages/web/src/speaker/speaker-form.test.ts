import { describe, expect, test } from "vitest";
import { speakerErrorsOf, speakerInputOf, speakerLocalErrorsOf } from "./speaker-form";

describe("the speaker profile form", () => {
  const values = {
    headline: "  Compilers, gently ",
    bio: "Writes *compilers*.\n",
    links: [
      { label: "", url: "" },
      { label: "Blog", url: "https://ann.example" },
    ],
  };

  test("sends trimmed fields and drops blank link rows, remembering which row each link came from", () => {
    expect(speakerInputOf(values)).toEqual({
      input: {
        headline: "Compilers, gently",
        bio: "Writes *compilers*.",
        links: [{ label: "Blog", url: "https://ann.example" }],
      },
      linkRows: [1],
    });
  });

  test("puts the API's issues on the rows they came from", () => {
    expect(speakerErrorsOf([{ path: ["links", "0", "url"], message: "must be an https URL" }], [1])).toEqual({
      "links.1.url": "Must be an https URL.",
    });
  });

  test("asks for https before a round trip", () => {
    expect(speakerLocalErrorsOf({ ...values, links: [{ label: "Blog", url: "http://a.example" }] })).toEqual({
      "links.0.url": "Use an https address, such as https://example.org.",
    });
  });
});
