import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { describe, expect, test } from "vitest";
import { meetupCalendar, meetupUid } from "./meetup-calendar";
import { community, meetup, releasedAgenda } from "./test-meetups";

const baseUrl = "https://meetstream.example/";

/** Across the 2026 change to summer time in Amsterdam (29 March): 19:00 is 18:00Z before and 17:00Z after. */
const beforeChange = meetup({
  id: "winter",
  startsAt: "2026-03-26T18:00:00.000Z",
  endsAt: "2026-03-26T20:00:00.000Z",
});
const afterChange = meetup({
  id: "summer",
  startsAt: "2026-04-02T17:00:00.000Z",
  endsAt: "2026-04-02T19:00:00.000Z",
});

/** Both parsers, so that a quirk of one cannot pass for correct output. */
function withIcalJs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  return { calendar, events, byUid: (uid: string) => events.find((event) => event.uid === uid) };
}

function withNodeIcal(ics: string) {
  const parsed = nodeIcal.sync.parseICS(ics);
  const events = Object.values(parsed).filter(
    (component): component is VEvent => component?.type === "VEVENT",
  );
  return { events, byUid: (uid: string) => events.find((event) => event.uid === uid) };
}

const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const text = (value: unknown) => (typeof value === "string" ? value : (value as { val: string }).val);

