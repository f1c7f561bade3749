import { sqliteDevMailbox } from "@meetstream/core/mail/dev-mailbox";
import { openDatabase } from "@meetstream/core/sqlite/database";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { agendaClient } from "../graphql/agenda-test-client";
import type { Person } from "../graphql/community-test-client";
import { meetupClient, meetupInput } from "../graphql/meetup-test-client";
import { notificationClient } from "../graphql/notification-test-client";
import { progressClient } from "../graphql/progress-test-client";
import { callInput, proposalInput } from "../graphql/talk-test-client";
import { databaseFile } from "../stores/data-folder";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";
import type { LocalHost } from "./host";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

interface Mail {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: { fileName: string; contentType: string; content: string }[];
}

const dataFolder = dataFoldersRemovedAfterAll()();
let host: LocalHost;
let meetups: ReturnType<typeof meetupClient>;
let organiser: Person;
let ann: Person;
let bob: Person;
let meetupId: string;
let communityId: string;
// Whole minutes: a calendar entry keeps no fraction of a second.
const startsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 3 * 86_400_000).toISOString();
const endsAt = new Date(Date.parse(startsAt) + 3 * 3_600_000).toISOString();

const mailbox = async (): Promise<Mail[]> => (await fetch(`${host.url}/dev/mailbox.json`)).json();
const mailTo = async (name: string) => (await mailbox()).filter((mail) => mail.to === `${name}@example.com`);

