import { describe, expect, test } from "vitest";
import { phaseOf } from "./call-window";

describe("a call's phase", () => {
  const now = Date.parse("2026-12-02T20:00:00Z");

  test("a call taking proposals is open", () =>
    expect(phaseOf({ accepting: true, opensAt: "2026-12-01T00:00:00Z" }, now)).toBe("open"));

  test("a call opening later is not open yet", () =>
    expect(phaseOf({ accepting: false, opensAt: "2026-12-03T00:00:00Z" }, now)).toBe("not-open-yet"));

  test("a call that opened and takes no proposals is closed, whatever its closing instant said", () =>
    expect(phaseOf({ accepting: false, opensAt: "2026-12-01T00:00:00Z" }, now)).toBe("closed"));
});
