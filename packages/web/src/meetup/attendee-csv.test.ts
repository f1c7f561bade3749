import { describe, expect, test } from "vitest";
import { attendeesCsv, csvField } from "./attendee-csv";

describe("the attendee CSV", () => {
  test("escapes commas, quotes and line breaks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Okafor, Lin")).toBe('"Okafor, Lin"');
    expect(csvField('Lin "the host"')).toBe('"Lin ""the host"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
  });

  test("keeps spreadsheet formulas as text", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
  });

  test("lists each attendee with status, guests, check-in and attendance", () => {
    const csv = attendeesCsv([
      {
        status: "CONFIRMED",
        guests: 1,
        checkedIn: true,
        guestsCheckedIn: 1,
        attendance: "CHECKED_IN",
        waitlistPosition: null,
        member: { id: "m1", handle: "ada", displayName: "Ada, Countess" },
      },
      {
        status: "WAITLISTED",
        guests: 0,
        checkedIn: false,
        guestsCheckedIn: 0,
        attendance: null,
        waitlistPosition: 1,
        member: null,
      },
    ]);
    expect(csv).toBe(
      "name,handle,status,guests,checked in,attendance,waitlist position\r\n" +
        '"Ada, Countess",ada,confirmed,1,yes,attended,\r\n' +
        "(erased member),,waitlisted,0,no,,1\r\n",
    );
  });
});
