import { describe, expect, test } from "vitest";
import { InvalidMeetup } from "./errors";
import {
  parseCancellationMessage,
  parseDetailsChanges,
  parseReschedule,
  parseScheduleInput,
  type ScheduleMeetupInput,
} from "./meetup-input";

const now = new Date("2026-12-02T06:00:00.000Z");

/** The issues a rejected input is told, as "path: message". */
function issuesOf(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidMeetup)
      return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw error;
  }
  throw new Error("the input was accepted");
}

const schedule: ScheduleMeetupInput = {
  communityId: "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
  timeZone: "Europe/Amsterdam",
  startsAt: "2027-01-14T18:00:00Z",
  endsAt: "2027-01-14T21:00:00Z",
  capacity: 40,
  title: "Serverless at scale",
};

describe("a meetup's title and description", () => {
  test("are stored in NFC, the title trimmed, the description with its lines", () => {
    const { details } = parseScheduleInput(
      { ...schedule, title: " Cafe\u0301 talks ", description: "Doors at six.\n\tTalks at seven." },
      now,
    );
    expect(details.title).toBe("Caf\u00e9 talks");
    expect(details.description).toBe("Doors at six.\n\tTalks at seven.");
  });

  test("with a lone surrogate, a control or a bidirectional override are refused, naming the field", () => {
    expect(issuesOf(() => parseScheduleInput({ ...schedule, title: "Talk\ud800" }, now))).toEqual([
      "title: must be well-formed Unicode (it holds a lone surrogate)",
    ]);
    expect(issuesOf(() => parseDetailsChanges({ title: "Talk\u0000night" }, now))).toEqual([
      "title: must be one line, without control characters",
    ]);
    expect(issuesOf(() => parseDetailsChanges({ description: "\u2067hidden\u2069" }, now))).toEqual([
      "description: must not hold bidirectional overrides or isolates",
    ]);
  });
});

describe("a meetup's venue", () => {
  test("may have an address on several lines, and a name on one", () => {
    const venue = { name: "Hal 4", address: "Van Nelleweg 1\n3044 BC Rotterdam" };
    expect(parseDetailsChanges({ venue }, now).venue).toEqual({ ...venue, coordinates: null });
    expect(issuesOf(() => parseDetailsChanges({ venue: { ...venue, name: "Hal\n4" } }, now))).toEqual([
      "venue.name: must be one line, without control characters",
    ]);
    expect(issuesOf(() => parseDetailsChanges({ venue: { ...venue, address: "\u001b[2J" } }, now))).toEqual([
      "venue.address: must not hold control characters other than line breaks and tabs",
    ]);
  });

  test("names the part left empty, in words", () => {
    expect(issuesOf(() => parseDetailsChanges({ venue: { name: "Hal 4", address: " " } }, now))).toEqual([
      "venue.address: must be 1 to 500 characters",
    ]);
    expect(issuesOf(() => parseDetailsChanges({ venue: { name: "", address: "Kade 1" } }, now))).toEqual([
      "venue.name: must be 1 to 200 characters",
    ]);
  });
});

describe("a meetup's join URL", () => {
  test("is an https URL with no control character or white space in it", () => {
    expect(parseDetailsChanges({ joinUrl: "https://meet.example/abc" }, now).joinUrl).toBe(
      "https://meet.example/abc",
    );
    expect(issuesOf(() => parseDetailsChanges({ joinUrl: "https://meet.example/abc\u0000" }, now))).toEqual([
      "joinUrl: must not hold control characters",
    ]);
    expect(issuesOf(() => parseDetailsChanges({ joinUrl: "http://meet.example/abc" }, now))).toEqual([
      "joinUrl: must be an https URL",
    ]);
    expect(issuesOf(() => parseDetailsChanges({ joinUrl: "https://meet.example/a b" }, now))).toEqual([
      "joinUrl: must not hold white space",
    ]);
  });
});

describe("a meetup's time zone and community", () => {
  test("with a lone surrogate or NUL are refused, naming the field", () => {
    expect(issuesOf(() => parseScheduleInput({ ...schedule, timeZone: "Europe/\ud800" }, now))).toEqual([
      "timeZone: must be well-formed Unicode (it holds a lone surrogate)",
    ]);
    expect(issuesOf(() => parseScheduleInput({ ...schedule, communityId: "a\u0000" }, now))).toEqual([
      "communityId: must be one line, without control characters",
    ]);
  });
});

describe("a meetup's instants", () => {
  test("do not lie before 2000", () => {
    expect(
      issuesOf(() =>
        parseScheduleInput(
          { ...schedule, startsAt: "0000-01-01T00:00:00Z", endsAt: "1999-12-31T23:00:00Z" },
          now,
        ),
      ),
    ).toEqual(["startsAt: must not be before 2000-01-01", "endsAt: must not be before 2000-01-01"]);
  });

  test("do not lie more than five years after the clock's now", () => {
    expect(
      issuesOf(() =>
        parseReschedule(
          { timeZone: "UTC", startsAt: "2031-12-02T06:00:00Z", endsAt: "2031-12-02T07:00:00Z" },
          now,
        ),
      ),
    ).toEqual(["endsAt: must not be more than 5 years ahead"]);
  });

  test("of the RSVP window are in the same range", () => {
    expect(issuesOf(() => parseDetailsChanges({ rsvpOpensAt: "1970-01-01T00:00:00Z" }, now))).toEqual([
      "rsvpOpensAt: must not be before 2000-01-01",
    ]);
    expect(
      issuesOf(() => parseScheduleInput({ ...schedule, rsvpClosesAt: "9999-12-31T00:00:00Z" }, now)),
    ).toEqual(["rsvpClosesAt: must not be more than 5 years ahead"]);
    expect(parseDetailsChanges({ rsvpOpensAt: null }, now)).toEqual({ rsvpOpensAt: null });
  });
});

describe("a meetup's cancellation message", () => {
  test("is trimmed, keeps its lines and refuses other controls, naming the field", () => {
    expect(parseCancellationMessage(" Sorry.\nNext month. ")).toBe("Sorry.\nNext month.");
    expect(issuesOf(() => parseCancellationMessage("Sorry\u0000"))).toEqual([
      "message: must not hold control characters other than line breaks and tabs",
    ]);
  });
});
