import { TZDate } from "@date-fns/tz";

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const zoneNames = new Map<string, Intl.DateTimeFormat>();

/** The zone's abbreviation at the instant ("CET", "CEST"): British English names European zones so. */
function zoneNameAt(instant: Date, timeZone: string): string {
  let names = zoneNames.get(timeZone);
  if (!names) {
    names = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" });
    zoneNames.set(timeZone, names);
  }
  return names.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/**
 * The wall-clock time people in a time zone read, with the zone's abbreviation: "Thu 26 Mar 2026, 19:00 CET"
 * (without the weekday: "26 Mar 2026, 19:00 CET"). Written out here rather than by a locale's format, so
 * that its shape does not depend on the runtime's locale data.
 */
export function localTimeOf(instant: string, timeZone: string, { weekday = false } = {}): string {
  const local = new TZDate(instant, timeZone);
  const two = (value: number) => String(value).padStart(2, "0");
  const day = `${local.getDate()} ${months[local.getMonth()]} ${local.getFullYear()}`;
  const date = weekday ? `${weekdays[local.getDay()]} ${day}` : day;
  return `${date}, ${two(local.getHours())}:${two(local.getMinutes())} ${zoneNameAt(local, timeZone)}`;
}
