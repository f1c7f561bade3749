import * as z from "zod";
import { lazily } from "../objects/lazily";
import type { MeetupSchedule } from "./decider";
import { InvalidMeetup } from "./errors";
import type { MeetupDetails } from "./events";

/*
 * The rules for what organisers and members type. The decider checks how the parts fit together (the end
 * after the start, RSVPs closing by the start, a place to meet); here each part is checked on its own.
 */

/** The zone's canonical IANA name, as this runtime's Intl knows it; anything else is not a time zone. */
export function canonicalTimeZone(value: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The schemas, built on first use (see objects/lazily.ts). */
const schemas = lazily(() => {
  /** An instant in ISO-8601 UTC ("2026-06-01T18:30:00Z"), stored in one canonical form so that it sorts. */
  const instant = z.iso
    .datetime({ error: "must be an ISO-8601 instant in UTC, like 2026-06-01T18:30:00Z" })
    .transform((value) => new Date(value).toISOString());

  const timeZone = z.string().transform((value, context) => {
    const canonical = canonicalTimeZone(value);
    if (canonical === undefined) {
      context.addIssue({ code: "custom", message: "must be an IANA time zone, like Europe/Berlin" });
      return z.NEVER;
    }
    return canonical;
  });

  const venue = z.strictObject({
    name: z.string().trim().min(1).max(200),
    address: z.string().trim().min(1).max(500),
    coordinates: z
      .strictObject({
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
      })
      .nullable()
      .default(null),
  });

  const details = {
    title: z.string().trim().min(3).max(120),
    description: z.string().max(10_000),
    venue: venue.nullable(),
    joinUrl: z
      .url({ protocol: /^https$/, error: "must be an https URL" })
      .max(2048)
      .nullable(),
    guestLimit: z.number().int().min(0).max(10),
    rsvpOpensAt: instant.nullable(),
    rsvpClosesAt: instant.nullable(),
    waitlist: z.boolean(),
  };

  const schedule = { timeZone, startsAt: instant, endsAt: instant };

  /** Seats, guests included: a whole number from 1, or null for unlimited. */
  const capacity = z.number().int().min(1).max(1_000_000).nullable();

  const scheduleInput = z.strictObject({
    communityId: z.string().min(1).max(100),
    ...schedule,
    capacity,
    title: details.title,
    description: details.description.default(""),
    venue: details.venue.default(null),
    joinUrl: details.joinUrl.default(null),
    guestLimit: details.guestLimit.default(0),
    rsvpOpensAt: details.rsvpOpensAt.default(null),
    rsvpClosesAt: details.rsvpClosesAt.default(null),
    waitlist: details.waitlist.default(true),
  });

  const detailsChanges = z.strictObject({
    title: details.title.optional(),
    description: details.description.optional(),
    venue: details.venue.optional(),
    joinUrl: details.joinUrl.optional(),
    guestLimit: details.guestLimit.optional(),
    rsvpOpensAt: details.rsvpOpensAt.optional(),
    rsvpClosesAt: details.rsvpClosesAt.optional(),
    waitlist: details.waitlist.optional(),
  });

  const rescheduleInput = z.strictObject(schedule);

  const guests = z.number().int().min(0);
  const cancellationMessage = z.string().trim().max(2000);

  return { scheduleInput, detailsChanges, rescheduleInput, capacity, guests, cancellationMessage };
});

type Schemas = ReturnType<typeof schemas>;

export type ScheduleMeetupInput = z.input<Schemas["scheduleInput"]>;

export type MeetupDetailsInput = z.input<Schemas["detailsChanges"]>;

export type RescheduleInput = z.input<Schemas["rescheduleInput"]>;

function parse<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  path: string[] = [],
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success)
    throw new InvalidMeetup(
      result.error.issues.map((issue) => ({
        path: [...path, ...issue.path.map((part) => (typeof part === "number" ? part : String(part)))],
        message: issue.message,
      })),
    );
  return result.data;
}

export function parseScheduleInput(input: ScheduleMeetupInput): {
  communityId: string;
  schedule: MeetupSchedule;
  capacity: number | null;
  details: MeetupDetails;
} {
  const { communityId, timeZone, startsAt, endsAt, capacity, ...rest } = parse(
    schemas().scheduleInput,
    input,
  );
  return { communityId, schedule: { timeZone, startsAt, endsAt }, capacity, details: rest };
}

export function parseDetailsChanges(input: MeetupDetailsInput): Partial<MeetupDetails> {
  const parsed = parse(schemas().detailsChanges, input);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

export const parseReschedule = (input: RescheduleInput): MeetupSchedule =>
  parse(schemas().rescheduleInput, input);

export const parseCapacity = (value: number | null): number | null =>
  parse(schemas().capacity, value, ["capacity"]);

export const parseGuests = (value: number): number => parse(schemas().guests, value, ["guests"]);

export const parseCancellationMessage = (value: string): string =>
  parse(schemas().cancellationMessage, value, ["message"]);
