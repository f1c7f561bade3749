import type { EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";
import { isSealedPersonalData } from "./personal-data";

/** The schema of a personal field's plaintext, by the schema of its sealed form. */
const plaintextSchemas = new WeakMap<z.core.$ZodType, z.core.$ZodType>();

/**
 * Declares a field of event data as personal data: `personalDataStore` encrypts it with the subject's
 * key before it reaches the log and decrypts it on read.
 *
 * The schema describes the field as the log stores it, sealed text (`pd1:…`), so the catalog refuses
 * plaintext in a personal field: personal data cannot reach the log past the store that encrypts it.
 * The plaintext is checked against `plaintext` by that store, on append and on read. Its type is the
 * plaintext's or null, because a field whose key is gone reads as null.
 *
 * Limits: only top-level fields of an object schema are found (optional ones too), and the catalog's upcasters see the
 * sealed text, so a personal field's plaintext shape can change only in ways `plaintext` still accepts.
 */
export function personal<Plaintext extends z.core.$ZodType>(plaintext: Plaintext) {
  const sealed = z.custom<z.output<Plaintext> | null>(isSealedPersonalData, {
    message: "expected sealed personal data (pd1:…): append personal data through personalDataStore",
  });
  plaintextSchemas.set(sealed, plaintext);
  return sealed;
}

/** The personal fields of an event type, by name, with the schema of their plaintext. */
export function personalFieldsOf(eventType: EventType): ReadonlyMap<string, z.core.$ZodType> {
  const fields = new Map<string, z.core.$ZodType>();
  if (!(eventType.schema instanceof z.$ZodObject)) return fields;
  for (const [name, field] of Object.entries(eventType.schema._zod.def.shape)) {
    // An optional personal field (a progress mark's note) is personal when given.
    const definition = (field as z.core.$ZodType)._zod.def;
    const inner = definition.type === "optional" ? (definition as z.core.$ZodOptionalDef).innerType : field;
    const plaintext = plaintextSchemas.get(inner);
    if (plaintext) fields.set(name, plaintext);
  }
  return fields;
}
