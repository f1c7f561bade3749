import type { MeetupMessageKind, MeetupMessagePayload, MessagePayload } from "@meetstream/core/notification";
import { describe, expect, test } from "vitest";
import { reactEmailRenderer } from "./react-email-renderer";

const links = {
  pageUrl: "https://meetstream.example/meetups/m1",
  unsubscribeUrl: "https://meetstream.example/unsubscribe?token=abc.def",
  settingsUrl: "https://meetstream.example/me/notifications",
};

const payload = (
  kind: MeetupMessageKind,
  changes: Partial<MeetupMessagePayload> = {},
): MeetupMessagePayload => ({
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

const kinds: MeetupMessageKind[] = [
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

describe("the templates of talks and paths", () => {
  const proposal = (decision: "accepted" | "rejected", message: string): MessagePayload => ({
    kind: "proposal-decided",
    communityId: "c1",
    proposal: {
      id: "p1",
      title: "Event sourcing without tears",
      decision,
      message,
      callTitle: "Talks for the winter",
      communityName: "Serverless Rotterdam",
      communitySlug: "serverless-rotterdam",
    },
  });

  test("an acceptance names the talk and the call, quotes the organisers and asks for the confirmation", async () => {
    const { subject, html, text } = await reactEmailRenderer.render(
      proposal("accepted", "See you in December!"),
      { ...links, pageUrl: "https://meetstream.example/me/proposals" },
    );
    expect(subject).toBe("Accepted: Event sourcing without tears");
    for (const part of [html, text]) {
      expect(part).toContain("Serverless Rotterdam accepted your proposal");
      expect(part).toContain("Talks for the winter");
      expect(part).toContain("See you in December!");
      expect(part).toContain("Confirm your talk");
      expect(part).toContain("Stop these messages");
    }
    expect(html).toContain('href="https://meetstream.example/me/proposals"');
    expect(html).toContain('href="https://meetstream.example/unsubscribe?token=abc.def"');
  });

  test("a rejection says so without the organisers' quote when they wrote none", async () => {
    const { subject, text } = await reactEmailRenderer.render(proposal("rejected", "  "), links);
    expect(subject).toBe("Your proposal to Serverless Rotterdam: Event sourcing without tears");
    expect(text).toContain("decided not to take your proposal");
    expect(text).not.toContain("The organisers write");
    expect(text).not.toContain("Confirm your talk");
  });

  test("a released agenda lists every slot at its time in the meetup's zone and names the speaker's talk", async () => {
    const released: MessagePayload = {
      kind: "agenda-released",
      communityId: "c1",
      meetup: payload("meetup-announced").meetup,
      agenda: {
        number: 1,
        note: "Doors at half past six.",
        slots: [
          { startsAt: "2026-12-10T17:30:00.000Z", minutes: 30, title: "Doors open" },
          { startsAt: "2026-12-10T18:00:00.000Z", minutes: 30, title: "Event sourcing without tears" },
        ],
        talkTitles: ["Event sourcing without tears"],
      },
    };
    const { subject, html, text } = await reactEmailRenderer.render(released, links);
    expect(subject).toBe("Agenda released: Serverless at scale");
    for (const part of [html, text]) {
      expect(part).toContain("with your talk “Event sourcing without tears”");
      expect(part).toContain("18:30 Doors open (30 min)");
      expect(part).toContain("19:00 Event sourcing without tears (30 min)");
      expect(part).toContain("Doors at half past six.");
      expect(part).toContain("Thursday, 10 December 2026, 18:30 to 21:00 (Europe/Amsterdam time)");
      expect(part).not.toMatch(/UTC|T17:30/);
    }
    const changed = await reactEmailRenderer.render(
      { ...released, agenda: { ...released.agenda, number: 2 } } as MessagePayload,
      links,
    );
    expect(changed.subject).toBe("Agenda changed: Serverless at scale");
  });

  test("a completed path congratulates the learner and links to the path", async () => {
    const { subject, html, text } = await reactEmailRenderer.render(
      {
        kind: "path-completed",
        communityId: null,
        path: { id: "p1", title: "Learn <event> sourcing", slug: "learn", revision: 2, checkpointCount: 3 },
      },
      { ...links, pageUrl: "https://meetstream.example/paths/learn" },
    );
    expect(subject).toBe("You completed Learn <event> sourcing");
    expect(text).toContain("You completed “Learn <event> sourcing”: all 3 checkpoints done.");
    expect(html).toContain("Learn &lt;event&gt; sourcing");
    expect(html).toContain('href="https://meetstream.example/paths/learn"');
    expect(text).toContain("Stop these messages");
  });

  test("a webhook that stopped tells its organisers what to do, with the way to the console", async () => {
    const { subject, html, text } = await reactEmailRenderer.render(
      {
        kind: "webhook-disabled",
        communityId: "c1",
        webhook: {
          url: "https://hooks.example.com/in?<x>",
          communityName: "Serverless Rotterdam",
          communitySlug: "serverless-rotterdam",
        },
      },
      { ...links, pageUrl: "https://meetstream.example/admin/webhooks" },
    );
    expect(subject).toBe("A webhook of Serverless Rotterdam stopped");
    expect(text).toContain(
      "The webhook to https://hooks.example.com/in?<x> failed 20 times in a row, so Serverless Rotterdam sends it nothing more.",
    );
    expect(text).toContain("enable the webhook in the console and redeliver what failed");
    expect(html).toContain("in?&lt;x&gt;");
    expect(html).toContain('href="https://meetstream.example/admin/webhooks"');
    expect(text).toContain("Stop these messages");
  });
});
