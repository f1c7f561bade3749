import { describe, expect, test } from "vitest";
import { formatInZone, localPartsOf, supportedTimeZones, zonedToUtc } from "./time-zones";

describe("meetup times across time zones", () => {
  test("a wall-clock time in a zone becomes the right UTC instant, summer and winter", () => {
    expect(zonedToUtc("2025-07-01", "19:00", "Europe/Berlin")).toBe("2025-07-01T17:00:00.000Z");
    expect(zonedToUtc("2025-12-01", "19:00", "Europe/Berlin")).toBe("2025-12-01T18:00:00.000Z");
    expect(zonedToUtc("2025-12-01", "19:00", "America/New_York")).toBe("2025-12-02T00:00:00.000Z");
    expect(zonedToUtc("2025-03-01", "09:30", "Asia/Kolkata")).toBe("2025-03-01T04:00:00.000Z");
    expect(zonedToUtc("2025-03-01", "09:30", "UTC")).toBe("2025-03-01T09:30:00.000Z");
  });

  test("around a clock change: the repeated hour is read as its first, the skipped hour still converts", () => {
    expect(zonedToUtc("2025-10-26", "02:30", "Europe/Berlin")).toBe("2025-10-26T00:30:00.000Z");
    expect(zonedToUtc("2025-03-30", "01:30", "Europe/Berlin")).toBe("2025-03-30T00:30:00.000Z");
    expect(() => zonedToUtc("2025-03-30", "02:30", "Europe/Berlin")).not.toThrow();
  });

  test("an instant goes back to the inputs' date and time in the zone", () => {
    expect(localPartsOf("2025-12-02T00:00:00.000Z", "America/New_York")).toEqual({
      date: "2025-12-01",
      time: "19:00",
    });
  });

  test("formats in the zone with its abbreviation, as the history and the feeds do", () => {
    expect(formatInZone("2026-12-24T16:30:00.000Z", "Europe/Amsterdam")).toBe("Thu 24 Dec 2026, 17:30 CET");
    expect(formatInZone("2025-07-01T17:00:00Z", "Europe/Berlin")).toBe("Tue 1 Jul 2025, 19:00 CEST");
    expect(formatInZone("2025-07-01T17:00:00Z", "UTC")).toBe("Tue 1 Jul 2025, 17:00 UTC");
  });

  test("offers UTC and the IANA zones", () => {
    const zones = supportedTimeZones();
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/Berlin");
  });
});
