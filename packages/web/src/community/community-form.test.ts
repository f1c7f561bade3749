import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "../components/form-field";
import { slugOf, tagsOf } from "./community-form";

describe("the community form", () => {
  test("suggests an address from the name", () => {
    expect(slugOf("Rust Berlin!")).toBe("rust-berlin");
    expect(slugOf("  Café  Société ")).toBe("cafe-societe");
  });

  test("reads tags separated by commas", () => {
    expect(tagsOf("Rust, web  assembly, ,berlin")).toEqual(["rust", "web-assembly", "berlin"]);
  });

  test("puts the API's issues on their fields", () => {
    expect(
      fieldErrorsOf([
        { path: ["tags", "1"], message: "too short" },
        { path: ["name"], message: "Too long." },
        { path: [], message: "nope" },
        { path: ["venue", "address"], message: "must be 1 to 500 characters" },
      ]),
    ).toEqual({
      tags: "Item 2: Too short.",
      name: "Too long.",
      form: "Nope.",
      venueAddress: "Must be 1 to 500 characters.",
    });
  });
});
