import { describe, expect, test } from "vitest";
import type { AgendaChange } from "./agenda-documents";
import { changeWords, slotRange } from "./agenda-words";

const zone = "Europe/Amsterdam";
/** 19:00 in Amsterdam (CEST). */
const meetupStartsAt = "2026-06-10T17:00:00.000Z";

const change = (fields: Partial<AgendaChange> & Pick<AgendaChange, "kind">): AgendaChange => ({
  slotId: "slot-1",
  title: "Pizza",
  previousTitle: null,
  startsAt: null,
  previousStartsAt: null,
  minutes: null,
  previousMinutes: null,
  ...fields,
});

describe("an agenda in words, in the meetup's zone", () => {
  test("a slot reads as its clock times in the meetup's zone, not in UTC", () => {
    expect(slotRange("2026-06-10T17:30:00.000Z", "2026-06-10T18:00:00.000Z", zone, meetupStartsAt)).toBe(
      "19:30–20:00",
    );
    expect(
      slotRange("2026-06-10T17:30:00.000Z", "2026-06-10T18:00:00.000Z", "America/New_York", meetupStartsAt),
    ).toBe("13:30–14:00");
  });

  test("a slot on another day than the meetup's start says its day", () => {
    expect(slotRange("2026-06-10T22:30:00.000Z", "2026-06-10T23:00:00.000Z", zone, meetupStartsAt)).toBe(
      "Thu 11 Jun, 00:30–01:00",
    );
  });

  test("an added slot says when it runs", () => {
    const added = change({ kind: "ADDED", startsAt: "2026-06-10T18:00:00.000Z", minutes: 30 });
    expect(changeWords(added, zone, meetupStartsAt)).toBe("Added “Pizza”, 20:00–20:30.");
  });

  test("a removed slot says when it ran", () => {
    const removed = change({
      kind: "REMOVED",
      title: "Doors open",
      previousStartsAt: "2026-06-10T17:00:00.000Z",
      previousMinutes: 15,
    });
    expect(changeWords(removed, zone, meetupStartsAt)).toBe("Removed “Doors open”, which was 19:00–19:15.");
  });

  test("a moved slot says from when to when, and its new length if that changed too", () => {
    const moved = change({
      kind: "MOVED",
      title: "Cold starts",
      previousStartsAt: "2026-06-10T17:30:00.000Z",
      startsAt: "2026-06-10T18:00:00.000Z",
      previousMinutes: 30,
      minutes: 30,
    });
    expect(changeWords(moved, zone, meetupStartsAt)).toBe("Moved “Cold starts” from 19:30 to 20:00.");
    expect(changeWords({ ...moved, minutes: 45 }, zone, meetupStartsAt)).toBe(
      "Moved “Cold starts” from 19:30 to 20:00, now 45 minutes instead of 30.",
    );
  });

  test("a retimed slot says its new length and times", () => {
    const retimed = change({
      kind: "RETIMED",
      title: "Cold starts",
      previousStartsAt: "2026-06-10T17:30:00.000Z",
      startsAt: "2026-06-10T17:30:00.000Z",
      previousMinutes: 30,
      minutes: 45,
    });
    expect(changeWords(retimed, zone, meetupStartsAt)).toBe(
      "“Cold starts” now runs 45 minutes instead of 30 (19:30–20:15).",
    );
  });

  test("a renamed item says its old and new label", () => {
    const renamed = change({ kind: "RENAMED", title: "Pizza and drinks", previousTitle: "Pizza" });
    expect(changeWords(renamed, zone, meetupStartsAt)).toBe("Renamed “Pizza” to “Pizza and drinks”.");
  });
});
