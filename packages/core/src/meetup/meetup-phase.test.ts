import { describe, expect, test } from "vitest";
import { isCheckInOpen, phaseOf } from "./meetup-phase";

const meetup = { startsAt: "2026-12-24T18:00:00.000Z", endsAt: "2026-12-24T20:00:00.000Z" };
const at = (instant: string) => new Date(instant);

describe("a meetup's phase", () => {
  test("upcoming until the start, running until the end, past from the end", () => {
    expect(phaseOf(meetup, at("2026-12-24T17:59:59.999Z"))).toBe("upcoming");
    expect(phaseOf(meetup, at("2026-12-24T18:00:00.000Z"))).toBe("running");
    expect(phaseOf(meetup, at("2026-12-24T19:59:59.999Z"))).toBe("running");
    expect(phaseOf(meetup, at("2026-12-24T20:00:00.000Z"))).toBe("past");
  });

  test("check-in opens two hours before the start and closes twelve hours after the end", () => {
    expect(isCheckInOpen(meetup, at("2026-12-24T15:59:59.999Z"))).toBe(false);
    expect(isCheckInOpen(meetup, at("2026-12-24T16:00:00.000Z"))).toBe(true);
    expect(isCheckInOpen(meetup, at("2026-12-25T08:00:00.000Z"))).toBe(true);
    expect(isCheckInOpen(meetup, at("2026-12-25T08:00:00.001Z"))).toBe(false);
  });
});
