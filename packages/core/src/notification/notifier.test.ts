import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { DeliveredMessage } from "../mail/dev-mailbox";
import type { Mailer } from "../mail/mailer";
import type { ScheduleMeetupInput } from "../meetup/index";
import { sqliteOutbox } from "../outbox/sqlite";
import { openDatabase } from "../sqlite/database";
import { messageSender } from "./message-sender";
import { notifier } from "./notifier";
import {
  endsAt,
  meetupInput,
  type NotificationWorld,
  notificationWorld,
  plainRenderer,
  startsAt,
} from "./test-world";

let world: NotificationWorld;
let organiser: string;
let communityId: string;
beforeEach(async () => {
  world = notificationWorld();
  organiser = await world.register("olga");
  ({ id: communityId } = await world.communities.found({
    actor: organiser,
    input: { name: "Serverless Rotterdam", slug: "serverless-rotterdam", joinMode: "open" },
  }));
});
afterEach(() => world.close());

async function member(name: string): Promise<string> {
  const memberId = await world.register(name);
  await world.communities.join({ actor: memberId, communityId });
  return memberId;
}

async function publishedMeetup(changes: number | Partial<ScheduleMeetupInput> = {}): Promise<string> {
  const input = meetupInput(communityId, typeof changes === "number" ? { capacity: changes } : changes);
  const { meetupId } = await world.meetups.schedule({ actor: organiser, input });
  await world.meetups.publish({ actor: organiser, meetupId });
  return meetupId;
}

const mailTo = (name: string) =>
  world.mailbox.messages().filter((message) => message.to === `${name}@example.com`);

function calendarOf(message: DeliveredMessage | undefined) {
  const attachment = message?.attachments?.[0];
  if (!attachment) throw new Error("the message has no calendar attached");
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
  return { attachment, method: calendar.getFirstPropertyValue("method"), event };
}

