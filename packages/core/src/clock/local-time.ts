// From its own path, the smallest TZDate: the web app bundles this module too, and needs no more.
import { TZDateMini } from "@date-fns/tz/date/mini";

/*
 * The one way Meetstream writes a time for people: the history, the feeds and every page of the web app
 * read an instant so, in the zone it belongs to. Written out here rather than by a locale's format, so
 * that its shape depends neither on the runtime's locale data nor on the reader's browser.
 */

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const zoneNames = new Map<string, Intl.DateTimeFormat>();

/** The zone's abbreviation at the instant ("CET", "CEST"): British English names European zones so. */
export function zoneNameAt(instant: string | Date, timeZone: string): string {
  let names = zoneNames.get(timeZone);
  if (!names) {
    names = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" });
    zoneNames.set(timeZone, names);
  }
  return (
    names.formatToParts(new Date(instant)).find((part) => part.type === "timeZoneName")?.value ?? timeZone
  );
}

export interface LocalTimeShape {
  /** "Thu 26 Mar 2026": off unless asked. */
  weekday?: boolean;
  /** "26 Mar 2026": on unless told off, for a label that sits beside others of the same year. */
  year?: boolean;
  /** "19:00 CET": on unless told off, for a label whose zone is said once beside it. */
  zoneName?: boolean;
}

const two = (value: number) => String(value).padStart(2, "0");

/** The day people in a time zone read: "26 Mar 2026", "Thu 26 Mar 2026", "26 Mar". */
export function localDateOf(
  instant: string,
  timeZone: string,
  { weekday = false, year = true }: LocalTimeShape = {},
): string {
  const local = new TZDateMini(instant, timeZone);
  const day = `${local.getDate()} ${months[local.getMonth()]}${year ? ` ${local.getFullYear()}` : ""}`;
  return weekday ? `${weekdays[local.getDay()]} ${day}` : day;
}

/** The time of day people in a time zone read: "19:00 CET", or "19:00" when the zone is said elsewhere. */
export function localClockTimeOf(
  instant: string,
  timeZone: string,
  { zoneName = true }: LocalTimeShape = {},
): string {
  const local = new TZDateMini(instant, timeZone);
  const clock = `${two(local.getHours())}:${two(local.getMinutes())}`;
  return zoneName ? `${clock} ${zoneNameAt(instant, timeZone)}` : clock;
}

/**
 * The wall-clock time people in a time zone read, with the zone's abbreviation: "Thu 26 Mar 2026, 19:00 CET"
 * (without the weekday: "26 Mar 2026, 19:00 CET").
 */
export function localTimeOf(instant: string, timeZone: string, shape: LocalTimeShape = {}): string {
  return `${localDateOf(instant, timeZone, shape)}, ${localClockTimeOf(instant, timeZone, shape)}`;
}
