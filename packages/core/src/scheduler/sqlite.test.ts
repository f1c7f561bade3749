import { describe, expect, test } from "vitest";
import { type Clock, fixedClock } from "../clock/clock";
import { openDatabase, type SqliteDatabase } from "../sqlite/database";
import { type SchedulerHarness, schedulerContract } from "./contract";
import type { FiredTimer } from "./scheduler";
import { sqliteScheduler } from "./sqlite";

const harnessOn = (database: SqliteDatabase, clock: Clock): SchedulerHarness => {
  const table = sqliteScheduler(database, { clock });
  return {
    scheduler: table,
    async fireDue() {
      const fired: FiredTimer[] = [];
      await table.fireDue(async (timer) => {
        fired.push(timer);
      });
      return fired;
    },
    restarted: () => harnessOn(database, clock),
  };
};

schedulerContract("SQLite timer table", async (clock) => harnessOn(openDatabase(":memory:"), clock));

describe("SQLite timer table", () => {
  test("a timer whose handler throws is tried again after the retry delay, then removed once it fires", async () => {
    const clock = fixedClock("2026-12-10T09:00:00.000Z");
    const table = sqliteScheduler(openDatabase(":memory:"), { clock, retryAfterMilliseconds: 60_000 });
    await table.set({ name: "flaky", at: clock.now(), payload: null });
    let calls = 0;
    const handle = async () => {
      calls++;
      if (calls === 1) throw new Error("the mailer is down");
    };
    expect(await table.fireDue(handle)).toEqual({ fired: [], dropped: [], failed: ["flaky"] });
    clock.advance(59_999);
    expect(await table.fireDue(handle)).toEqual({ fired: [], dropped: [], failed: [] });
    clock.advance(1);
    expect(await table.fireDue(handle)).toEqual({ fired: ["flaky"], dropped: [], failed: [] });
    expect(await table.fireDue(handle)).toEqual({ fired: [], dropped: [], failed: [] });
  });

  test("a timer moved while its handler runs stays set at its new time", async () => {
    const clock = fixedClock("2026-12-10T09:00:00.000Z");
    const table = sqliteScheduler(openDatabase(":memory:"), { clock });
    await table.set({ name: "moving", at: clock.now(), payload: "old" });
    const later = new Date(clock.now().getTime() + 3_600_000);
    await table.fireDue(() => table.set({ name: "moving", at: later, payload: "new" }));
    clock.set(later);
    const fired: unknown[] = [];
    await table.fireDue(async (timer) => {
      fired.push(timer.payload);
    });
    expect(fired).toEqual(["new"]);
  });

  test("polling fires what comes due without overlapping passes, and stops", async () => {
    const table = sqliteScheduler(openDatabase(":memory:"));
    const fired: string[] = [];
    let inFlight = 0;
    let overlapped = false;
    const polling = table.poll(
      async (timer) => {
        inFlight++;
        overlapped ||= inFlight > 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        fired.push(timer.name);
        inFlight--;
      },
      { intervalMilliseconds: 5 },
    );
    await table.set({ name: "soon", at: new Date(Date.now() + 20), payload: null });
    await table.set({ name: "sooner", at: new Date(), payload: null });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await polling.stop();
    expect(fired.sort()).toEqual(["soon", "sooner"]);
    expect(overlapped).toBe(false);
  });
});
