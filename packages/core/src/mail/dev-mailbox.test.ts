import { describe, expect, test } from "vitest";
import { type Clock, fixedClock } from "../clock/clock";
import { openDatabase } from "../sqlite/database";
import {
  type DeliveredMessage,
  type DevMailbox,
  type DevMailboxOptions,
  devMailbox,
  sqliteDevMailbox,
} from "./dev-mailbox";

const quiet = () => {};

const mailboxes: [string, (options: DevMailboxOptions) => DevMailbox][] = [
  ["in memory", (options) => devMailbox(options)],
  ["on SQLite", (options) => sqliteDevMailbox(openDatabase(":memory:"), options)],
];

describe.each(mailboxes)("dev mailbox %s", (_name, open) => {
  test("keeps what was sent, newest first, with when it was sent", async () => {
    const clock: Clock & { advance(milliseconds: number): void } = fixedClock("2026-03-01T10:00:00Z");
    const mailbox = open({ log: quiet, clock });
    await mailbox.send({ to: "ann@example.com", subject: "first", text: "1" });
    clock.advance(1000);
    await mailbox.send({ to: "bob@example.com", subject: "second", text: "2" });

    expect(mailbox.messages().map(({ to, subject, sentAt }) => ({ to, subject, sentAt }))).toEqual([
      { to: "bob@example.com", subject: "second", sentAt: "2026-03-01T10:00:01.000Z" },
      { to: "ann@example.com", subject: "first", sentAt: "2026-03-01T10:00:00.000Z" },
    ]);
    expect(mailbox.messages({ first: 1 }).map((message) => message.subject)).toEqual(["second"]);
    expect(mailbox.count()).toBe(2);
  });

  test("keeps the HTML, the headers and the attachments, and finds a message by its id", async () => {
    const mailbox = open({ log: quiet });
    await mailbox.send({
      to: "ann@example.com",
      subject: "Rescheduled",
      text: "It moved.",
      html: "<p>It <strong>moved</strong>.</p>",
      headers: {
        "List-Unsubscribe": "<https://example.com/u/1>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
      attachments: [
        { fileName: "meetup.ics", contentType: "text/calendar; method=REQUEST", content: "BEGIN:VCALENDAR" },
      ],
    });
    const [message] = mailbox.messages();
    expect(mailbox.message(message?.id ?? "")).toEqual(message);
    expect(message).toMatchObject({
      html: "<p>It <strong>moved</strong>.</p>",
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      attachments: [{ fileName: "meetup.ics", content: "BEGIN:VCALENDAR" }],
    });
    expect(mailbox.message("no-such-id")).toBeUndefined();
  });

  test("forgets the oldest messages beyond its capacity", async () => {
    const mailbox = open({ log: quiet, capacity: 2 });
    for (const subject of ["one", "two", "three"])
      await mailbox.send({ to: "ann@example.com", subject, text: "" });

    expect(mailbox.messages().map((message) => message.subject)).toEqual(["three", "two"]);
    expect(mailbox.count()).toBe(2);
  });

  test("prints every message as it is sent", async () => {
    const printed: DeliveredMessage[] = [];
    const mailbox = open({ log: (message) => printed.push(message) });
    await mailbox.send({ to: "ann@example.com", subject: "Your code", text: "123456" });

    expect(printed).toMatchObject([{ to: "ann@example.com", subject: "Your code", text: "123456" }]);
  });

  test("hands out copies, so a reader cannot change what the mailbox holds", async () => {
    const mailbox = open({ log: quiet });
    await mailbox.send({ to: "ann@example.com", subject: "kept", text: "", headers: { "X-Kept": "yes" } });
    const [message] = mailbox.messages();
    if (message?.headers) {
      message.subject = "changed";
      (message.headers as Record<string, string>)["X-Kept"] = "no";
    }

    expect(mailbox.messages()[0]).toMatchObject({ subject: "kept", headers: { "X-Kept": "yes" } });
  });
});

describe("dev mailbox on SQLite", () => {
  test("keeps its messages across a restart of the host", async () => {
    const database = openDatabase(":memory:");
    await sqliteDevMailbox(database, { log: quiet }).send({
      to: "ann@example.com",
      subject: "kept",
      text: "",
    });
    expect(
      sqliteDevMailbox(database, { log: quiet })
        .messages()
        .map((message) => message.subject),
    ).toEqual(["kept"]);
  });

  test("trims to its capacity as it goes, not only at the end", async () => {
    const mailbox = sqliteDevMailbox(openDatabase(":memory:"), { log: quiet, capacity: 150 });
    for (let index = 0; index < 450; index++)
      await mailbox.send({ to: "ann@example.com", subject: `${index}`, text: "" });
    expect(mailbox.count()).toBe(150);
    expect(mailbox.messages({ first: 1 })[0]?.subject).toBe("449");
    expect(mailbox.messages().at(-1)?.subject).toBe("300");
  });
});
