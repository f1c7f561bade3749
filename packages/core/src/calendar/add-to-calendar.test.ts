import { describe, expect, test } from "vitest";
import { addToCalendarLinks } from "./add-to-calendar";
import { meetup } from "./test-meetups";

const baseUrl = "https://meetstream.example/";
const parametersOf = (link: string) => Object.fromEntries(new URL(link).searchParams);

describe("add to calendar", () => {
  const links = addToCalendarLinks(meetup({ id: "0190a8c4-aaaa-7000-8000-000000000001" }), baseUrl);

  test("the .ics file is the one the feed routes serve, by the meetup's plain id", () =>
    expect(links.ics).toBe(
      "https://meetstream.example/feeds/meetups/0190a8c4-aaaa-7000-8000-000000000001.ics",
    ));

  test("Google Calendar gets the title, the times in UTC, the venue, and notes ending with the page", () => {
    expect(links.google.startsWith("https://calendar.google.com/calendar/render?")).toBe(true);
    expect(parametersOf(links.google)).toEqual({
      action: "TEMPLATE",
      text: "Event sourcing, in practice",
      dates: "20260326T180000Z/20260326T200000Z",
      details:
        "We fold **events** into documents.\n\nhttps://meetstream.example/meetups/0190a8c4-aaaa-7000-8000-000000000001",
      location: "Pakhuis, Oostelijke Handelskade 1, Amsterdam",
    });
  });

  test("Outlook gets the same entry, its times in ISO 8601 UTC", () => {
    expect(links.outlook.startsWith("https://outlook.live.com/calendar/0/deeplink/compose?")).toBe(true);
    expect(parametersOf(links.outlook)).toEqual({
      path: "/calendar/action/compose",
      rru: "addevent",
      subject: "Event sourcing, in practice",
      startdt: "2026-03-26T18:00:00Z",
      enddt: "2026-03-26T20:00:00Z",
      body: "We fold **events** into documents.\n\nhttps://meetstream.example/meetups/0190a8c4-aaaa-7000-8000-000000000001",
      location: "Pakhuis, Oostelijke Handelskade 1, Amsterdam",
    });
  });

  test("an online meetup is 'Online', never its join URL; spaces are %20 and a typed + stays a +", () => {
    const online = addToCalendarLinks(meetup({ venue: null, online: true, title: "C++ & coffee" }), baseUrl);
    expect(parametersOf(online.google)).toMatchObject({ text: "C++ & coffee", location: "Online" });
    expect(online.google).toContain("text=C%2B%2B%20%26%20coffee");
    expect(online.outlook).not.toContain("+");
  });
});
