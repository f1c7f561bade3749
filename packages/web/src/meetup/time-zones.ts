/** Dates and times in a meetup's time zone and the viewer's, with Intl only. */

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/** "Tue 14 Oct 2025, 19:00" in the zone, with the zone's short name ("CEST", "GMT+2"). */
export function formatInZone(instant: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(instant));
}

/** Just the time of day in the zone, for an end time on the same day. */
export function formatTimeInZone(instant: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(instant));
}

/** The local wall-clock parts of an instant in a zone. */
function partsInZone(date: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const values: Record<string, number> = {};
  for (const part of parts) if (part.type !== "literal") values[part.type] = Number(part.value);
  return values;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(date: Date, timeZone: string): number {
  const parts = partsInZone(date, timeZone);
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * The UTC instant (ISO-8601) of a wall-clock date and time ("2025-10-14", "19:00") in a zone. In the hour
 * a clock skips, the time is read with the offset from before the change; in the hour it repeats, the
 * first of the two.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  if ([year, month, day, hour, minute].some((value) => value === undefined || Number.isNaN(value))) {
    throw new RangeError(`Not a date and time: ${date} ${time}`);
  }
  const wall = Date.UTC(year as number, (month as number) - 1, day, hour, minute);
  const halfDay = 12 * 60 * 60 * 1000;
  const before = wall - offsetAt(new Date(wall - halfDay), timeZone);
  const after = wall - offsetAt(new Date(wall + halfDay), timeZone);
  const matching = [before, after].filter((candidate) => {
    const parts = localPartsOf(new Date(candidate).toISOString(), timeZone);
    return parts.date === date && parts.time === time;
  });
  return new Date(matching.length > 0 ? Math.min(...matching) : before).toISOString();
}

/** The wall-clock date ("2025-10-14") and time ("19:00") of an instant in a zone, for date and time inputs. */
export function localPartsOf(instant: string, timeZone: string): { date: string; time: string } {
  const parts = partsInZone(new Date(instant), timeZone);
  const two = (value: number | undefined) => String(value ?? 0).padStart(2, "0");
  return {
    date: `${parts.year}-${two(parts.month)}-${two(parts.day)}`,
    time: `${two(parts.hour)}:${two(parts.minute)}`,
  };
}