describe("the notifier", () => {
  test("an RSVP puts one message in the member's mailbox: the join link, a calendar entry, a one-click unsubscribe", async () => {
    const meetupId = await publishedMeetup();
    const ann = await member("ann");
    await world.meetups.rsvp({ actor: ann, meetupId });

    const [message] = mailTo("ann");
    expect(mailTo("ann")).toHaveLength(1);
    expect(message?.subject).toBe("rsvp-confirmed: Event sourcing in practice");
    expect(message?.text).toContain("Join: https://meet.example/abc");
    expect(message?.headers).toEqual({
      "List-Unsubscribe": expect.stringMatching(
        /^<http:\/\/127\.0\.0\.1:4000\/unsubscribe\/one-click\?token=[\w.%-]+>$/,
      ),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    const { method, event, attachment } = calendarOf(message);
    expect(attachment.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(method).toBe("REQUEST");
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt);
  });

  test("a member on the waitlist hears so, with their place, and no join link", async () => {
    const meetupId = await publishedMeetup(1);
    await world.meetups.rsvp({ actor: await member("ann"), meetupId });
    await world.meetups.rsvp({ actor: await member("bob"), meetupId });

    const [message] = mailTo("bob");
    expect(message?.subject).toBe("rsvp-waitlisted: Event sourcing in practice");
    expect(message?.text).not.toContain("meet.example");
    expect(message?.attachments).toBeUndefined();
  });

  test("the same event delivered three times sends one message", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: await member("ann"), meetupId });
    const rsvp = world.delivered.find((event) => event.type === "RsvpConfirmed");
    if (!rsvp) throw new Error("no RSVP was delivered");
    await Promise.all([world.notifier.react(rsvp), world.notifier.react(rsvp)]);
    await world.notifier.react(rsvp);
    expect(mailTo("ann")).toHaveLength(1);
  });

  test("a promotion from the waitlist tells the member, with the join link now that they hold a seat", async () => {
    const meetupId = await publishedMeetup(1);
    const ann = await member("ann");
    await world.meetups.rsvp({ actor: ann, meetupId });
    await world.meetups.rsvp({ actor: await member("bob"), meetupId });
    await world.meetups.cancelRsvp({ actor: ann, meetupId });

    expect(mailTo("bob").map((message) => message.subject)).toEqual([
      "waitlist-promoted: Event sourcing in practice",
      "rsvp-waitlisted: Event sourcing in practice",
    ]);
    expect(mailTo("bob")[0]?.text).toContain("Join: https://meet.example/abc");
  });

  test("a reschedule updates everyone's calendar (same entry, higher SEQUENCE); a cancellation removes it", async () => {
    const meetupId = await publishedMeetup(1);
    await world.meetups.rsvp({ actor: await member("ann"), meetupId });
    await world.meetups.rsvp({ actor: await member("bob"), meetupId });
    const confirmed = calendarOf(mailTo("ann")[0]).event;

    const later = (instant: string) => new Date(Date.parse(instant) + 86_400_000).toISOString();
    await world.meetups.reschedule({
      actor: organiser,
      meetupId,
      input: { startsAt: later(startsAt), endsAt: later(endsAt), timeZone: "Europe/Berlin" },
    });
    for (const name of ["ann", "bob"]) {
      const [moved] = mailTo(name);
      expect(moved?.subject).toBe("meetup-rescheduled: Event sourcing in practice");
      const { method, event } = calendarOf(moved);
      expect(method).toBe("REQUEST");
      expect(event.uid).toBe(confirmed.uid);
      expect(event.sequence).toBeGreaterThan(confirmed.sequence);
      expect(event.startDate.toJSDate().toISOString()).toBe(later(startsAt));
    }
    expect(mailTo("bob")[0]?.text).not.toContain("meet.example");

    await world.meetups.cancel({ actor: organiser, meetupId, message: "The venue flooded." });
    const { method, event } = calendarOf(mailTo("ann")[0]);
    expect(mailTo("ann")[0]?.subject).toBe("meetup-cancelled: Event sourcing in practice");
    expect(method).toBe("CANCEL");
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  test("an organiser removing an RSVP tells the member", async () => {
    const meetupId = await publishedMeetup();
    const ann = await member("ann");
    await world.meetups.rsvp({ actor: ann, meetupId });
    await world.meetups.removeRsvp({ actor: organiser, meetupId, memberId: ann });
    expect(mailTo("ann")[0]?.subject).toBe("rsvp-removed: Event sourcing in practice");
  });

  test("a new meetup is announced only to the members who asked for announcements from its community", async () => {
    const ann = await member("ann");
    const bob = await member("bob");
    await member("cy");
    await world.notifications.setPreference({
      memberId: ann,
      actor: ann,
      kind: "meetup-announced",
      communityId,
      enabled: true,
    });
    await world.notifications.setPreference({
      memberId: bob,
      actor: bob,
      kind: "meetup-announced",
      communityId: null,
      enabled: true,
    });
    await publishedMeetup();
    expect(mailTo("ann").map((message) => message.subject)).toEqual([
      "meetup-announced: Event sourcing in practice",
    ]);
    expect(mailTo("bob")).toHaveLength(1);
    expect(mailTo("cy")).toHaveLength(0);
  });
});

describe("the cost of an RSVP message", () => {
  test("a message about one member's RSVP reads that member's seat, never the meetup's whole audience", async () => {
    const meetupId = await publishedMeetup(2);
    const names = ["ann", "bob", "cy", "dee"];
    const memberIds = await Promise.all(names.map((name) => member(name)));
    for (const memberId of memberIds) await world.meetups.rsvp({ actor: memberId, meetupId });
    await world.meetups.removeRsvp({ actor: organiser, meetupId, memberId: memberIds[0] as string });
    const rsvpTypes = ["RsvpConfirmed", "RsvpWaitlisted", "WaitlistPromoted", "RsvpRemoved"];
    const rsvpEvents = world.delivered.filter((event) => rsvpTypes.includes(event.type));
    expect(new Set(rsvpEvents.map((event) => event.type))).toEqual(new Set(rsvpTypes));

    const seats: string[] = [];
    const seatsOnly = notifier({
      outbox: sqliteOutbox(openDatabase(":memory:")),
      documents: world.documents,
      scheduler: world.timers,
      send: async () => {},
      meetups: {
        ...world.meetups,
        audienceOf: () => Promise.reject(new Error("an RSVP message read the whole audience")),
        seatOf: (id, memberId) => {
          seats.push(memberId);
          return world.meetups.seatOf(id, memberId);
        },
      },
      communities: world.communities,
      talks: world.talks,
      paths: world.paths,
      webhooks: world.webhooks,
    });
    for (const event of rsvpEvents) await seatsOnly.react(event);
    expect(seats).toEqual(rsvpEvents.map((event) => (event.data as { memberId: string }).memberId));
  });
});

describe("what the member chose", () => {
  test("the one-click link stops its kind only, without signing in; a changed link is refused and stops nothing", async () => {
    const meetupId = await publishedMeetup();
    const ann = await member("ann");
    await world.meetups.rsvp({ actor: ann, meetupId });
    const header = mailTo("ann")[0]?.headers?.["List-Unsubscribe"] ?? "";
    const token = decodeURIComponent(/token=([^>]+)>/.exec(header)?.[1] ?? "");

    await expect(world.notifications.unsubscribe({ token: `${token.slice(0, -2)}xx` })).rejects.toThrow(
      /not valid/,
    );
    expect(await world.notifications.unsubscribe({ token })).toEqual({
      memberId: ann,
      kind: "rsvp-confirmed",
    });

    await world.meetups.cancelRsvp({ actor: ann, meetupId });
    await world.meetups.rsvp({ actor: ann, meetupId });
    const later = (instant: string) => new Date(Date.parse(instant) + 3_600_000).toISOString();
    await world.meetups.reschedule({
      actor: organiser,
      meetupId,
      input: { startsAt: later(startsAt), endsAt: later(endsAt), timeZone: "Europe/Berlin" },
    });
    expect(mailTo("ann").map((message) => message.subject)).toEqual([
      "meetup-rescheduled: Event sourcing in practice",
      "rsvp-confirmed: Event sourcing in practice",
    ]);
    const skipped = await world.outbox.forRecipient(ann, { first: 10 });
    expect(
      skipped.entries.map((entry) => [entry.kind, entry.status, entry.attempts[0]?.outcome]),
    ).toContainEqual(["rsvp-confirmed", "failed", "skipped: turned off by the member"]);
  });

  test("nothing goes to an erased member's address", async () => {
    const meetupId = await publishedMeetup();
    const ann = await member("ann");
    await world.members.erase({ memberId: ann, actor: ann });
    const held = world.delivered.length;
    await world.notifier.react({
      ...(world.delivered[held - 1] as NonNullable<(typeof world.delivered)[number]>),
      id: "0190f5a0-0000-7000-8000-0000000e0001",
      type: "RsvpConfirmed",
      streamId: `meetup-${meetupId}`,
      data: { memberId: ann, guests: 0 },
    });
    expect(world.mailbox.count()).toBe(0);
    const [entry] = (await world.outbox.forRecipient(ann, { first: 1 })).entries;
    expect(entry?.attempts[0]?.outcome).toBe("skipped: no address (the member was erased)");
    // A link in a message they got before: it works, and records nothing for a member who is gone.
    const token = world.notifications.tokens.tokenFor(ann, "rsvp-confirmed");
    expect(await world.notifications.unsubscribe({ token })).toEqual({
      memberId: ann,
      kind: "rsvp-confirmed",
    });
  });
});

describe("the sender", () => {
  test("a mailer that fails is tried again with backoff, and the message goes out once it works", async () => {
    let failures = 2;
    const flaky: Mailer = {
      async send(message) {
        if (failures-- > 0) throw new Error("SES is throttling");
        await world.mailbox.send(message);
      },
    };
    const sender = messageSender({
      outbox: world.outbox,
      mailer: flaky,
      renderer: plainRenderer,
      members: world.members,
      notifications: world.notifications,
      appOrigin: "http://127.0.0.1:4000",
      apiOrigin: "http://127.0.0.1:4000",
      sender: { name: "Meetstream", email: "hello@meetstream.example" },
      clock: world.clock,
    });
    const ann = await member("ann");
    const [recorded] = await world.outbox.enqueue([
      {
        eventId: "0190f5a0-0000-7000-8000-0000000e0002",
        recipient: ann,
        kind: "rsvp-confirmed",
        payload: {
          kind: "rsvp-confirmed",
          communityId,
          meetup: {
            id: "0190f5a0-0000-7000-8000-0000000e0003",
            status: "draft",
            title: "Retried",
            description: "",
            venue: null,
            online: false,
            timeZone: "Europe/Amsterdam",
            startsAt,
            endsAt,
            sequence: 0,
            cancellationMessage: null,
            updatedAt: startsAt,
            communityName: "Serverless Rotterdam",
            communitySlug: "serverless-rotterdam",
          },
        },
      },
    ]);
    await sender.send([recorded as NonNullable<typeof recorded>]);
    expect(world.mailbox.count()).toBe(0);
    expect(await sender.sendDue()).toBe(0);
    world.clock.advance(60_000);
    expect(await sender.sendDue()).toBe(1);
    expect(world.mailbox.count()).toBe(0);
    world.clock.advance(120_000);
    expect(await sender.sendDue()).toBe(1);
    expect(world.mailbox.messages().map((message) => message.subject)).toEqual(["rsvp-confirmed: Retried"]);
    const entry = await world.outbox.get(recorded as NonNullable<typeof recorded>);
    expect(entry?.attempts.map((attempt) => attempt.outcome)).toEqual([
      "sent",
      "failed: SES is throttling",
      "failed: SES is throttling",
    ]);
  });
});

describe("reminders", () => {
  const hour = 3_600_000;
  const fire = () => world.timers.fireDue((timer) => world.notifier.remind(timer));

  test("each fires once at its time, to the members holding a seat", async () => {
    const meetupId = await publishedMeetup(1);
    await world.meetups.rsvp({ actor: await member("ann"), meetupId });
    await world.meetups.rsvp({ actor: await member("bob"), meetupId });

    world.clock.set(new Date(Date.parse(startsAt) - 24 * hour - 1));
    expect((await fire()).fired).toEqual([]);
    world.clock.advance(1);
    expect((await fire()).fired).toEqual([`reminder-24h-${meetupId}`]);
    expect((await fire()).fired).toEqual([]);
    world.clock.set(new Date(Date.parse(startsAt) - 2 * hour));
    expect((await fire()).fired).toEqual([`reminder-2h-${meetupId}`]);
    expect(mailTo("ann").map((message) => message.subject)).toEqual([
      "meetup-reminder: Event sourcing in practice",
      "meetup-reminder: Event sourcing in practice",
      "rsvp-confirmed: Event sourcing in practice",
    ]);
    expect(mailTo("bob").map((message) => message.subject)).toEqual([
      "rsvp-waitlisted: Event sourcing in practice",
    ]);
  });

  test("a host down across the due time sends it when back if the meetup has not started, and never after", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: await member("ann"), meetupId });
    const otherStart = "2026-06-12T18:00:00.000Z";
    const other = await publishedMeetup({ startsAt: otherStart, endsAt: "2026-06-12T21:00:00.000Z" });
    await world.meetups.rsvp({ actor: await member("bob"), meetupId: other });
    world.clock.set(new Date(Date.parse(startsAt) - hour));
    // The 24-hour and the 2-hour reminders are both due: both are sent, late, once each.
    expect((await fire()).fired.sort()).toEqual(
      [`reminder-24h-${meetupId}`, `reminder-2h-${meetupId}`].sort(),
    );
    expect(mailTo("ann")).toHaveLength(3);

    world.clock.set(new Date(Date.parse(otherStart) + 1));
    expect(await fire()).toEqual({
      fired: [],
      dropped: [`reminder-24h-${other}`, `reminder-2h-${other}`],
      failed: [],
    });
    expect(mailTo("bob").map((message) => message.subject)).toEqual([
      "rsvp-confirmed: Event sourcing in practice",
    ]);
  });

  test("a reschedule moves both; a cancellation removes them", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: await member("ann"), meetupId });
    const cancelled = await publishedMeetup();
    await world.meetups.cancel({ actor: organiser, meetupId: cancelled, message: "Sorry." });
    const dayLater = (instant: string) => new Date(Date.parse(instant) + 24 * hour).toISOString();
    await world.meetups.reschedule({
      actor: organiser,
      meetupId,
      input: { startsAt: dayLater(startsAt), endsAt: dayLater(endsAt), timeZone: "Europe/Berlin" },
    });
    // Where the reminders were: nothing, of either meetup; each fires its lead before the new start.
    world.clock.set(new Date(Date.parse(startsAt) - hour));
    expect((await fire()).fired).toEqual([]);
    world.clock.set(new Date(Date.parse(dayLater(startsAt)) - 24 * hour));
    expect((await fire()).fired).toEqual([`reminder-24h-${meetupId}`]);
    world.clock.set(new Date(Date.parse(dayLater(startsAt)) - 2 * hour));
    expect((await fire()).fired).toEqual([`reminder-2h-${meetupId}`]);
  });
});

