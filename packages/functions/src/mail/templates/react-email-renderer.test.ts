import type { MessageKind, MessagePayload } from "@meetstream/core/notification";
import { describe, expect, test } from "vitest";
import { reactEmailRenderer } from "./react-email-renderer";

const links = {
  meetupUrl: "https://meetstream.example/meetups/m1",
  unsubscribeUrl: "https://meetstream.example/unsubscribe?token=abc.def",
  settingsUrl: "https://meetstream.example/me/notifications",
};

const payload = (kind: MessageKind, changes: Partial<MessagePayload> = {}): MessagePayload => ({
  kind,
  communityId: "c1",
  meetup: {
    id: "m1",
    status: "published",
    title: "Serverless at scale",
    description: "Talks and pizza.",
    venue: { name: "Library", address: "Hoogstraat 110, Rotterdam", coordinates: null },
    online: true,
    timeZone: "Europe/Amsterdam",
    startsAt: "2026-12-10T17:30:00.000Z",
    endsAt: "2026-12-10T20:00:00.000Z",
    sequence: 0,
    cancellationMessage: null,
    updatedAt: "2026-12-01T10:00:00.000Z",
    communityName: "Serverless Rotterdam",
    communitySlug: "serverless-rotterdam",
  },
  joinUrl: null,
  ...changes,
});

const kinds: MessageKind[] = [
  "rsvp-confirmed",
  "rsvp-waitlisted",
  "waitlist-promoted",
  "rsvp-removed",
  "meetup-rescheduled",
  "meetup-cancelled",
  "meetup-reminder",
  "meetup-announced",
];

describe("the React Email templates", () => {
  test.each(kinds)(
    "%s renders the same words as HTML and text, with the time in the meetup's zone and a way to stop it",
    async (kind) => {
      const { subject, html, text } = await reactEmailRenderer.render(payload(kind), links);
      expect(subject).toContain("Serverless at scale");
      for (const part of [html, text]) {
        expect(part).toContain("Thursday, 10 December 2026, 18:30 to 21:00 (Europe/Amsterdam time)");
        expect(part).toContain("Library, Hoogstraat 110, Rotterdam");
        expect(part).toContain("Stop these messages");
        expect(part).not.toMatch(/UTC|T17:30|2026-12-10/);
      }
      expect(html).toContain('href="https://meetstream.example/unsubscribe?token=abc.def"');
      expect(text).toContain("https://meetstream.example/unsubscribe?token=abc.def");
      expect(html).toMatch(/^<!DOCTYPE html/);
    },
  );

  test("the join link is in the message only when the payload carries it", async () => {
    const withSeat = await reactEmailRenderer.render(
      payload("rsvp-confirmed", { joinUrl: "https://meet.example/abc" }),
      links,
    );
    expect(withSeat.text).toContain("Join online: https://meet.example/abc");
    const waiting = await reactEmailRenderer.render(
      payload("rsvp-waitlisted", { waitlistPosition: 3 }),
      links,
    );
    expect(waiting.text).not.toContain("meet.example");
    expect(waiting.text).toContain("You are number 3 in line");
  });

  test("a cancellation quotes the organisers and offers no link to a meetup that will not happen", async () => {
    const cancelled = payload("meetup-cancelled", {
      meetup: {
        ...payload("meetup-cancelled").meetup,
        status: "cancelled",
        cancellationMessage: "The venue flooded.",
      },
    });
    const { subject, text, html } = await reactEmailRenderer.render(cancelled, links);
    expect(subject).toBe("Cancelled: Serverless at scale");
    expect(text).toContain("The organisers say: “The venue flooded.”");
    expect(html).not.toContain("See the meetup");
  });

  test("the two reminders say when", async () => {
    expect(
      (await reactEmailRenderer.render(payload("meetup-reminder", { reminder: "24h" }), links)).subject,
    ).toBe("Tomorrow: Serverless at scale");
    expect(
      (await reactEmailRenderer.render(payload("meetup-reminder", { reminder: "2h" }), links)).subject,
    ).toBe("Starting soon: Serverless at scale");
  });

  test("what an organiser typed is text in the HTML, never markup", async () => {
    const hostile = payload("meetup-announced", {
      meetup: {
        ...payload("meetup-announced").meetup,
        title: '<script>alert(1)</script><img src=x onerror="y">',
      },
    });
    const { html } = await reactEmailRenderer.render(hostile, links);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;");
  });

  test("a meetup over midnight names both days", async () => {
    const late = payload("rsvp-confirmed", {
      meetup: { ...payload("rsvp-confirmed").meetup, endsAt: "2026-12-10T23:30:00.000Z" },
    });
    expect((await reactEmailRenderer.render(late, links)).text).toContain(
      "Thursday, 10 December 2026, 18:30 to Friday, 11 December 2026, 00:30 (Europe/Amsterdam time)",
    );
  });
});
