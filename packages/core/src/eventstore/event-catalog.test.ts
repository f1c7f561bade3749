import { describe, expect, test } from "vitest";
import { AccountOpened, Deposited, ledgerCatalog } from "../testing/ledger";
import * as z from "../validation/zod";
import { InvalidEventData, MissingUpcaster, UnknownEventType, UnsupportedSchemaVersion } from "./errors";
import { combineCatalogs, eventCatalog } from "./event-catalog";
import { defineEvent } from "./event-type";

/** Version 1 had `name`; version 2 split it into `first` and `last`; version 3 added `title`. */
const SpeakerRegistered = defineEvent(
  "SpeakerRegistered",
  () => z.object({ first: z.string(), last: z.string(), title: z.string() }),
  {
    schemaVersion: 3,
    upcasters: {
      1: (data) => {
        const [first = "", last = ""] = (data as { name: string }).name.split(" ");
        return { first, last };
      },
      2: (data) => ({ ...(data as object), title: "speaker" }),
    },
  },
);

describe("event catalog", () => {
  test("knows the types it was given, and their current schema versions", () => {
    expect(ledgerCatalog.has("Deposited")).toBe(true);
    expect(ledgerCatalog.has("MeetupScheduled")).toBe(false);
    expect(ledgerCatalog.schemaVersionOf("AccountOpened")).toBe(1);
    expect(ledgerCatalog.schemaVersionOf("Deposited")).toBe(2);
  });

  test("refuses a type it does not know, on every operation", () => {
    expect(() => ledgerCatalog.schemaVersionOf("AccountFrozen")).toThrow(UnknownEventType);
    expect(() => ledgerCatalog.validate("AccountFrozen", {})).toThrow(UnknownEventType);
    expect(() => ledgerCatalog.read("AccountFrozen", 1, {})).toThrow(UnknownEventType);
    expect(() => ledgerCatalog.validate("AccountFrozen", {})).toThrow(
      expect.objectContaining({ code: "UNKNOWN_EVENT_TYPE", type: "AccountFrozen" }),
    );
  });

  test("validation returns the data as the schema parses it", () => {
    expect(ledgerCatalog.validate("AccountOpened", { owner: "ann", extra: true })).toEqual({ owner: "ann" });
  });

  test("invalid data is refused with every issue and where it is", () => {
    let caught: unknown;
    try {
      ledgerCatalog.validate("Deposited", { amount: 1.5 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEventData);
    const { issues, type, code } = caught as InvalidEventData;
    expect({ type, code }).toEqual({ type: "Deposited", code: "INVALID_EVENT_DATA" });
    expect(issues.map((issue) => issue.path)).toEqual([["amount"], ["memo"]]);
    expect((caught as Error).message).toMatch(/amount: .*; memo: /);
  });

  test("data at the current version is read as is, and still validated", () => {
    expect(ledgerCatalog.read("Deposited", 2, { amount: 3, memo: "m" })).toEqual({ amount: 3, memo: "m" });
    expect(() => ledgerCatalog.read("Deposited", 2, { cents: 3 })).toThrow(InvalidEventData);
  });

  test("older data is lifted one version at a time, in order, then validated", () => {
    const catalog = eventCatalog(SpeakerRegistered);
    expect(catalog.read("SpeakerRegistered", 1, { name: "Ada Lovelace" })).toEqual({
      first: "Ada",
      last: "Lovelace",
      title: "speaker",
    });
    expect(catalog.read("SpeakerRegistered", 2, { first: "Grace", last: "Hopper" })).toEqual({
      first: "Grace",
      last: "Hopper",
      title: "speaker",
    });
    expect(() => catalog.read("SpeakerRegistered", 2, { first: "Grace" })).toThrow(InvalidEventData);
  });

  test("a gap in the upcasters is refused with the version it cannot lift", () => {
    const Gappy = defineEvent("Gappy", () => z.object({ value: z.number() }), {
      schemaVersion: 3,
      upcasters: { 2: (data) => data },
    });
    const catalog = eventCatalog(Gappy);
    expect(catalog.read("Gappy", 2, { value: 1 })).toEqual({ value: 1 });
    expect(() => catalog.read("Gappy", 1, { value: 1 })).toThrow(MissingUpcaster);
    expect(() => catalog.read("Gappy", 1, { value: 1 })).toThrow(
      expect.objectContaining({ code: "MISSING_UPCASTER", type: "Gappy", fromSchemaVersion: 1 }),
    );
  });

  test.each([[3], [0], [1.5], [Number.NaN]])(
    "data stored at schema version %s, which this code cannot read, is refused",
    (schemaVersion) => {
      expect(() => ledgerCatalog.read("Deposited", schemaVersion, { amount: 1, memo: "" })).toThrow(
        UnsupportedSchemaVersion,
      );
    },
  );

  test("a type declared twice is a mistake caught when the catalog is built", () => {
    const Again = defineEvent("AccountOpened", () => z.object({ owner: z.string() }));
    expect(() => eventCatalog(AccountOpened, Deposited, Again)).toThrow(/AccountOpened is declared twice/);
    expect(() => combineCatalogs([AccountOpened], [Again])).toThrow(/declared twice/);
  });

  test("catalogs of several contexts combine into one", () => {
    const catalog = combineCatalogs([AccountOpened, Deposited], [SpeakerRegistered]);
    expect(["AccountOpened", "Deposited", "SpeakerRegistered"].every((type) => catalog.has(type))).toBe(true);
    expect(catalog.schemaVersionOf("SpeakerRegistered")).toBe(3);
  });

  test("a declared event builds its domain event, and carries its declaration", () => {
    expect(Deposited({ amount: 5, memo: "" })).toEqual({ type: "Deposited", data: { amount: 5, memo: "" } });
    expect(Deposited.type).toBe("Deposited");
    expect(Deposited.schemaVersion).toBe(2);
    expect(AccountOpened.schemaVersion).toBe(1);
    expect(AccountOpened.upcasters).toEqual({});
  });
});
