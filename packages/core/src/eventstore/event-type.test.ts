import { describe, expect, test } from "vitest";
import * as z from "../validation/zod";
import { defineEvent } from "./event-type";

describe("an event type", () => {
  test("builds its schema when first asked for it, and only once", () => {
    let builds = 0;
    const Noted = defineEvent("Noted", () => {
      builds += 1;
      return z.object({ text: z.string() });
    });
    expect(builds).toBe(0);

    expect(Noted.schema).toBe(Noted.schema);
    expect(builds).toBe(1);
  });

  test("creates its domain events without building the schema: validation happens on append", () => {
    let builds = 0;
    const Noted = defineEvent("Noted", () => {
      builds += 1;
      return z.object({ text: z.string() });
    });

    expect(Noted({ text: "hello" })).toEqual({ type: "Noted", data: { text: "hello" } });
    expect({ type: Noted.type, schemaVersion: Noted.schemaVersion }).toEqual({
      type: "Noted",
      schemaVersion: 1,
    });
    expect(builds).toBe(0);
  });
});
