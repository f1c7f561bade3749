import { lazily } from "../objects/lazily";
import { multiLineText, singleLineText } from "../validation/text";
import * as z from "../validation/zod";
import { slotLimits } from "./decider";
import { type AgendaIssue, InvalidAgendaSlot } from "./errors";

/*
 * What organisers type into the agenda builder, each part checked on its own. The decider checks how a
 * slot fits the meetup and the other slots.
 */

const schemas = lazily(() => {
  const id = z.string().check(z.minLength(1), z.maxLength(100));
  // An organiser's form sends its own offset ("2026-06-01T19:30:00+02:00"); stored in UTC, so that it sorts.
  const startsAt = z.pipe(
    z.iso.datetime({ offset: true, error: "must be an ISO-8601 instant, like 2026-06-01T18:30:00Z" }),
    z.transform((value: string) => new Date(value).toISOString()),
  );
  const { minimum, maximum } = slotLimits.minutes;
  const minutes = z
    .int(`must be a whole number from ${minimum} to ${maximum}`)
    .check(
      z.gte(minimum, `must be a whole number from ${minimum} to ${maximum}`),
      z.lte(maximum, `must be a whole number from ${minimum} to ${maximum}`),
    );
  const title = singleLineText({ trimmed: true }).check(
    z.minLength(1, `must be 1 to ${slotLimits.title.maximum} characters`),
    z.maxLength(slotLimits.title.maximum, `must be 1 to ${slotLimits.title.maximum} characters`),
  );
  const newSlot = z.strictObject({
    meetupId: id,
    startsAt,
    minutes: z.optional(z.nullable(minutes)),
    proposalId: z.optional(z.nullable(id)),
    title: z.optional(z.nullable(title)),
  });
  const slotChanges = z.strictObject({
    meetupId: id,
    slotId: id,
    startsAt: z.optional(z.nullable(startsAt)),
    minutes: z.optional(z.nullable(minutes)),
    title: z.optional(z.nullable(title)),
  });
  const note = multiLineText({ trimmed: true }).check(
    z.maxLength(slotLimits.note, `must be up to ${slotLimits.note} characters`),
  );
  return { newSlot, slotChanges, note };
});

type Schemas = ReturnType<typeof schemas>;
export type NewSlotInput = z.input<Schemas["newSlot"]>;
export type SlotChangesInput = z.input<Schemas["slotChanges"]>;

function parse<Schema extends z.core.$ZodType>(schema: Schema, input: unknown, path: string[] = []) {
  const result = z.safeParse(schema, input);
  if (!result.success)
    throw new InvalidAgendaSlot(
      result.error.issues.map(
        (issue): AgendaIssue => ({ path: [...path, ...issue.path.map(String)], message: issue.message }),
      ),
    );
  return result.data as z.output<Schema>;
}

/** A new slot: a talk (its title and default length come from the talk) or a free item, which needs a label and a length. */
export function parseNewSlot(input: NewSlotInput) {
  const { meetupId, startsAt, minutes, proposalId, title } = parse(schemas().newSlot, input);
  if (!proposalId && !title)
    throw new InvalidAgendaSlot([{ path: ["title"], message: "name the item, or choose a talk" }]);
  if (!proposalId && !minutes)
    throw new InvalidAgendaSlot([{ path: ["minutes"], message: "say how long the item lasts" }]);
  return {
    meetupId,
    startsAt,
    minutes: minutes ?? undefined,
    proposalId: proposalId ?? null,
    title: title ?? undefined,
  };
}

/** Only what is given changes. */
export function parseSlotChanges(input: SlotChangesInput) {
  const { meetupId, slotId, startsAt, minutes, title } = parse(schemas().slotChanges, input);
  return {
    meetupId,
    slotId,
    changes: {
      ...(startsAt ? { startsAt } : {}),
      ...(minutes ? { minutes } : {}),
      ...(title ? { title } : {}),
    },
  };
}

export function parseReleaseNote(note: unknown): string {
  return parse(schemas().note, note ?? "", ["note"]);
}
