import { describe, expect, test } from "vitest";
import { plainRefusal } from "./refusal-words";

describe("the words a refused command shows", () => {
  test("a known refusal reads in plain words, without the ids the API's message names", () => {
    const words = plainRefusal({ code: "NO_RSVP", message: "member 01a2 has no RSVP to meetup 01a3" });
    expect(words).toBe("You hold no place at this meetup (any more).");
    expect(words).not.toContain("01a");
  });

  test("a refusal without words of its own keeps the API's message", () => {
    expect(
      plainRefusal({ code: "TOO_MANY_GUESTS", message: "an RSVP may bring at most 1 guests, not 2" }),
    ).toBe("an RSVP may bring at most 1 guests, not 2");
    expect(plainRefusal({ message: "no code at all" })).toBe("no code at all");
  });
});
