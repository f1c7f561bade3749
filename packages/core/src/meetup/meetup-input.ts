import { lazily } from "../objects/lazily";
import { markdownSource } from "../text/markdown-source";
import { instant, instantOutOfRange } from "../validation/instant";
import { multiLineText, singleLineText, webAddress } from "../validation/text";
import * as z from "../validation/zod";
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
  const timeZone = z.pipe(
    singleLineText().check(z.maxLength(100)),
    z.transform((value: string, context) => {
      const canonical = canonicalTimeZone(value);
      if (canonical === undefined) {
        context.issues.push({
          code: "custom",
          message: "must be an IANA time zone, like Europe/Berlin",
          input: value,
        });
        return z.NEVER;
      }
      return canonical;
    }),
  );

  const venue = z.strictObject({
    name: singleLineText({ trimmed: true }).check(
      z.minLength(1, "must be 1 to 200 characters"),
      z.maxLength(200, "must be 1 to 200 characters"),
    ),
    // Postal addresses are often written on several lines.
    address: multiLineText({ trimmed: true }).check(
      z.minLength(1, "must be 1 to 500 characters"),
      z.maxLength(500, "must be 1 to 500 characters"),
    ),
    coordinates: z._default(
      z.nullable(
        z.strictObject({
          latitude: z.number().check(z.gte(-90), z.lte(90)),
          longitude: z.number().check(z.gte(-180), z.lte(180)),
        }),
      ),
      null,
    ),
  });

  const details = {
    title: singleLineText({ trimmed: true }).check(z.minLength(3), z.maxLength(120)),
    description: markdownSource().check(z.maxLength(10_000)),
    venue: z.nullable(venue),
    joinUrl: z.nullable(webAddress({ protocols: ["https"] })),
    guestLimit: z.int().check(z.gte(0), z.lte(10)),
    rsvpOpensAt: z.nullable(instant()),
    rsvpClosesAt: z.nullable(instant()),
    waitlist: z.boolean(),
  };

  const schedule = { timeZone, startsAt: instant(), endsAt: instant() };

  /** Seats, guests included: a whole number from 1, or null for unlimited. */
  const capacity = z.nullable(z.int().check(z.gte(1), z.lte(1_000_000)));

  const scheduleInput = z.strictObject({
    communityId: singleLineText().check(z.minLength(1), z.maxLength(100)),
    ...schedule,
    capacity,
    title: details.title,
    description: z._default(details.description, ""),
    venue: z._default(details.venue, null),
    joinUrl: z._default(details.joinUrl, null),
    guestLimit: z._default(details.guestLimit, 0),
    rsvpOpensAt: z._default(details.rsvpOpensAt, null),
    rsvpClosesAt: z._default(details.rsvpClosesAt, null),
    waitlist: z._default(details.waitlist, true),
  });

  const detailsChanges = z.strictObject({
    title: z.optional(details.title),
    description: z.optional(details.description),
    venue: z.optional(details.venue),
    joinUrl: z.optional(details.joinUrl),
    guestLimit: z.optional(details.guestLimit),
    rsvpOpensAt: z.optional(details.rsvpOpensAt),
    rsvpClosesAt: z.optional(details.rsvpClosesAt),
    waitlist: z.optional(details.waitlist),
  });

  const rescheduleInput = z.strictObject(schedule);

  const guests = z.int().check(z.gte(0));
  const rsvpChange = z.strictObject({ guests: z.optional(guests), listed: z.optional(z.boolean()) });
  const cancellationMessage = multiLineText({ trimmed: true }).check(z.maxLength(2000));

  return {
    scheduleInput,
    detailsChanges,
    rescheduleInput,
    capacity,
    guests,
    rsvpChange,
    cancellationMessage,
  };
});

type Schemas = ReturnType<typeof schemas>;

export type ScheduleMeetupInput = z.input<Schemas["scheduleInput"]>;

export type MeetupDetailsInput = z.input<Schemas["detailsChanges"]>;

export type RescheduleInput = z.input<Schemas["rescheduleInput"]>;

function parse<Schema extends z.core.$ZodType>(
  schema: Schema,
  input: unknown,
  path: string[] = [],
): z.output<Schema> {
  const result = z.safeParse(schema, input);
  if (!result.success)
    throw new InvalidMeetup(
      result.error.issues.map((issue) => ({
        path: [...path, ...issue.path.map((part) => (typeof part === "number" ? part : String(part)))],
        message: issue.message,
      })),
    );
  return result.data;
}

/**
 * The instants of a parsed input, each checked against the range anyone plans in at `now` (see
 * validation/instant.ts): the range moves with the clock, so it is checked apart from the schemas.
 */
function withinSaneRange<Parsed extends object>(parsed: Parsed, now: Date): Parsed {
  const instantFields = ["startsAt", "endsAt", "rsvpOpensAt", "rsvpClosesAt"];
  const issues = Object.entries(parsed).flatMap(([field, value]) => {
    if (!instantFields.includes(field) || typeof value !== "string") return [];
    const message = instantOutOfRange(value, now);
    return message === undefined ? [] : [{ path: [field], message }];
  });
  if (issues.length > 0) throw new InvalidMeetup(issues);
  return parsed;
}

/** A new meetup's parts, each checked on its own at `now`; throws `InvalidMeetup`. */
export function parseScheduleInput(
  input: ScheduleMeetupInput,
  now: Date,
): {
  communityId: string;
  schedule: MeetupSchedule;
  capacity: number | null;
  details: MeetupDetails;
} {
  const { communityId, timeZone, startsAt, endsAt, capacity, ...rest } = withinSaneRange(
    parse(schemas().scheduleInput, input),
    now,
  );
  return { communityId, schedule: { timeZone, startsAt, endsAt }, capacity, details: rest };
}

export function parseDetailsChanges(input: MeetupDetailsInput, now: Date): Partial<MeetupDetails> {
  const parsed = withinSaneRange(parse(schemas().detailsChanges, input), now);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

export const parseReschedule = (input: RescheduleInput, now: Date): MeetupSchedule =>
  withinSaneRange(parse(schemas().rescheduleInput, input), now);

export const parseCapacity = (value: number | null): number | null =>
  parse(schemas().capacity, value, ["capacity"]);

/**
 * What a member sets on their RSVP: the guests, whether the guest list shows them, each left out to keep
 * it. A change must name at least one (`required`): one that names nothing is a mistake, not a no-op.
 */
export function parseRsvpChange(
  input: { guests?: unknown; listed?: unknown },
  { required = false } = {},
): { guests?: number; listed?: boolean } {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const parsed = parse(schemas().rsvpChange, given);
  if (required && parsed.guests === undefined && parsed.listed === undefined)
    throw new InvalidMeetup([{ path: [], message: "say what to change: the guests, the listing, or both" }]);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

export const parseGuests = (value: number): number => parse(schemas().guests, value, ["guests"]);

export const parseCancellationMessage = (value: string): string =>
  parse(schemas().cancellationMessage, value, ["message"]);
