import { describe, expect, test } from "vitest";
import { nextSlotStart, spansDays } from "./slot-start";

/** 19:00 to 22:00 in Amsterdam (CEST). */
const meetup = {
  startsAt: "2026-06-10T17:00:00.000Z",
  endsAt: "2026-06-10T20:00:00.000Z",
  timeZone: "Europe/Amsterdam",
};

describe("where a new slot starts", () => {
  test("an empty agenda starts at the meetup's start, in the meetup's zone", () => {
    expect(nextSlotStart([], meetup)).toEqual({ date: "2026-06-10", time: "19:00" });
  });

  test("a new slot follows the latest one", () => {
    const slots = [{ endsAt: "2026-06-10T18:00:00.000Z" }, { endsAt: "2026-06-10T17:15:00.000Z" }];
    expect(nextSlotStart(slots, meetup)).toEqual({ date: "2026-06-10", time: "20:00" });
  });

  test("once the slots fill the meetup, the form goes back to its start", () => {
    expect(nextSlotStart([{ endsAt: meetup.endsAt }], meetup)).toEqual({ date: "2026-06-10", time: "19:00" });
  });

  test("a meetup past midnight in its zone spans days; one that ends at midnight does not", () => {
    expect(spansDays(meetup)).toBe(false);
    expect(spansDays({ ...meetup, endsAt: "2026-06-10T22:00:00.000Z" })).toBe(false);
    expect(spansDays({ ...meetup, endsAt: "2026-06-10T22:30:00.000Z" })).toBe(true);
  });
});
