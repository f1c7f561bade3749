import { lazily } from "../objects/lazily";
import type * as z from "../validation/zod";
import type { DomainEvent } from "./envelope";

/** Lifts data written under schema version `n` to version `n + 1`. */
export type Upcaster = (data: unknown) => unknown;

/**
 * One event type, declared once: its name, the zod schema of its current data, and how to lift data
 * written by older schema versions. The log is never rewritten; old data is upcast on read.
 *
 * The schema is declared as a function and built on first use (see objects/lazily.ts).
 */
export interface EventType<Type extends string = string, Schema extends z.core.$ZodType = z.core.$ZodType> {
  readonly type: Type;
  readonly schemaVersion: number;
  readonly schema: Schema;
  /** Keyed by the version they lift from: `upcasters[1]` turns version 1 data into version 2 data. */
  readonly upcasters: Readonly<Record<number, Upcaster>>;
  /** Builds the domain event, typed; validation happens on append. */
  (data: z.infer<Schema>): DomainEvent<Type, z.infer<Schema>>;
}

export type EventOf<Definition> =
  Definition extends EventType<infer Type, infer Schema> ? DomainEvent<Type, z.infer<Schema>> : never;

export function defineEvent<const Type extends string, Schema extends z.core.$ZodType>(
  type: Type,
  schema: () => Schema,
  options: { schemaVersion?: number; upcasters?: Record<number, Upcaster> } = {},
): EventType<Type, Schema> {
  const create = (data: z.infer<Schema>): DomainEvent<Type, z.infer<Schema>> => ({ type, data });
  const builtSchema = lazily(schema);
  return Object.defineProperties(create, {
    type: { value: type, enumerable: true },
    schemaVersion: { value: options.schemaVersion ?? 1, enumerable: true },
    schema: { get: builtSchema, enumerable: true },
    upcasters: { value: options.upcasters ?? {}, enumerable: true },
  }) as unknown as EventType<Type, Schema>;
}
