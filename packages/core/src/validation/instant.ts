import * as z from "./zod";

/** An instant in ISO-8601 UTC ("2026-06-01T18:30:00Z"), stored in one canonical form so that it sorts. */
export const instant = () =>
  z.pipe(
    z.iso.datetime({ error: "must be an ISO-8601 instant in UTC, like 2026-06-01T18:30:00Z" }),
    z.transform((value: string) => new Date(value).toISOString()),
  );

/*
 * ISO-8601 allows any year from 0000 to 9999, but no one plans a meetup in either, and such instants break
 * what reads them (calendars, feeds, "in 7,974 years"). Nothing a person gives lies before this platform's
 * own era, nor further ahead than anyone plans.
 */
export const earliestInstant = "2000-01-01T00:00:00.000Z";
const yearsAhead = 5;

/** The latest instant a person may give at `now`: the same moment five years later. */
export function latestInstant(now: Date): string {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + yearsAhead);
  return latest.toISOString();
}

/** What is wrong with an instant (as `instant()` parses it) given at `now`, if anything. */
export function instantOutOfRange(value: string, now: Date): string | undefined {
  const time = Date.parse(value);
  if (time < Date.parse(earliestInstant)) return "must not be before 2000-01-01";
  if (time > Date.parse(latestInstant(now))) return `must not be more than ${yearsAhead} years ahead`;
  return undefined;
}
