import { describe, expect, test } from "vitest";
import { type Clock, fixedClock } from "../clock/clock";
import { type FiredTimer, type Scheduler, TimerRefused } from "./scheduler";

export interface SchedulerHarness {
  scheduler: Scheduler;
  /** Fires what is due at the clock's time, as the adapter's runtime would; the timers handed to the handler. */
  fireDue(): Promise<FiredTimer[]>;
  /** The same timers after the process that set them stopped and another started on the same storage. */
  restarted(): SchedulerHarness;
}

const start = "2026-12-10T09:00:00.000Z";
const hour = 3_600_000;
const at = (clock: Clock, milliseconds: number) => new Date(clock.now().getTime() + milliseconds);

/** The Scheduler port's contract, for an adapter whose firing can run here (sqlite.test.ts). */
export function schedulerContract(name: string, open: (clock: Clock) => Promise<SchedulerHarness>) {
  describe(`${name} scheduler`, () => {
    const opened = async () => {
      const clock = fixedClock(start);
      return { clock, harness: await open(clock) };
    };

    test("a timer fires once, at its time and not before, with its payload", async () => {
      const { clock, harness } = await opened();
      await harness.scheduler.set({
        name: "reminder-24h-m1",
        at: at(clock, hour),
        payload: { meetupId: "m1" },
      });

      clock.advance(hour - 1);
      expect(await harness.fireDue()).toEqual([]);
      clock.advance(1);
      expect(await harness.fireDue()).toEqual([
        {
          name: "reminder-24h-m1",
          at: "2026-12-10T10:00:00.000Z",
          notAfter: null,
          payload: { meetupId: "m1" },
        },
      ]);
      clock.advance(hour);
      expect(await harness.fireDue()).toEqual([]);
    });

    test("setting a timer of the same name moves it; cancelling removes it; cancelling twice is no error", async () => {
      const { clock, harness } = await opened();
      await harness.scheduler.set({ name: "reminder-2h-m1", at: at(clock, hour), payload: 1 });
      await harness.scheduler.set({ name: "reminder-2h-m1", at: at(clock, 3 * hour), payload: 2 });
      await harness.scheduler.set({ name: "reminder-2h-m2", at: at(clock, hour), payload: 3 });
      await harness.scheduler.cancel("reminder-2h-m2");
      await harness.scheduler.cancel("reminder-2h-m2");
      await harness.scheduler.cancel("never-set");

      clock.advance(2 * hour);
      expect(await harness.fireDue()).toEqual([]);
      clock.advance(hour);
      expect((await harness.fireDue()).map((timer) => timer.payload)).toEqual([2]);
    });

    test("timers survive a restart: a host down across the due time fires it once when it is back", async () => {
      const { clock, harness } = await opened();
      await harness.scheduler.set({
        name: "reminder-2h-m3",
        at: at(clock, hour),
        notAfter: at(clock, 3 * hour),
        payload: "late but useful",
      });
      clock.advance(2 * hour);
      const restarted = harness.restarted();
      expect((await restarted.fireDue()).map((timer) => timer.payload)).toEqual(["late but useful"]);
      expect(await restarted.fireDue()).toEqual([]);
    });

    test("a timer that could only fire after its latest moment never fires", async () => {
      const { clock, harness } = await opened();
      await harness.scheduler.set({
        name: "reminder-2h-m4",
        at: at(clock, hour),
        notAfter: at(clock, 2 * hour),
        payload: null,
      });
      clock.advance(2 * hour + 1);
      const restarted = harness.restarted();
      expect(await restarted.fireDue()).toEqual([]);
      clock.advance(hour);
      expect(await restarted.fireDue()).toEqual([]);
    });

    test("timers fire soonest first; one set in the past fires at the next pass", async () => {
      const { clock, harness } = await opened();
      await harness.scheduler.set({ name: "b", at: at(clock, 2_000), payload: "second" });
      await harness.scheduler.set({ name: "a", at: at(clock, 1_000), payload: "first" });
      await harness.scheduler.set({ name: "past", at: at(clock, -hour), payload: "overdue" });
      clock.advance(2_000);
      expect((await harness.fireDue()).map((timer) => timer.payload)).toEqual(["overdue", "first", "second"]);
    });

    test("a timer it could not keep is refused with a reason, and nothing is set", async () => {
      const { clock, harness } = await opened();
      const refusals = [
        { name: "has spaces", at: at(clock, hour), payload: 1 },
        { name: "x".repeat(65), at: at(clock, hour), payload: 1 },
        { name: "", at: at(clock, hour), payload: 1 },
        { name: "no-time", at: new Date(Number.NaN), payload: 1 },
        { name: "huge", at: at(clock, hour), payload: "x".repeat(9_000) },
        { name: "nothing", at: at(clock, hour), payload: undefined },
      ];
      for (const timer of refusals)
        await expect(harness.scheduler.set(timer)).rejects.toBeInstanceOf(TimerRefused);
      clock.advance(2 * hour);
      expect(await harness.fireDue()).toEqual([]);
    });
  });
}
