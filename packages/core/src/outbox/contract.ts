import { describe, expect, test } from "vitest";
import { type Clock, fixedClock } from "../clock/clock";
import { InvalidCursor } from "../documents/errors";
import { newId } from "../ids/new-id";
import { keptAttempts, type Outbox, type OutboxAttempt, type OutboxKey, type OutboxMessage } from "./outbox";

const start = "2026-12-01T10:00:00.000Z";
const minute = 60_000;

const message = (overrides: Partial<OutboxMessage> = {}): OutboxMessage => ({
  eventId: newId(),
  recipient: `member-${newId()}`,
  kind: "rsvp-confirmed",
  payload: { subject: "You are going", to: "ann@example.com" },
  ...overrides,
});

const keyOf = ({ eventId, recipient, kind }: OutboxKey): OutboxKey => ({ eventId, recipient, kind });

const attempt = (clock: Clock, outcome = "sent"): OutboxAttempt => ({
  at: clock.now().toISOString(),
  milliseconds: 12,
  outcome,
});

/** The Outbox port's contract: every adapter passes it (sqlite.test.ts, dynamodb.test.ts). */
export function outboxContract(name: string, open: (clock: Clock) => Promise<Outbox>) {
  describe(`${name} outbox`, () => {
    const opened = async () => {
      const clock = fixedClock(start);
      return { clock, outbox: await open(clock) };
    };

    test("a message is recorded once per event, recipient and kind, however often it is enqueued", async () => {
      const { outbox } = await opened();
      const first = message();
      const again = { ...first, payload: { subject: "rendered again" } };
      const otherKind = { ...first, kind: "rsvp-reminder" };

      expect(await outbox.enqueue([first])).toEqual([keyOf(first)]);
      expect(await outbox.enqueue([again, otherKind])).toEqual([keyOf(otherKind)]);
      expect(await outbox.enqueue([first])).toEqual([]);

      expect(await outbox.get(first)).toMatchObject({ payload: first.payload, status: "pending" });
      expect(await outbox.get(otherKind)).toMatchObject({ status: "pending" });
    });

    test("keys whose parts hold the separators of another key's parts are two keys", async () => {
      const { outbox } = await opened();
      const eventId = newId();
      const left = message({ eventId, recipient: "a#b", kind: "c" });
      const right = message({ eventId, recipient: "a", kind: "b#c" });
      const quoted = message({ eventId, recipient: 'a","b', kind: "c" });
      expect(await outbox.enqueue([left, right, quoted])).toHaveLength(3);
      expect((await outbox.get(right))?.recipient).toBe("a");
    });

    test("a message is due at once unless it says when; the soonest due are claimed first", async () => {
      const { clock, outbox } = await opened();
      const now = message();
      const later = message({ dueAt: new Date(clock.now().getTime() + 5 * minute) });
      const earlier = message({ dueAt: new Date(clock.now().getTime() - minute) });
      await outbox.enqueue([now, later, earlier]);

      const claims = await outbox.claimDue(10, 60 * minute);
      expect(claims.map((claim) => claim.entry.eventId)).toEqual([earlier.eventId, now.eventId]);
      expect(claims[0]?.entry).toMatchObject({
        status: "sending",
        attemptCount: 0,
        payload: earlier.payload,
      });

      clock.advance(5 * minute);
      expect((await outbox.claimDue(10, minute)).map((claim) => claim.entry.eventId)).toEqual([
        later.eventId,
      ]);
    });

    test("claimDue hands out at most its limit", async () => {
      const { outbox } = await opened();
      await outbox.enqueue(Array.from({ length: 7 }, () => message()));
      expect(await outbox.claimDue(3, minute)).toHaveLength(3);
      expect(await outbox.claimDue(10, minute)).toHaveLength(4);
      expect(await outbox.claimDue(10, minute)).toHaveLength(0);
    });

    test("a claimed message is no one else's until its lease ends; then the lapsed claim cannot settle it", async () => {
      const { clock, outbox } = await opened();
      const sent = message();
      await outbox.enqueue([sent]);
      const first = await outbox.claim(sent, minute);
      expect(first).toBeDefined();
      expect(await outbox.claim(sent, minute)).toBeUndefined();
      expect(await outbox.claimDue(10, minute)).toEqual([]);

      clock.advance(minute);
      const second = await outbox.claim(sent, minute);
      expect(second?.claimId).not.toBe(first?.claimId);
      expect(
        await outbox.settle(first as NonNullable<typeof first>, { result: "sent", attempt: attempt(clock) }),
      ).toBe(false);
      expect(await outbox.get(sent)).toMatchObject({ status: "sending", attemptCount: 0 });
      expect(
        await outbox.settle(second as NonNullable<typeof second>, {
          result: "sent",
          attempt: attempt(clock),
        }),
      ).toBe(true);
    });

    test("a sent message is never due again and keeps its try", async () => {
      const { clock, outbox } = await opened();
      const sent = message();
      await outbox.enqueue([sent]);
      const claim = await outbox.claim(sent, minute);
      if (!claim) throw new Error("a fresh message is due");
      expect(await outbox.settle(claim, { result: "sent", attempt: attempt(clock) })).toBe(true);
      expect(await outbox.settle(claim, { result: "sent", attempt: attempt(clock) })).toBe(false);

      clock.advance(60 * minute);
      expect(await outbox.claimDue(10, minute)).toEqual([]);
      expect(await outbox.claim(sent, minute)).toBeUndefined();
      expect(await outbox.get(sent)).toEqual({
        ...keyOf(sent),
        payload: sent.payload,
        status: "sent",
        createdAt: start,
        dueAt: null,
        sentAt: start,
        attemptCount: 1,
        attempts: [{ at: start, milliseconds: 12, outcome: "sent" }],
      });
    });

    test("a failed try is due again at its retry time, newest try first; a message given up is never due", async () => {
      const { clock, outbox } = await opened();
      const flaky = message({ kind: "webhook:meetup.published" });
      await outbox.enqueue([flaky]);
      const first = await outbox.claim(flaky, minute);
      if (!first) throw new Error("a fresh message is due");
      const retryAt = new Date(clock.now().getTime() + 2 * minute);
      await outbox.settle(first, { result: "retry", attempt: attempt(clock, "HTTP 503"), retryAt });
      expect(await outbox.get(flaky)).toMatchObject({
        status: "pending",
        dueAt: retryAt.toISOString(),
        attemptCount: 1,
      });

      clock.advance(2 * minute - 1);
      expect(await outbox.claimDue(10, minute)).toEqual([]);
      clock.advance(1);
      const [second] = await outbox.claimDue(10, minute);
      if (!second) throw new Error("the retry is due");
      await outbox.settle(second, { result: "failed", attempt: attempt(clock, "timeout") });

      clock.advance(60 * minute);
      expect(await outbox.claimDue(10, minute)).toEqual([]);
      const given = await outbox.get(flaky);
      expect(given).toMatchObject({ status: "failed", dueAt: null, sentAt: null, attemptCount: 2 });
      expect(given?.attempts.map((kept) => kept.outcome)).toEqual(["timeout", "HTTP 503"]);
    });

    test(`a message keeps its latest ${keptAttempts} tries and counts them all`, async () => {
      const { clock, outbox } = await opened();
      const flaky = message();
      await outbox.enqueue([flaky]);
      for (let tried = 1; tried <= keptAttempts + 2; tried++) {
        const claim = await outbox.claim(flaky, minute);
        if (!claim) throw new Error("the retry is due");
        await outbox.settle(claim, {
          result: "retry",
          attempt: attempt(clock, `HTTP 50${tried % 10}`),
          retryAt: clock.now(),
        });
      }
      const kept = await outbox.get(flaky);
      expect(kept?.attemptCount).toBe(keptAttempts + 2);
      expect(kept?.attempts).toHaveLength(keptAttempts);
      expect(kept?.attempts[0]?.outcome).toBe(`HTTP 50${(keptAttempts + 2) % 10}`);
    });

    test("redeliver makes a sent or failed message due at once, and refuses one still on its way", async () => {
      const { clock, outbox } = await opened();
      const sent = message();
      await outbox.enqueue([sent]);
      expect(await outbox.redeliver(sent)).toBe(false);
      const claim = await outbox.claim(sent, minute);
      if (!claim) throw new Error("a fresh message is due");
      expect(await outbox.redeliver(sent)).toBe(false);
      await outbox.settle(claim, { result: "sent", attempt: attempt(clock) });

      expect(await outbox.redeliver(sent)).toBe(true);
      const [again] = await outbox.claimDue(10, minute);
      expect(again?.entry).toMatchObject({ eventId: sent.eventId, status: "sending", attemptCount: 1 });
      expect(await outbox.redeliver(message())).toBe(false);
    });

    test("senders claiming at the same time never get the same message, and between them get all", async () => {
      const { outbox } = await opened();
      const messages = Array.from({ length: 40 }, () => message());
      await outbox.enqueue(messages);
      const claimed: string[] = [];
      for (let round = 0; round < 10; round++) {
        const claims = (
          await Promise.all(Array.from({ length: 6 }, () => outbox.claimDue(10, minute)))
        ).flat();
        if (claims.length === 0) break;
        claimed.push(...claims.map((claim) => claim.entry.eventId));
      }
      expect(new Set(claimed).size).toBe(claimed.length);
      expect(claimed.sort()).toEqual(messages.map((sent) => sent.eventId).sort());
    });

    test("a thousand messages go in one call, each once", async () => {
      const { outbox } = await opened();
      const eventId = newId();
      const messages = Array.from({ length: 1_000 }, (_, index) =>
        message({ eventId, recipient: `member-${index}` }),
      );
      expect(await outbox.enqueue(messages)).toHaveLength(1_000);
      expect(await outbox.enqueue(messages.slice(0, 10))).toEqual([]);
      await expect(outbox.enqueue([...messages, message()])).rejects.toThrow(RangeError);
    });

    test("a recipient's log is newest first, paged, and holds no one else's messages", async () => {
      const { clock, outbox } = await opened();
      const recipient = `subscription-${newId()}`;
      const events: string[] = [];
      for (let index = 0; index < 5; index++) {
        const next = message({ recipient, kind: "webhook:rsvp.confirmed" });
        events.push(next.eventId);
        await outbox.enqueue([next, message()]);
        clock.advance(1_000);
      }
      const first = await outbox.forRecipient(recipient, { first: 2 });
      expect(first.entries.map((entry) => entry.eventId)).toEqual([events[4], events[3]]);
      expect(first.endCursor).not.toBeNull();
      const second = await outbox.forRecipient(recipient, { first: 2, after: first.endCursor ?? undefined });
      expect(second.entries.map((entry) => entry.eventId)).toEqual([events[2], events[1]]);
      const last = await outbox.forRecipient(recipient, { first: 2, after: second.endCursor ?? undefined });
      expect(last).toEqual({ entries: [expect.objectContaining({ eventId: events[0] })], endCursor: null });
      expect(await outbox.forRecipient(`subscription-${newId()}`, { first: 10 })).toEqual({
        entries: [],
        endCursor: null,
      });
    });

    test("a cursor it did not give out, a payload it cannot keep and limits out of range are refused", async () => {
      const { outbox } = await opened();
      await expect(
        outbox.forRecipient("someone", { first: 10, after: "not a cursor!" }),
      ).rejects.toBeInstanceOf(InvalidCursor);
      await expect(outbox.forRecipient("someone", { first: 0 })).rejects.toThrow(RangeError);
      await expect(outbox.claimDue(1_001, minute)).rejects.toThrow(RangeError);
      await expect(outbox.claimDue(10, 0)).rejects.toThrow(RangeError);
      const huge = message({ payload: "x".repeat(300 * 1024) });
      await expect(outbox.enqueue([huge])).rejects.toThrow(RangeError);
      await expect(outbox.enqueue([message({ payload: undefined })])).rejects.toThrow(TypeError);
      expect(await outbox.get(huge)).toBeUndefined();
    });
  });
}
