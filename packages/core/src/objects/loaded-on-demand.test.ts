import { describe, expect, test } from "vitest";
import { loadedOnDemand } from "./loaded-on-demand";

interface Counter {
  add(amount: number): Promise<number>;
  total(): Promise<number>;
}

function counter(): Counter {
  let sum = 0;
  return {
    add: async (amount) => {
      sum += amount;
      return sum;
    },
    total: async () => sum,
  };
}

describe("a port loaded on demand", () => {
  test("is not loaded until a method is called, then loaded once for every call", async () => {
    let loads = 0;
    const port = loadedOnDemand(async () => {
      loads += 1;
      return counter();
    });
    expect(loads).toBe(0);

    await Promise.all([port.add(2), port.add(3)]);
    expect(await port.total()).toBe(5);
    expect(loads).toBe(1);
  });

  test("a failed load reaches the caller, and the next call loads again", async () => {
    let loads = 0;
    const port = loadedOnDemand(async () => {
      loads += 1;
      if (loads === 1) throw new Error("chunk missing");
      return counter();
    });

    await expect(port.add(1)).rejects.toThrow("chunk missing");
    expect(await port.add(1)).toBe(1);
    expect(loads).toBe(2);
  });

  test("awaiting the port gives the port, not a load", async () => {
    let loads = 0;
    const port = loadedOnDemand(async () => {
      loads += 1;
      return counter();
    });
    const awaited = await Promise.resolve(port);
    expect(awaited).toBe(port);
    expect(loads).toBe(0);
  });
});
