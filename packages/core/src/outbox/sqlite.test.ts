import { describe, expect, test } from "vitest";
import { fixedClock } from "../clock/clock";
import { openDatabase } from "../sqlite/database";
import { outboxContract } from "./contract";
import { sqliteOutbox } from "./sqlite";

outboxContract("SQLite", async (clock) => sqliteOutbox(openDatabase(":memory:"), { clock }));

describe("SQLite outbox", () => {
  test("what was recorded survives the process: a host opening the file again sends what is due", async () => {
    const database = openDatabase(":memory:");
    const clock = fixedClock("2026-12-01T10:00:00.000Z");
    const message = {
      eventId: "event-1",
      recipient: "member-1",
      kind: "rsvp-confirmed",
      payload: { to: "a@b.c" },
    };
    await sqliteOutbox(database, { clock }).enqueue([message]);
    // A claim by a process that died: its lease ends, and the next host's sender gets the message.
    await sqliteOutbox(database, { clock }).claim(message, 30_000);
    const restarted = sqliteOutbox(database, { clock });
    expect(await restarted.claimDue(10, 30_000)).toEqual([]);
    clock.advance(30_000);
    expect((await restarted.claimDue(10, 30_000)).map((claim) => claim.entry.recipient)).toEqual([
      "member-1",
    ]);
  });
});

describe("SQLite outboxes side by side", () => {
  test("each table's sender claims only its own messages (mail and webhooks apart)", async () => {
    const database = openDatabase(":memory:");
    const clock = fixedClock("2026-12-01T10:00:00.000Z");
    const mail = sqliteOutbox(database, { clock });
    const webhooks = sqliteOutbox(database, { clock, table: "webhook_outbox" });
    await mail.enqueue([{ eventId: "event-1", recipient: "member-1", kind: "rsvp-confirmed", payload: {} }]);
    await webhooks.enqueue([
      { eventId: "event-1", recipient: "webhook-1", kind: "webhook:rsvp.confirmed", payload: {} },
    ]);
    expect((await webhooks.claimDue(10, 30_000)).map((claim) => claim.entry.recipient)).toEqual([
      "webhook-1",
    ]);
    expect((await mail.claimDue(10, 30_000)).map((claim) => claim.entry.recipient)).toEqual(["member-1"]);
  });
});
