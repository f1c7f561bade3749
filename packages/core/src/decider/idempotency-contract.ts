import { describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { IdempotencyInProgress, IdempotencyKeyReused, type IdempotencyStore } from "./idempotency-store";

class PaymentDeclined extends Error {}

/** A promise the test resolves when it chooses: holds a run in flight without any timing. */
function gate<Value>() {
  let open!: (value: Value) => void;
  const opened = new Promise<Value>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Counts the runs of a piece of work and returns what `produce` gives for each. */
function countedWork<Result>(produce: (run: number) => Result | Promise<Result>) {
  let runs = 0;
  return {
    work: async () => produce(++runs),
    get runs() {
      return runs;
    },
  };
}

/** The rules every idempotency store keeps, run against each adapter (imported by its test file). */
export function idempotencyStoreContract(name: string, open: () => Promise<IdempotencyStore>) {
  describe(`${name} idempotency store`, () => {
    test("a repeat returns the first result and does not run the work again", async () => {
      const store = await open();
      const key = newId();
      const counted = countedWork((run) => ({ run, rooms: ["a", "b"], note: null }));

      const first = await store.once(key, { book: 2 }, counted.work);
      const repeat = await store.once(key, { book: 2 }, counted.work);

      expect(first).toEqual({ run: 1, rooms: ["a", "b"], note: null });
      expect(repeat).toEqual(first);
      expect(counted.runs).toBe(1);
    });

    test("the payload is compared by value, whatever the order of its keys", async () => {
      const store = await open();
      const key = newId();
      const counted = countedWork((run) => run);

      await store.once(key, { book: 2, room: { floor: 1, wing: "east" } }, counted.work);
      const repeat = await store.once(key, { room: { wing: "east", floor: 1 }, book: 2 }, counted.work);

      expect(repeat).toBe(1);
      expect(counted.runs).toBe(1);
    });

    test("the same key with another payload is rejected as a reused key and runs nothing", async () => {
      const store = await open();
      const key = newId();
      const counted = countedWork((run) => run);

      await store.once(key, { book: 2 }, counted.work);
      const reuse = store.once(key, { book: 3 }, counted.work);

      await expect(reuse).rejects.toBeInstanceOf(IdempotencyKeyReused);
      await expect(reuse).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
      expect(counted.runs).toBe(1);
    });

    test("a key whose first run is still in flight is rejected as in progress", async () => {
      const store = await open();
      const key = newId();
      const started = gate<void>();
      const release = gate<string>();
      const first = store.once(key, "payload", async () => {
        started.open();
        return release.opened;
      });
      // The work starts only once its run holds the key.
      await started.opened;
      const counted = countedWork(() => "second");

      const second = store.once(key, "payload", counted.work);

      await expect(second).rejects.toBeInstanceOf(IdempotencyInProgress);
      await expect(second).rejects.toMatchObject({ code: "IDEMPOTENCY_IN_PROGRESS" });
      await expect(store.once(key, "another payload", counted.work)).rejects.toBeInstanceOf(
        IdempotencyKeyReused,
      );
      release.open("first");
      await expect(first).resolves.toBe("first");
      await expect(store.once(key, "payload", counted.work)).resolves.toBe("first");
      expect(counted.runs).toBe(0);
    });

    test("of many simultaneous requests with one key, exactly one runs", async () => {
      const store = await open();
      const key = newId();
      const requestCount = 10;
      const release = gate<void>();
      const everyoneAnswered = gate<void>();
      let answered = 0;
      // A request has its answer when it is turned away or when its work starts; the work may finish
      // only after that, so no request can arrive late and find a completed record.
      const answer = () => {
        if (++answered === requestCount) everyoneAnswered.open();
      };
      const counted = countedWork(async (run) => {
        answer();
        await release.opened;
        return run;
      });

      const outcomes = Array.from({ length: requestCount }, () =>
        store.once(key, "payload", counted.work).then(
          (value) => ({ value }),
          (reason: unknown) => {
            answer();
            return { reason };
          },
        ),
      );
      await everyoneAnswered.opened;
      release.open();
      const settled = await Promise.all(outcomes);

      const values = settled.flatMap((outcome) => ("value" in outcome ? [outcome.value] : []));
      const reasons = settled.flatMap((outcome) => ("reason" in outcome ? [outcome.reason] : []));
      expect(values).toEqual([1]);
      expect(reasons).toHaveLength(requestCount - 1);
      for (const reason of reasons) expect(reason).toBeInstanceOf(IdempotencyInProgress);
      expect(counted.runs).toBe(1);
    });

    test("a run that throws is forgotten: its error reaches the caller and a retry runs again", async () => {
      const store = await open();
      const key = newId();
      const declined = new PaymentDeclined("card declined");
      const counted = countedWork((run) => {
        if (run === 1) throw declined;
        return "paid";
      });

      await expect(store.once(key, { pay: 10 }, counted.work)).rejects.toBe(declined);
      await expect(store.once(key, { pay: 10 }, counted.work)).resolves.toBe("paid");
      await expect(store.once(key, { pay: 10 }, counted.work)).resolves.toBe("paid");
      expect(counted.runs).toBe(2);
    });

    test("after a failed run the key may carry another payload", async () => {
      const store = await open();
      const key = newId();

      await expect(
        store.once(key, { pay: 10 }, async () => {
          throw new PaymentDeclined();
        }),
      ).rejects.toBeInstanceOf(PaymentDeclined);
      await expect(store.once(key, { pay: 5 }, async () => "paid five")).resolves.toBe("paid five");
    });

    test("keys are independent of each other", async () => {
      const store = await open();
      const [first, second] = [newId(), newId()];
      const counted = countedWork((run) => run);

      await expect(store.once(first, "same payload", counted.work)).resolves.toBe(1);
      await expect(store.once(second, "same payload", counted.work)).resolves.toBe(2);
      await expect(store.once(first, "same payload", counted.work)).resolves.toBe(1);
      await expect(store.once(second, "same payload", counted.work)).resolves.toBe(2);
      expect(counted.runs).toBe(2);
    });

    test("the first caller gets the result as a repeat will: as JSON", async () => {
      const store = await open();
      const key = newId();
      const work = async () => ({ at: new Date("2026-05-01T10:00:00.000Z"), missing: undefined, count: 1 });

      const first = await store.once<unknown>(key, null, work);
      const repeat = await store.once<unknown>(key, null, work);

      expect(first).toStrictEqual({ at: "2026-05-01T10:00:00.000Z", count: 1 });
      expect(repeat).toStrictEqual(first);
    });
  });
}
