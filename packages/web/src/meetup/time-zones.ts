// From its own path: the package root also loads TZDate, whose module defines its methods when it loads,
// so a bundler keeps all of it.
import { tzOffset } from "@date-fns/tz/tzOffset";
import { localTimeOf } from "@meetstream/core/clock/local-time";

/**
 * Dates and times in a meetup's time zone and the viewer's: the zone arithmetic is @date-fns/tz's, the
 * words core's (clock/local-time.ts), so that a page, the history and a feed say a time alike.
 */

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/**
 * A meetup's time as every page shows it, "Tue 14 Oct 2025, 19:00 CEST": core's one formatter, the same
 * words as the history and the feeds, whatever the browser's locale.
 */
export function formatInZone(instant: string, timeZone: string): string {
  return localTimeOf(instant, timeZone, { weekday: true });
}

const minute = 60_000;
const halfDay = 12 * 60 * minute;

/**
 * The UTC instant (ISO-8601) of a wall-clock date and time ("2025-10-14", "19:00") in a zone. Around a clock
 * change the offsets half a day either side give the time's two readings: in the hour a clock repeats, the
 * first of the two is meant; in the hour it skips, the time is read with the offset from before the change.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minutes] = time.split(":").map(Number);
  if ([year, month, day, hour, minutes].some((value) => value === undefined || Number.isNaN(value))) {
    throw new RangeError(`Not a date and time: ${date} ${time}`);
  }
  const wall = Date.UTC(year as number, (month as number) - 1, day, hour, minutes);
  const [before, after] = [wall - halfDay, wall + halfDay].map(
    (near) => wall - tzOffset(timeZone, new Date(near)) * minute,
  ) as [number, number];
  const readings = [before, after].filter((instant) => {
    const local = localPartsOf(new Date(instant).toISOString(), timeZone);
    return local.date === date && local.time === time;
  });
  return new Date(readings.length > 0 ? Math.min(...readings) : before).toISOString();
}

/** The wall-clock date ("2025-10-14") and time ("19:00") of an instant in a zone, for date and time inputs. */
export function localPartsOf(instant: string, timeZone: string): { date: string; time: string } {
  const at = new Date(instant);
  // The wall clock read as if it were UTC: only the offset is the zone's.
  const wallClock = new Date(at.getTime() + tzOffset(timeZone, at) * minute).toISOString();
  return { date: wallClock.slice(0, 10), time: wallClock.slice(11, 16) };
}
