import type { Attendee } from "./meetup-documents";

/** One CSV field: quoted when it holds a comma, quote or line break; quotes doubled (RFC 4180). */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix a quote so it stays text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvOf(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

const attendanceWords: Record<string, string> = {
  CHECKED_IN: "attended",
  EXPECTED: "expected",
  NO_SHOW: "no-show",
};

/** The attendee list (confirmed, waitlist, cancelled and removed) as the organiser exports it. */
export function attendeesCsv(attendees: readonly Attendee[]): string {
  return csvOf([
    ["name", "handle", "status", "guests", "checked in", "attendance", "waitlist position"],
    ...attendees.map((attendee) => [
      attendee.member?.displayName ?? "(erased member)",
      attendee.member?.handle ?? "",
      attendee.status.toLowerCase(),
      attendee.guests,
      attendee.checkedIn ? "yes" : "no",
      attendee.attendance ? (attendanceWords[attendee.attendance] ?? attendee.attendance) : "",
      attendee.waitlistPosition ?? "",
    ]),
  ]);
}