describe("rendering", () => {
  test("a message to many is rendered once, and each copy carries its own member's unsubscribe link", async () => {
    let renders = 0;
    const counting = {
      async render(...args: Parameters<typeof plainRenderer.render>) {
        renders++;
        return plainRenderer.render(...args);
      },
    };
    const sender = messageSender({
      outbox: world.outbox,
      mailer: world.mailbox,
      renderer: counting,
      members: world.members,
      notifications: world.notifications,
      appOrigin: "http://127.0.0.1:4000",
      apiOrigin: "http://127.0.0.1:4000",
      sender: { name: "Meetstream", email: "hello@meetstream.example" },
      clock: world.clock,
    });
    const names = ["ann", "bob", "cy"];
    const memberIds = await Promise.all(names.map((name) => member(name)));
    const meetupId = await publishedMeetup();
    const { meetup } = (await world.meetups.audienceOf(meetupId)) ?? {};
    if (!meetup) throw new Error("the meetup is scheduled");
    const before = world.mailbox.count();
    const keys = await world.outbox.enqueue(
      memberIds.map((recipient) => ({
        eventId: "0190f5a0-0000-7000-8000-0000000e0009",
        recipient,
        kind: "meetup-announced",
        payload: {
          kind: "meetup-announced",
          communityId: null,
          meetup: {
            id: meetupId,
            status: "published",
            title: meetup.details.title,
            description: "",
            venue: null,
            online: false,
            timeZone: meetup.timeZone,
            startsAt: meetup.startsAt,
            endsAt: meetup.endsAt,
            sequence: 0,
            cancellationMessage: null,
            updatedAt: startsAt,
            communityName: "Serverless Rotterdam",
            communitySlug: "serverless-rotterdam",
          },
        },
      })),
    );
    await world.notifications.setPreference({
      memberId: memberIds[0] as string,
      actor: memberIds[0] as string,
      kind: "meetup-announced",
      communityId: null,
      enabled: true,
    });
    for (const memberId of memberIds.slice(1))
      await world.notifications.setPreference({
        memberId,
        actor: memberId,
        kind: "meetup-announced",
        communityId: null,
        enabled: true,
      });
    await sender.send(keys);
    expect(world.mailbox.count() - before).toBe(3);
    expect(renders).toBe(1);
    for (const [index, name] of names.entries()) {
      const [mail] = mailTo(name);
      const linked = /unsubscribe\?token=([\w.-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
      expect(world.notifications.tokens.verify(linked)).toEqual({
        memberId: memberIds[index],
        kind: "meetup-announced",
      });
    }
  });
});

describe("talks, agendas and paths", () => {
  /** A member of the community with a handle, so that a proposal can name them as a co-speaker. */
  async function speaker(name: string): Promise<string> {
    const memberId = await member(name);
    await world.members.updateProfile({
      memberId,
      actor: memberId,
      input: { displayName: name, handle: `${name}-speaks` },
    });
    return memberId;
  }

  async function openCall(): Promise<string> {
    const { callId } = await world.talks.draftCall({
      actor: organiser,
      input: {
        communityId,
        title: "Talks for the summer",
        opensAt: "2026-05-01T00:00:00.000Z",
        closesAt: "2026-07-01T00:00:00.000Z",
        formats: [{ id: "talk", name: "Talk", minutes: 30 }],
        criteria: [{ id: "relevance", name: "Relevance", weight: 1 }],
      },
    });
    await world.talks.publishCall({ actor: organiser, callId });
    return callId;
  }

  async function submitted(owner: string, title: string, coSpeakerHandles: string[] = []): Promise<string> {
    const { proposalId } = await world.talks.draftProposal({
      actor: owner,
      submit: true,
      input: {
        callId: await openCall(),
        title,
        abstract: "What we learned.",
        formatId: "talk",
        coSpeakerHandles,
      },
    });
    return proposalId;
  }

  async function confirmedTalk(owner: string, title: string): Promise<string> {
    const proposalId = await submitted(owner, title);
    await world.talks.acceptProposal({ actor: organiser, proposalId, message: "Welcome" });
    await world.talks.confirmTalk({ actor: owner, proposalId });
    return proposalId;
  }

  const subjects = (name: string) => mailTo(name).map((message) => message.subject);

  /** Every event of these types delivered again, twice: what the bus may do. */
  async function redeliver(...types: string[]): Promise<void> {
    const again = world.delivered.filter((event) => types.includes(event.type));
    expect(again.length).toBeGreaterThan(0);
    for (let delivery = 0; delivery < 2; delivery++)
      for (const event of again) await world.notifier.react(event);
  }

  test("an accepted proposal tells the owner and the co-speaker who accepted, with the organisers' words; nobody else", async () => {
    const sam = await speaker("sam");
    const tia = await speaker("tia");
    await speaker("uma");
    const proposalId = await submitted(sam, "Event sourcing without tears", ["tia-speaks", "uma-speaks"]);
    await world.talks.answerInvitation({ actor: tia, proposalId, accept: true });
    await world.talks.acceptProposal({ actor: organiser, proposalId, message: "See you in June!" });

    for (const name of ["sam", "tia"])
      expect(subjects(name)).toEqual(["proposal-decided: Event sourcing without tears accepted"]);
    // Invited, never answered: not a speaker yet.
    expect(subjects("uma")).toEqual([]);
    const [entry] = (await world.outbox.forRecipient(sam, { first: 1 })).entries;
    expect(entry?.payload).toMatchObject({
      kind: "proposal-decided",
      communityId,
      proposal: {
        id: proposalId,
        decision: "accepted",
        message: "See you in June!",
        callTitle: "Talks for the summer",
        communityName: "Serverless Rotterdam",
      },
    });
  });

  test("a rejected proposal tells its speaker, once however often the decision is delivered", async () => {
    const sam = await speaker("sam");
    const proposalId = await submitted(sam, "Projections at scale");
    await world.talks.rejectProposal({ actor: organiser, proposalId, message: "Not this time." });
    await redeliver("ProposalRejected");
    expect(subjects("sam")).toEqual(["proposal-decided: Projections at scale rejected"]);
  });

  test("a speaker who turned decisions off gets none, and an erased one none either", async () => {
    const sam = await speaker("sam");
    const tia = await speaker("tia");
    await world.notifications.setPreference({
      memberId: sam,
      actor: sam,
      kind: "proposal-decided",
      communityId,
      enabled: false,
    });
    const samsProposal = await submitted(sam, "Sam's talk");
    const tiasProposal = await submitted(tia, "Tia's talk");
    await world.members.erase({ memberId: tia, actor: tia });
    await world.talks.acceptProposal({ actor: organiser, proposalId: samsProposal, message: "" });
    await world.talks.acceptProposal({ actor: organiser, proposalId: tiasProposal, message: "" });

    expect(subjects("sam")).toEqual([]);
    expect(world.mailbox.messages().filter((message) => message.subject.startsWith("proposal"))).toEqual([]);
    const outcomes = async (memberId: string) =>
      (await world.outbox.forRecipient(memberId, { first: 10 })).entries.map(
        (entry) => entry.attempts[0]?.outcome,
      );
    expect(await outcomes(sam)).toEqual(["skipped: turned off by the member"]);
    expect(await outcomes(tia)).toEqual(["skipped: no address (the member was erased)"]);
  });

  test("a released agenda tells the speakers of its talks, each once with all their talks; a new version tells them again", async () => {
    const sam = await speaker("sam");
    const tia = await speaker("tia");
    await member("ann");
    const meetupId = await publishedMeetup();
    const first = await confirmedTalk(sam, "Event sourcing without tears");
    const second = await confirmedTalk(sam, "Projections at scale");
    const third = await confirmedTalk(tia, "Reactors");
    await world.agendas.addSlot({
      actor: organiser,
      input: { meetupId, startsAt, minutes: 15, title: "Doors open" },
    });
    const minutesIn = (minutes: number) => new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
    for (const [minutes, proposalId] of [
      [15, first],
      [45, second],
      [75, third],
    ] as const)
      await world.agendas.addSlot({
        actor: organiser,
        input: { meetupId, startsAt: minutesIn(minutes), proposalId },
      });
    await world.agendas.releaseAgenda({ actor: organiser, meetupId, note: "Pizza at half time." });

    const agendaMail = (name: string) => subjects(name).filter((subject) => subject.startsWith("agenda"));
    expect(agendaMail("sam")).toEqual([
      "agenda-released: Event sourcing in practice agenda 1 with Event sourcing without tears, Projections at scale",
    ]);
    expect(agendaMail("tia")).toEqual(["agenda-released: Event sourcing in practice agenda 1 with Reactors"]);
    expect(agendaMail("ann")).toEqual([]);
    const [entry] = (await world.outbox.forRecipient(tia, { first: 1 })).entries;
    expect(entry?.payload).toMatchObject({
      kind: "agenda-released",
      meetup: { id: meetupId, title: "Event sourcing in practice", communityName: "Serverless Rotterdam" },
      agenda: {
        number: 1,
        note: "Pizza at half time.",
        slots: [
          { startsAt, minutes: 15, title: "Doors open" },
          { startsAt: minutesIn(15), minutes: 30, title: "Event sourcing without tears" },
          { startsAt: minutesIn(45), minutes: 30, title: "Projections at scale" },
          { startsAt: minutesIn(75), minutes: 30, title: "Reactors" },
        ],
      },
    });

    await redeliver("AgendaReleased");
    expect(agendaMail("sam")).toHaveLength(1);
    await world.agendas.addSlot({
      actor: organiser,
      input: { meetupId, startsAt: minutesIn(105), minutes: 15, title: "Drinks" },
    });
    await world.agendas.releaseAgenda({ actor: organiser, meetupId });
    expect(agendaMail("tia")).toEqual([
      "agenda-released: Event sourcing in practice agenda 2 with Reactors",
      "agenda-released: Event sourcing in practice agenda 1 with Reactors",
    ]);
  });

  test("a speaker who turned agendas off, or was erased, gets no agenda", async () => {
    const sam = await speaker("sam");
    const tia = await speaker("tia");
    const meetupId = await publishedMeetup();
    const samsTalk = await confirmedTalk(sam, "Sam's talk");
    const tiasTalk = await confirmedTalk(tia, "Tia's talk");
    await world.notifications.setPreference({
      memberId: sam,
      actor: sam,
      kind: "agenda-released",
      communityId: null,
      enabled: false,
    });
    await world.agendas.addSlot({ actor: organiser, input: { meetupId, startsAt, proposalId: samsTalk } });
    await world.agendas.addSlot({
      actor: organiser,
      input: {
        meetupId,
        startsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
        proposalId: tiasTalk,
      },
    });
    await world.members.erase({ memberId: tia, actor: tia });
    await world.agendas.releaseAgenda({ actor: organiser, meetupId });

    expect(world.mailbox.messages().filter((message) => message.subject.startsWith("agenda"))).toEqual([]);
    const [samsEntry] = (await world.outbox.forRecipient(sam, { first: 10 })).entries.filter(
      (entry) => entry.kind === "agenda-released",
    );
    expect(samsEntry?.attempts[0]?.outcome).toBe("skipped: turned off by the member");
    const [tiasEntry] = (await world.outbox.forRecipient(tia, { first: 10 })).entries.filter(
      (entry) => entry.kind === "agenda-released",
    );
    expect(tiasEntry?.attempts[0]?.outcome).toBe("skipped: no address (the member was erased)");
  });

  describe("a completed path", () => {
    let pathId: string;
    let checkpointIds: string[];
    beforeEach(async () => {
      const curator = await member("cora");
      ({ pathId } = await world.paths.draftPath({
        actor: curator,
        input: {
          goal: "Learn event sourcing",
          description: "From the first event on.",
          tags: ["cqrs"],
          checkpoints: [
            { task: "Read the introduction", url: "https://example.com/intro", title: "An introduction" },
            { task: "Read the sequel", url: "https://example.com/sequel", title: "A sequel" },
          ],
        },
      }));
      await world.paths.publishPath({ actor: curator, pathId });
      checkpointIds = ((await world.paths.currentCheckpoints(pathId))?.checkpoints ?? []).map(({ id }) => id);
    });

    const mark = (actor: string, checkpointId: string, done = true) =>
      world.progress.markCheckpoint({ actor, input: { pathId, checkpointId, done } });
    const completeAs = async (actor: string) => {
      for (const checkpointId of checkpointIds) await mark(actor, checkpointId);
    };
    const askFor = (memberId: string) =>
      world.notifications.setPreference({
        memberId,
        actor: memberId,
        kind: "path-completed",
        communityId: null,
        enabled: true,
      });

    test("is off by default: a learner who never asked gets nothing, and nothing is recorded", async () => {
      const lea = await member("lea");
      await completeAs(lea);
      expect(subjects("lea")).toEqual([]);
      expect((await world.outbox.forRecipient(lea, { first: 10 })).entries).toEqual([]);
    });

    test("tells a learner who asked, once per revision: unticking and ticking again, or a redelivery, sends nothing more", async () => {
      const lea = await member("lea");
      await askFor(lea);
      await completeAs(lea);
      expect(subjects("lea")).toEqual(["path-completed: Learn event sourcing"]);
      const [entry] = (await world.outbox.forRecipient(lea, { first: 1 })).entries;
      expect(entry?.payload).toMatchObject({
        kind: "path-completed",
        communityId: null,
        path: { id: pathId, title: "Learn event sourcing", revision: 1, checkpointCount: 2 },
      });

      await mark(lea, checkpointIds[1] as string, false);
      await mark(lea, checkpointIds[1] as string);
      expect(world.delivered.filter((event) => event.type === "PathCompleted")).toHaveLength(2);
      await redeliver("PathCompleted");
      expect(subjects("lea")).toHaveLength(1);
    });

    test("a learner who asked, then turned it off, or was erased, gets nothing", async () => {
      const lea = await member("lea");
      const max = await member("max");
      await askFor(lea);
      await askFor(max);
      await world.notifications.setPreference({
        memberId: lea,
        actor: lea,
        kind: "path-completed",
        communityId: null,
        enabled: false,
      });
      await completeAs(lea);
      expect(subjects("lea")).toEqual([]);

      // Max's completion reaches the notifier only after he was erased (a late delivery): no address.
      await world.members.erase({ memberId: max, actor: max });
      const completion = world.delivered.find((event) => event.type === "PathCompleted");
      if (!completion) throw new Error("no completion was delivered");
      await world.notifier.react({
        ...completion,
        id: "0190f5a0-0000-7000-8000-0000000e0010",
        streamId: completion.streamId.replace(lea, max),
        data: { revision: 1 },
      });
      expect(world.mailbox.messages().filter((message) => message.subject.startsWith("path"))).toEqual([]);
      const [entry] = (await world.outbox.forRecipient(max, { first: 10 })).entries;
      expect(entry?.attempts[0]?.outcome).toBe("skipped: no address (the member was erased)");
    });
  });
});

describe("webhooks that stop", () => {
  const subjects = (name: string) => mailTo(name).map((message) => message.subject);
  const failure = (index: number) => `0190c0de-0000-7000-8000-${String(index).padStart(12, "0")}`;

  async function subscribed(url: string): Promise<string> {
    const { webhook } = await world.webhooks.subscribe({
      communityId,
      url,
      kinds: ["meetup.published"],
      actor: organiser,
    });
    return webhook.id;
  }

  test("failures that disable a webhook mail the community's organisers once, with the way to the console", async () => {
    const coOrganiser = await member("otto");
    await world.communities.appointOrganiser({ actor: organiser, communityId, memberId: coOrganiser });
    const webhookId = await subscribed("https://hooks.example.com/in");
    for (let index = 0; index < 20; index++)
      await world.webhooks.recordFailure({ webhookId, eventId: failure(index), outcome: "HTTP 503" });
    expect((await world.webhooks.subscriptionOf(webhookId))?.status).toBe("disabled");

    expect(subjects("olga")).toEqual(["webhook-disabled: https://hooks.example.com/in"]);
    expect(subjects("otto")).toEqual(["webhook-disabled: https://hooks.example.com/in"]);
    const disabled = world.delivered.filter((event) => event.type === "WebhookDisabled");
    for (let delivery = 0; delivery < 2; delivery++)
      for (const event of disabled) await world.notifier.react(event);
    expect(subjects("olga")).toHaveLength(1);
    const [entry] = (await world.outbox.forRecipient(organiser, { first: 1 })).entries;
    expect(entry?.payload).toEqual({
      kind: "webhook-disabled",
      communityId,
      webhook: {
        url: "https://hooks.example.com/in",
        communityName: "Serverless Rotterdam",
        communitySlug: "serverless-rotterdam",
      },
    });
  });

  test("an organiser who disables a webhook is mailed nothing: they know", async () => {
    const webhookId = await subscribed("https://hooks.example.com/off");
    await world.webhooks.disable({ webhookId, actor: organiser });
    expect(subjects("olga")).toEqual([]);
  });
});
