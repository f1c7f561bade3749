import { describe, expect, test } from "vitest";
import { handlesOf } from "./proposal-form";

describe("co-speakers as a person types them", () => {
  test("handles are read with or without their @, separated by commas or spaces", () =>
    expect(handlesOf(" @ann, bob  @cy,")).toEqual(["ann", "bob", "cy"]));

  test("nothing typed is nobody", () => expect(handlesOf(" , ")).toEqual([]));
});
