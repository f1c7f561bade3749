import { describe, expect, test } from "vitest";
import { filterOf, pathsWith, searchOf } from "./paths-filter";

describe("the paths index's filters in the address", () => {
  test("a filter read from the address comes back the same", () => {
    const search = "?tag=lambda&curator=sanne&community=serverless-rotterdam&order=most-followed";
    expect(searchOf(filterOf(new URLSearchParams(search)))).toBe(search);
  });

  test("newest first needs no word in the address", () =>
    expect(searchOf(filterOf(new URLSearchParams("order=newest")))).toBe(""));

  test("what a person types is trimmed, lower-cased, and a handle loses its @", () =>
    expect(filterOf(new URLSearchParams("tag= Lambda &curator=@Sanne&community="))).toEqual({
      tag: "lambda",
      curator: "sanne",
      community: null,
      order: "NEWEST",
    }));

  test("what a person typed goes to the address as it reads back", () =>
    expect(searchOf({ tag: " Lambda ", curator: "@Daan", community: "", order: "NEWEST" })).toBe(
      "?tag=lambda&curator=daan",
    ));

  test("an unknown order reads as newest first", () =>
    expect(filterOf(new URLSearchParams("order=random")).order).toBe("NEWEST"));

  test("a tag on a path links to the index narrowed to it", () =>
    expect(pathsWith({ tag: "step functions" })).toBe("/paths?tag=step+functions"));
});
