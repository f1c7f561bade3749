import { describe, expect, test } from "vitest";
import { localClockTimeOf, localDateOf, localTimeOf, zoneNameAt } from "./local-time";

describe("a time as people read it, in the zone it belongs to", () => {
  const winterEvening = "2026-12-24T16:30:00.000Z";
  const summerEvening = "2026-06-24T16:30:00.000Z";

  test("names the zone by its abbreviation, not its offset", () => {
    expect(localTimeOf(winterEvening, "Europe/Amsterdam", { weekday: true })).toBe(
      "Thu 24 Dec 2026, 17:30 CET",
    );
    expect(localTimeOf(summerEvening, "Europe/Amsterdam")).toBe("24 Jun 2026, 18:30 CEST");
    expect(localTimeOf(winterEvening, "Europe/London")).toBe("24 Dec 2026, 16:30 GMT");
    expect(localTimeOf(winterEvening, "UTC")).toBe("24 Dec 2026, 16:30 UTC");
  });

  test("a zone without a common abbreviation reads as its offset from GMT", () => {
    expect(zoneNameAt(winterEvening, "Asia/Kolkata")).toBe("GMT+5:30");
  });

  test("the day is the zone's, not UTC's", () => {
    expect(localDateOf("2026-12-31T23:30:00.000Z", "Europe/Amsterdam")).toBe("1 Jan 2027");
    expect(localDateOf("2026-12-31T23:30:00.000Z", "America/New_York", { weekday: true })).toBe(
      "Thu 31 Dec 2026",
    );
  });

  test("a label beside others of its year and zone leaves both out", () => {
    expect(localTimeOf(winterEvening, "Europe/Amsterdam", { year: false, zoneName: false })).toBe(
      "24 Dec, 17:30",
    );
    expect(localClockTimeOf(winterEvening, "Europe/Amsterdam")).toBe("17:30 CET");
    expect(localClockTimeOf(winterEvening, "Europe/Amsterdam", { zoneName: false })).toBe("17:30");
  });
});
