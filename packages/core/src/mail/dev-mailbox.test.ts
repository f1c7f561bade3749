import { describe, expect, test } from "vitest";
import { fixedClock } from "../clock/clock";
import { type DeliveredMessage, devMailbox } from "./dev-mailbox";

const quiet = () => {};

describe("dev mailbox", () => {
  test("keeps what was sent, newest first, with when it was sent", async () => {
    const clock = fixedClock("2026-03-01T10:00:00Z");
    const mailbox = devMailbox({ log: quiet, clock });
    await mailbox.send({ to: "ann@example.com", subject: "first", text: "1" });
    clock.advance(1000);
    await mailbox.send({ to: "bob@example.com", subject: "second", text: "2" });

    expect(mailbox.messages().map(({ to, subject, sentAt }) => ({ to, subject, sentAt }))).toEqual([
      { to: "bob@example.com", subject: "second", sentAt: "2026-03-01T10:00:01.000Z" },
      { to: "ann@example.com", subject: "first", sentAt: "2026-03-01T10:00:00.000Z" },
    ]);
  });

  test("forgets the oldest messages beyond its capacity", async () => {
    const mailbox = devMailbox({ log: quiet, capacity: 2 });
    for (const subject of ["one", "two", "three"])
      await mailbox.send({ to: "ann@example.com", subject, text: "" });

    expect(mailbox.messages().map((message) => message.subject)).toEqual(["three", "two"]);
  });

  test("prints every message as it is sent", async () => {
    const printed: DeliveredMessage[] = [];
    const mailbox = devMailbox({ log: (message) => printed.push(message) });
    await mailbox.send({ to: "ann@example.com", subject: "Your code", text: "123456" });

    expect(printed).toMatchObject([{ to: "ann@example.com", subject: "Your code", text: "123456" }]);
  });

  test("hands out copies, so a reader cannot change what the mailbox holds", async () => {
    const mailbox = devMailbox({ log: quiet });
    await mailbox.send({ to: "ann@example.com", subject: "kept", text: "" });
    const [message] = mailbox.messages();
    if (message) message.subject = "changed";

    expect(mailbox.messages()[0]?.subject).toBe("kept");
  });
});