/** The newest message to `name` whose subject starts so, as soon as it is in the dev mailbox. */
async function arrival(
  name: string,
  subject: string,
  within = 5_000,
): Promise<{ mail: Mail; milliseconds: number }> {
  const started = performance.now();
  while (performance.now() - started < within) {
    const mail = (await mailTo(name)).find((candidate) => candidate.subject.startsWith(subject));
    if (mail) return { mail, milliseconds: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no "${subject}" reached ${name} within ${within} ms`);
}

function calendarOf(mail: Mail) {
  const attachment = mail.attachments?.find((candidate) => candidate.fileName.endsWith(".ics"));
  if (!attachment) throw new Error(`"${mail.subject}" has no calendar attached`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
  return { method: calendar.getFirstPropertyValue("method"), event };
}

beforeAll(async () => {
  host = await startTestHost({ dataFolder });
  meetups = meetupClient(host.url);
  organiser = await meetups.signIn("olga@example.com");
  ann = await meetups.signIn("ann@example.com");
  bob = await meetups.signIn("bob@example.com");
  const community: Loose = await meetups.found(organiser, {
    name: "Serverless Rotterdam",
    slug: "serverless-rotterdam",
  });
  for (const person of [ann, bob]) await meetups.join(person, community.id);
  const meetup: Loose = await meetups.schedule(
    organiser,
    meetupInput(community.id, { startsAt, endsAt, capacity: 1 }),
  );
  meetupId = meetup.id;
  communityId = community.id;
  await meetups.publish(organiser, meetupId);
});
afterAll(async () => {
  await host.close();
});

describe("messages on the local host", () => {
  test("an RSVP puts its message in the dev mailbox within a second, with the join link and the calendar entry", async () => {
    await meetups.rsvp(ann, meetupId);
    const { mail, milliseconds } = await arrival("ann", "You're going");
    expect(milliseconds).toBeLessThan(1_000);
    expect(mail.subject).toBe("You're going: Rust and coffee");
    expect(mail.text).toContain("Join online: https://meet.example/rust-and-coffee");
    expect(calendarOf(mail).method).toBe("REQUEST");

    await meetups.rsvp(bob, meetupId);
    const waiting = await arrival("bob", "You're on the waitlist");
    expect(waiting.mail.text).not.toContain("meet.example");
  });

  test("a reschedule sends an update whose calendar entry parses with the new time and a higher SEQUENCE", async () => {
    const before = calendarOf((await arrival("ann", "You're going")).mail).event;
    const later = (instant: string) => new Date(Date.parse(instant) + 86_400_000).toISOString();
    await meetups.reschedule(organiser, meetupId, {
      startsAt: later(startsAt),
      endsAt: later(endsAt),
      timeZone: "Europe/Berlin",
    });
    const { mail } = await arrival("ann", "New time");
    const { method, event } = calendarOf(mail);
    expect(method).toBe("REQUEST");
    expect(event.uid).toBe(before.uid);
    expect(event.sequence).toBeGreaterThan(before.sequence);
    expect(event.startDate.toJSDate().toISOString()).toBe(later(startsAt));
    expect((await arrival("bob", "New time")).mail.subject).toBe("New time: Rust and coffee");
  });

  test("the one-click unsubscribe works without a session and stops only its kind; a changed token is refused", async () => {
    const { mail } = await arrival("bob", "New time");
    const address = /^<(.+)>$/.exec(mail.headers?.["List-Unsubscribe"] ?? "")?.[1] ?? "";
    expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const post = (url: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
    const tampered = await post(address.replace(/.(?=$)/, (last) => (last === "A" ? "B" : "A")));
    expect(tampered.status).toBe(400);
    const done = await post(address);
    expect(done.status).toBe(200);
    expect(await done.text()).toBe("You are unsubscribed from these messages.");
  });

  test("a cancellation sends METHOD:CANCEL to everyone holding an RSVP, bob too (he stopped only reschedules)", async () => {
    await meetups.cancel(organiser, meetupId, "The venue flooded.");
    for (const name of ["ann", "bob"]) {
      const { mail } = await arrival(name, "Cancelled");
      expect(calendarOf(mail).method).toBe("CANCEL");
      expect(mail.text).toContain("The venue flooded.");
    }
  });

  describe("messages about talks and paths", () => {
    let talks: ReturnType<typeof progressClient>;
    let sam: Person;
    let proposalId: string;
    beforeAll(async () => {
      talks = progressClient(host.url);
      sam = await talks.person("Sam", "sam");
      await talks.join(sam, communityId);
    });

    test("an accepted proposal reaches its speaker's dev mailbox with the organisers' words and a one-click unsubscribe", async () => {
      const call = await talks.draftCall(organiser, callInput(communityId));
      await talks.publishCall(organiser, call.id);
      proposalId = (await talks.submit(sam, proposalInput(call.id))).id;
      await talks.accept(organiser, proposalId, "See you on stage!");
      const { mail } = await arrival("sam", "Accepted");
      expect(mail.subject).toBe("Accepted: Event sourcing without tears");
      expect(mail.text).toContain("The organisers write: “See you on stage!”");
      expect(mail.text).toContain("/me/proposals");
      expect(mail.headers?.["List-Unsubscribe"]).toMatch(/^<http:\/\/.+\/unsubscribe\/one-click\?token=.+>$/);
      expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    });

    test("a released agenda reaches the speaker of a talk on it, with the programme", async () => {
      await talks.confirm(sam, proposalId);
      const starts = new Date(Date.parse(startsAt) + 7 * 86_400_000).toISOString();
      const evening: Loose = await meetups.schedule(
        organiser,
        meetupInput(communityId, {
          startsAt: starts,
          endsAt: new Date(Date.parse(starts) + 3 * 3_600_000).toISOString(),
        }),
      );
      await meetups.publish(organiser, evening.id);
      const agenda = agendaClient(host.url, evening.id);
      await agenda.addSlot(organiser, { startsAt: starts, minutes: 30, title: "Doors open" });
      const slot = await agenda.addSlot(organiser, {
        startsAt: new Date(Date.parse(starts) + 30 * 60_000).toISOString(),
        proposalId,
      });
      expect(slot.__typename).toBe("AgendaDraft");
      expect((await agenda.release(organiser, "Pizza first.")).__typename).toBe("AgendaVersion");
      const { mail } = await arrival("sam", "Agenda released");
      expect(mail.subject).toBe("Agenda released: Rust and coffee");
      expect(mail.text).toContain("with your talk “Event sourcing without tears”");
      expect(mail.text).toContain("Doors open (30 min)");
      expect(mail.text).toContain("The organisers note: “Pizza first.”");
    });

    test("a completed path reaches the learner who asked for it", async () => {
      const notifications = notificationClient(host.url);
      const lea = await talks.person("Lea", "lea");
      const settings = await notifications.setPreference(lea, {
        kind: "PATH_COMPLETED",
        communityId: null,
        enabled: true,
      });
      expect(settings.__typename).toBe("NotificationSettings");
      const path = await talks.draftPath(sam, {
        goal: "Learn event sourcing",
        description: "From the first event on.",
        tags: ["cqrs"],
        checkpoints: [{ task: "Read the introduction", url: "https://example.com/intro", title: "Intro" }],
      });
      await talks.publishPath(sam, path.id);
      const marked = await talks.markCheckpoint(lea, {
        pathId: path.id,
        checkpointId: path.checkpoints[0].id,
        done: true,
      });
      expect(marked.completed).toBe(true);
      const { mail } = await arrival("lea", "You completed");
      expect(mail.subject).toBe("You completed Learn event sourcing");
      expect(mail.text).toContain(`/paths/${path.slug}`);
      expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    });
  });

  test("events delivered again, twice over, after restarts send nothing twice", async () => {
    const notSignIn = (mail: { subject: string }) => !mail.subject.includes("sign-in code");
    const sent = (await mailbox()).filter(notSignIn).length;
    // Six about the meetup; a decision, an agenda and a completed path.
    expect(sent).toBe(9);
    for (let delivery = 2; delivery <= 3; delivery++) {
      await host.close();
      // The notifier's position back to the start: the next start hands every event to it again.
      const database = openDatabase(databaseFile(dataFolder));
      const reset = database
        .prepare("UPDATE projector_positions SET position = 0 WHERE name = 'messaging'")
        .run();
      expect(reset.changes).toBe(1);
      database.close();
      host = await startTestHost({ dataFolder });
      // Closing waits for the messaging turn to have every event: then the redelivery is over.
      await host.close();
      const after = openDatabase(databaseFile(dataFolder));
      const positions = after.prepare("SELECT name, position FROM projector_positions").all() as {
        name: string;
        position: number;
      }[];
      const kept = sqliteDevMailbox(after, { log: () => {} })
        .messages()
        .filter(notSignIn);
      after.close();
      expect(positions.find((row) => row.name === "messaging")?.position).toBe(
        positions.find((row) => row.name === "projector")?.position,
      );
      expect(kept).toHaveLength(sent);
      host = await startTestHost({ dataFolder });
    }
  });
});
