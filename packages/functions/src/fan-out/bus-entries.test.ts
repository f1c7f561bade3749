import type { EventEnvelope } from "@meetstream/core/eventstore";
import { describe, expect, test } from "vitest";
import { busDetailSchema, eventSource, notificationOf, pointerDetailType } from "./bus-detail";
import { busEntries, entryLimitBytes, entrySize, putEventsRequests } from "./bus-entries";

const envelope = (version: number, data: unknown = { amount: version }): EventEnvelope => ({
  id: `0190c1e4-0000-7000-8000-${String(version).padStart(12, "0")}`,
  streamId: "account-1",
  version,
  type: "Deposited",
  schemaVersion: 2,
  data,
  meta: { actor: "member-1", occurredAt: "2026-05-01T10:00:00.000Z", correlationId: "c", causationId: null },
});

describe("bus entries", () => {
  test("one entry per event, its type as detail-type, its envelope as detail", () => {
    const [entry] = busEntries([envelope(3)], "bus");
    expect(entry).toMatchObject({ EventBusName: "bus", Source: eventSource, DetailType: "Deposited" });
    const detail = busDetailSchema.parse(JSON.parse(entry?.Detail ?? ""));
    expect(detail).toEqual(envelope(3));
    expect(notificationOf(detail)).toEqual({ streamId: "account-1", version: 3 });
  });

  test("an event too big for an entry travels as a pointer to its stream and version", () => {
    const [small, big] = busEntries([envelope(1), envelope(2, { memo: "x".repeat(entryLimitBytes) })], "bus");
    expect(small?.DetailType).toBe("Deposited");
    expect(big?.DetailType).toBe(pointerDetailType);
    const detail = busDetailSchema.parse(JSON.parse(big?.Detail ?? ""));
    expect(detail).toEqual({ streamId: "account-1", firstVersion: 2, lastVersion: 2 });
    expect(notificationOf(detail)).toEqual({ streamId: "account-1", version: 2 });
  });

  test("requests hold at most ten entries and stay under the size limit together, in order", () => {
    const memo = "y".repeat(60 * 1024);
    const entries = busEntries(
      Array.from({ length: 25 }, (_, index) => envelope(index + 1, index < 8 ? { memo } : {})),
      "bus",
    );
    const requests = putEventsRequests(entries);
    expect(requests.flat()).toEqual(entries);
    for (const request of requests) {
      expect(request.length).toBeLessThanOrEqual(10);
      expect(request.reduce((total, entry) => total + entrySize(entry), 0)).toBeLessThan(entryLimitBytes);
    }
    expect(requests[0]?.length).toBe(4);
  });

  test("counts the bytes EventBridge counts: time, source, detail-type, detail, resources", () => {
    expect(
      entrySize({ Time: new Date(), Source: "ab", DetailType: "é", Detail: "{}", Resources: ["r1"] }),
    ).toBe(14 + 2 + 2 + 2 + 2);
  });
});
