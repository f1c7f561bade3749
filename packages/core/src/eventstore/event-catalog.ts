import * as z from "../validation/zod";
import { InvalidEventData, MissingUpcaster, UnknownEventType, UnsupportedSchemaVersion } from "./errors";
import type { EventType } from "./event-type";

/** The event types a store accepts: data is checked against them on append and on read. */
export interface EventCatalog {
  has(type: string): boolean;
  /** The schema version new data of this type is written with. */
  schemaVersionOf(type: string): number;
  /** Validates data about to be appended; returns it as the schema parses it. */
  validate(type: string, data: unknown): unknown;
  /** Lifts stored data to the current schema version, then validates it. */
  read(type: string, schemaVersion: number, data: unknown): unknown;
}

export function eventCatalog(...types: readonly EventType[]): EventCatalog {
  const byName = new Map<string, EventType>();
  for (const definition of types) {
    if (byName.has(definition.type)) throw new Error(`event type ${definition.type} is declared twice`);
    byName.set(definition.type, definition);
  }

  const definitionOf = (type: string): EventType => {
    const definition = byName.get(type);
    if (!definition) throw new UnknownEventType(type);
    return definition;
  };

  const parse = (definition: EventType, data: unknown): unknown => {
    const result = z.safeParse(definition.schema, data);
    if (!result.success) {
      throw new InvalidEventData(
        definition.type,
        result.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
      );
    }
    return result.data;
  };

  return {
    has: (type) => byName.has(type),
    schemaVersionOf: (type) => definitionOf(type).schemaVersion,
    validate: (type, data) => parse(definitionOf(type), data),
    read(type, schemaVersion, data) {
      const definition = definitionOf(type);
      if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > definition.schemaVersion)
        throw new UnsupportedSchemaVersion(type, schemaVersion, definition.schemaVersion);
      let lifted = data;
      for (let version = schemaVersion; version < definition.schemaVersion; version++) {
        const upcast = definition.upcasters[version];
        if (!upcast) throw new MissingUpcaster(type, version);
        lifted = upcast(lifted);
      }
      return parse(definition, lifted);
    },
  };
}

/** Joins the catalogs of several domain contexts into the one a store is opened with. */
export const combineCatalogs = (...types: readonly (readonly EventType[])[]): EventCatalog =>
  eventCatalog(...types.flat());
