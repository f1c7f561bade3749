import { describe, expect, test } from "vitest";
import { assertDocumentKey } from "../documents/document-encoding";
import { DocumentVersionConflict, InvalidDocument } from "../documents/errors";
import { InvalidEventData } from "../eventstore/errors";
import { isPoison, ProjectionFailed, quarantineKey } from "./quarantine";

describe("quarantine records", () => {
  test("a record's key can be stored whatever the stream id, and tells stream ids apart", () => {
    const ids = [
      "meetup-1",
      "meetup-\uD800",
      "meetup-\uDC00",
      `meetup-${"é".repeat(200)}`,
      `meetup-${"é".repeat(199)}a`,
    ];
    const keys = ids.map((streamId) => quarantineKey("meetups", streamId));
    for (const key of keys) expect(() => assertDocumentKey(key)).not.toThrow();
    expect(new Set(keys.map((key) => key.sort)).size).toBe(ids.length);
    expect(keys[0]).toEqual({ partition: "quarantine", sort: "meetups#meetup-1" });
  });

  test("poison is what fails the same way again; a conflict or a store that is down is not", () => {
    expect(isPoison(new InvalidDocument("indexes.second.sort is not well-formed Unicode"))).toBe(true);
    expect(isPoison(new ProjectionFailed("meetups", "meetup-1", new TypeError("x")))).toBe(true);
    expect(isPoison(new InvalidEventData("MeetupScheduled", []))).toBe(true);
    expect(isPoison(new DocumentVersionConflict({ partition: "p", sort: "s" }, 1))).toBe(false);
    expect(isPoison(new Error("connect ECONNREFUSED 127.0.0.1:8000"))).toBe(false);
  });
});
