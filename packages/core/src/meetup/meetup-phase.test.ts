import { describe, expect, test } from "vitest";
import { checkInAccessOf, isCheckInOpen, phaseOf } from "./meetup-phase";

const meetup = { startsAt: "2026-12-24T18:00:00.000Z", endsAt: "2026-12-24T20:00:00.000Z" };
const at = (instant: string) => new Date(instant);

describe("a meetup's phase", () => {
  test("upcoming until the start, running until the end, past from the end", () => {
    expect(phaseOf(meetup, at("2026-12-24T17:59:59.999Z"))).toBe("upcoming");
    expect(phaseOf(meetup, at("2026-12-24T18:00:00.000Z"))).toBe("running");
    expect(phaseOf(meetup, at("2026-12-24T19:59:59.999Z"))).toBe("running");
    expect(phaseOf(meetup, at("2026-12-24T20:00:00.000Z"))).toBe("past");
  });

  test("the door opens an hour before the start and closes at the end", () => {
    expect(isCheckInOpen(meetup, at("2026-12-24T16:59:59.999Z"))).toBe(false);
    expect(isCheckInOpen(meetup, at("2026-12-24T17:00:00.000Z"))).toBe(true);
    expect(isCheckInOpen(meetup, at("2026-12-24T19:59:59.999Z"))).toBe(true);
    expect(isCheckInOpen(meetup, at("2026-12-24T20:00:00.000Z"))).toBe(false);
  });

  test("after the end, organisers alone may correct check-ins, for a week", () => {
    const access = (instant: string, asOrganiser: boolean) =>
      checkInAccessOf(meetup, at(instant), asOrganiser);
    expect(access("2026-12-24T16:59:59.999Z", true)).toBe("not yet");
    expect(access("2026-12-24T17:00:00.000Z", false)).toBe("open");
    expect(access("2026-12-24T20:00:00.000Z", false)).toBe("closed");
    expect(access("2026-12-24T20:00:00.000Z", true)).toBe("corrections");
    expect(access("2026-12-31T19:59:59.999Z", true)).toBe("corrections");
    expect(access("2026-12-31T20:00:00.000Z", true)).toBe("closed");
  });
});