describe("meetup calendar", () => {
  const ics = meetupCalendar({
    name: "Amsterdam TypeScript",
    meetups: [afterChange, beforeChange],
    community,
    baseUrl,
  });

  test("names the calendar and the product", () => {
    const { calendar } = withIcalJs(ics);
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Meetstream//Meetstream//EN");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Amsterdam TypeScript");
    expect(nodeIcal.sync.parseICS(ics).vcalendar?.["WR-CALNAME"]).toBe("Amsterdam TypeScript");
  });

  test("carries a VTIMEZONE named after the meetup's zone, not the zone it links to", () => {
    const { calendar } = withIcalJs(ics);
    const zones = calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"));
    expect(zones).toEqual(["Europe/Amsterdam"]);
    expect(unfolded(ics)).toContain("DTSTART;TZID=Europe/Amsterdam:20260326T190000");
  });

  test("shows 19:00 local on both sides of the change to summer time, in ical.js", () => {
    const { byUid } = withIcalJs(ics);
    for (const [uid, instant] of [
      ["winter@meetstream", "2026-03-26T18:00:00.000Z"],
      ["summer@meetstream", "2026-04-02T17:00:00.000Z"],
    ] as const) {
      const start = byUid(uid)?.startDate;
      expect(start?.zone?.tzid).toBe("Europe/Amsterdam");
      expect([start?.hour, start?.minute]).toEqual([19, 0]);
      expect(start?.toJSDate().toISOString()).toBe(instant);
      expect(byUid(uid)?.endDate.hour).toBe(21);
    }
  });

  test("shows 19:00 local on both sides of the change to summer time, in node-ical", () => {
    const { byUid } = withNodeIcal(ics);
    for (const [uid, instant] of [
      ["winter@meetstream", "2026-03-26T18:00:00.000Z"],
      ["summer@meetstream", "2026-04-02T17:00:00.000Z"],
    ] as const) {
      const event = byUid(uid);
      expect(event?.start.tz).toBe("Europe/Amsterdam");
      expect(event?.start.toISOString()).toBe(instant);
      expect(event?.end?.getTime()).toBe(Date.parse(instant) + 2 * 3600_000);
      const local = new Intl.DateTimeFormat("en-GB", {
        timeZone: event?.start.tz,
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(event?.start);
      expect(local).toBe("19:00");
    }
  });

  test("writes the times the same whatever the server's own zone", () => {
    const { TZ } = process.env;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(
        meetupCalendar({
          name: "Amsterdam TypeScript",
          meetups: [afterChange, beforeChange],
          community,
          baseUrl,
        }),
      ).toBe(ics);
    } finally {
      if (TZ === undefined) delete process.env.TZ;
      else process.env.TZ = TZ;
    }
  });

  test("gives the same bytes, and the same UID, every time", () => {
    const again = meetupCalendar({
      name: "Amsterdam TypeScript",
      meetups: [beforeChange, afterChange],
      community,
      baseUrl,
    });
    expect(again).toBe(ics);
    expect(withIcalJs(again).events.map((event) => event.uid)).toEqual([
      "winter@meetstream",
      "summer@meetstream",
    ]);
    expect(meetupUid("winter")).toBe("winter@meetstream");
  });

  test("DTSTAMP is the meetup's last change, and SEQUENCE its sequence", () => {
    const rescheduled = meetup({ id: "moved", sequence: 3, updatedAt: "2026-02-02T08:30:00.000Z" });
    const calendar = meetupCalendar({ name: "x", meetups: [rescheduled], baseUrl });
    const event = withIcalJs(calendar).byUid("moved@meetstream");
    expect(event?.sequence).toBe(3);
    expect(event?.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-02-02T08:30:00Z");
    const parsed = withNodeIcal(calendar).byUid("moved@meetstream");
    expect(parsed?.sequence).toBe(3);
    expect(parsed?.dtstamp.toISOString()).toBe("2026-02-02T08:30:00.000Z");
  });

  test("an entry lists the latest released agenda in the meetup's zone, and changed when it was released", () => {
    const calendar = meetupCalendar({
      name: "x",
      meetups: [meetup()],
      baseUrl,
      agendas: new Map([["m1", releasedAgenda()]]),
    });
    const event = withNodeIcal(calendar).byUid("m1@meetstream");
    expect(text(event?.description)).toBe(
      "We fold **events** into documents.\n\nAgenda (version 2, times in CET)\n19:00–19:30 Doors open\n19:30–20:00 Folding <events>",
    );
    expect(event?.dtstamp.toISOString()).toBe("2026-03-20T10:00:00.000Z");
    expect(
      text(
        withNodeIcal(meetupCalendar({ name: "x", meetups: [meetup()], baseUrl })).byUid("m1@meetstream")
          ?.description,
      ),
    ).not.toContain("Agenda");
  });

  test("links each entry to the meetup's page", () => {
    expect(withIcalJs(ics).byUid("winter@meetstream")?.component.getFirstPropertyValue("url")).toBe(
      "https://meetstream.example/meetups/winter",
    );
    expect(text(withNodeIcal(ics).byUid("winter@meetstream")?.url)).toBe(
      "https://meetstream.example/meetups/winter",
    );
  });

  test("a cancelled meetup stays, as CANCELLED, with the organiser's message; the rest are CONFIRMED", () => {
    const cancelled = meetup({ id: "off", status: "cancelled", cancellationMessage: "The speaker is ill." });
    const calendar = meetupCalendar({ name: "x", meetups: [cancelled, meetup({ id: "on" })], baseUrl });
    const { byUid } = withIcalJs(calendar);
    expect(byUid("off@meetstream")?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(byUid("off@meetstream")?.description).toMatch(/^Cancelled: The speaker is ill\./);
    expect(byUid("on@meetstream")?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(withNodeIcal(calendar).byUid("off@meetstream")?.status).toBe("CANCELLED");
  });

  test("never lists a draft", () => {
    const calendar = meetupCalendar({
      name: "x",
      meetups: [meetup({ id: "draft", status: "draft" }), meetup({ id: "public" })],
      baseUrl,
    });
    expect(withIcalJs(calendar).events.map((event) => event.uid)).toEqual(["public@meetstream"]);
    expect(withNodeIcal(calendar).events.map((event) => event.uid)).toEqual(["public@meetstream"]);
    expect(calendar).not.toContain("draft");
  });

  test("the join URL appears only for the meetups it is passed for", () => {
    const joinUrl = "https://video.example/room/42?pwd=s3cret";
    const online = meetup({ id: "online", online: true, venue: null });
    const hybrid = meetup({ id: "hybrid", online: true });
    const publicFeed = meetupCalendar({ name: "x", meetups: [online, hybrid], baseUrl });
    expect(unfolded(publicFeed)).not.toContain("video.example");
    expect(withIcalJs(publicFeed).byUid("online@meetstream")?.location).toBe("Online");

    const privateFeed = meetupCalendar({
      name: "x",
      meetups: [online, hybrid],
      baseUrl,
      joinUrls: new Map([["online", joinUrl]]),
    });
    const { byUid } = withIcalJs(privateFeed);
    expect(byUid("online@meetstream")?.description).toContain(`Join online: ${joinUrl}`);
    expect(byUid("online@meetstream")?.location).toBe(joinUrl);
    expect(byUid("hybrid@meetstream")?.description).not.toContain(joinUrl);
    expect(text(withNodeIcal(privateFeed).byUid("online@meetstream")?.description)).toContain(joinUrl);
  });

  test("gives the venue as name and address, with GEO when it has coordinates", () => {
    const located = meetup({
      id: "geo",
      venue: {
        name: "Pakhuis",
        address: "Kade 1, Amsterdam",
        coordinates: { latitude: 52.3766, longitude: 4.9217 },
      },
    });
    const calendar = meetupCalendar({ name: "x", meetups: [located], baseUrl });
    const event = withIcalJs(calendar).byUid("geo@meetstream");
    expect(event?.location).toBe("Pakhuis, Kade 1, Amsterdam");
    expect(event?.component.getFirstPropertyValue("geo")).toEqual([52.3766, 4.9217]);
    expect(withNodeIcal(calendar).byUid("geo@meetstream")?.geo).toEqual({ lat: 52.3766, lon: 4.9217 });
    expect(withIcalJs(ics).byUid("winter@meetstream")?.component.hasProperty("geo")).toBe(false);
  });

  test("commas, semicolons, newlines, emoji and markup survive as the organiser typed them", () => {
    const title = "Types; tests, and <script>alert('x')</script> 🎉🚀";
    const description = `# Agenda\n\n- talk 1, short; sweet\n- drinks 🍻\r\nBackslash \\ too — and a very long line ${"é".repeat(80)}`;
    const tricky = meetup({ id: "tricky", title, description: `${description}\u0007` });
    const calendar = meetupCalendar({ name: "Émoji; calendar, 🎉", meetups: [tricky], baseUrl });
    for (const line of calendar.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const expected = description.replace(/\r\n/g, "\n");
    const event = withIcalJs(calendar).byUid("tricky@meetstream");
    expect(event?.summary).toBe(title);
    expect(event?.description).toBe(expected);
    expect(withIcalJs(calendar).calendar.getFirstPropertyValue("x-wr-calname")).toBe("Émoji; calendar, 🎉");
    const parsed = withNodeIcal(calendar).byUid("tricky@meetstream");
    expect(text(parsed?.summary)).toBe(title);
    expect(text(parsed?.description)).toBe(expected);
    expect(calendar).not.toMatch(/X-ALT-DESC|text\/html/);
  });

  test("a meetup in UTC is written in UTC, with no VTIMEZONE", () => {
    const calendar = meetupCalendar({
      name: "x",
      meetups: [meetup({ id: "utc", timeZone: "UTC" })],
      baseUrl,
    });
    expect(calendar).not.toContain("BEGIN:VTIMEZONE");
    expect(calendar).toContain("DTSTART:20260326T180000Z");
    expect(withNodeIcal(calendar).byUid("utc@meetstream")?.start.toISOString()).toBe(
      "2026-03-26T18:00:00.000Z",
    );
  });

  test("an empty calendar is still a calendar", () => {
    const calendar = meetupCalendar({ name: "Nothing yet", meetups: [], baseUrl });
    expect(withIcalJs(calendar).events).toEqual([]);
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR$/);
  });

  test("an invitation by mail updates the attendee's entry (METHOD:REQUEST, same UID, its SEQUENCE) or removes it (METHOD:CANCEL)", () => {
    const invitation = {
      organizer: { name: "Serverless Rotterdam", email: "meetups@meetstream.example" },
      attendee: "ann@example.com",
    };
    const moved = { ...afterChange, sequence: 2 };
    const request = withIcalJs(
      meetupCalendar({
        name: "x",
        meetups: [moved],
        baseUrl,
        invitation: { ...invitation, method: "request" },
      }),
    );
    expect(request.calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const [entry] = request.events;
    expect(entry?.uid).toBe(meetupUid("summer"));
    expect(entry?.sequence).toBe(2);
    expect(entry?.startDate.toJSDate().toISOString()).toBe("2026-04-02T17:00:00.000Z");
    expect(String(entry?.component.getFirstPropertyValue("organizer"))).toBe(
      "mailto:meetups@meetstream.example",
    );
    expect(String(entry?.component.getFirstPropertyValue("attendee")).toLowerCase()).toBe(
      "mailto:ann@example.com",
    );

    const cancelled = {
      ...moved,
      status: "cancelled" as const,
      sequence: 3,
      cancellationMessage: "The venue flooded.",
    };
    const cancel = withIcalJs(
      meetupCalendar({
        name: "x",
        meetups: [cancelled],
        baseUrl,
        invitation: { ...invitation, method: "cancel" },
      }),
    );
    expect(cancel.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancel.events[0]?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancel.events[0]?.sequence).toBe(3);
  });

  test("a feed publishes (METHOD:PUBLISH) and names no organiser or attendee", () => {
    const feed = withIcalJs(meetupCalendar({ name: "x", meetups: [afterChange], baseUrl }));
    expect(feed.calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(feed.events[0]?.component.getFirstPropertyValue("attendee")).toBeNull();
  });
});
