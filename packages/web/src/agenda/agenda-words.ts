import { localClockTimeOf, localDateOf } from "@meetstream/core/clock/local-time";
import type { AgendaChange } from "./agenda-documents";

const minute = 60_000;

/** "30 minutes", "1 minute". */
export const minutesWords = (minutes: number) => `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;

/**
 * A slot's times in a zone, "19:30–20:00": the zone is said once beside the whole agenda. A slot on another
 * day than the meetup's start (a meetup past midnight, or over days) carries its day, "Wed 15 Oct, 09:00–10:00".
 */
export function slotRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  meetupStartsAt: string,
): string {
  const clock = (instant: string) => localClockTimeOf(instant, timeZone, { zoneName: false });
  const range = `${clock(startsAt)}–${clock(endsAt)}`;
  return localDateOf(startsAt, timeZone) === localDateOf(meetupStartsAt, timeZone)
    ? range
    : `${localDateOf(startsAt, timeZone, { weekday: true, year: false })}, ${range}`;
}

const endOf = (startsAt: string, minutes: number) =>
  new Date(Date.parse(startsAt) + minutes * minute).toISOString();

/**
 * One change between two released versions, in words a visitor reads, with times in the meetup's zone:
 * what was added, removed, moved, retimed or renamed.
 */
export function changeWords(change: AgendaChange, timeZone: string, meetupStartsAt: string): string {
  const range = (startsAt: string | null, minutes: number | null) =>
    startsAt === null || minutes === null
      ? ""
      : slotRange(startsAt, endOf(startsAt, minutes), timeZone, meetupStartsAt);
  const start = (startsAt: string | null) => range(startsAt, 0).split("–")[0] ?? "";
  const title = `“${change.title}”`;
  switch (change.kind) {
    case "ADDED":
      return `Added ${title}, ${range(change.startsAt, change.minutes)}.`;
    case "REMOVED":
      return `Removed ${title}, which was ${range(change.previousStartsAt, change.previousMinutes)}.`;
    case "MOVED": {
      const moved = `Moved ${title} from ${start(change.previousStartsAt)} to ${start(change.startsAt)}`;
      return change.minutes !== null &&
        change.previousMinutes !== null &&
        change.minutes !== change.previousMinutes
        ? `${moved}, now ${minutesWords(change.minutes)} instead of ${change.previousMinutes}.`
        : `${moved}.`;
    }
    case "RETIMED":
      return `${title} now runs ${minutesWords(change.minutes ?? 0)} instead of ${change.previousMinutes} (${range(change.startsAt, change.minutes)}).`;
    case "RENAMED":
      return `Renamed “${change.previousTitle ?? ""}” to ${title}.`;
  }
}
