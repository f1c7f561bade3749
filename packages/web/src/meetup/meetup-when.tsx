import { localClockTimeOf, localDateOf } from "@meetstream/core/clock/local-time";
import { formatInZone, viewerTimeZone } from "./time-zones";

/** When a meetup runs, in its own time zone and, when it differs, in the viewer's too. */
export function MeetupWhen({
  startsAt,
  endsAt,
  timeZone,
}: {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}) {
  const viewerZone = viewerTimeZone();
  // Another zone that reads the same (Berlin for an Amsterdam meetup) needs no second line.
  const differs = localClockTimeOf(startsAt, timeZone) !== localClockTimeOf(startsAt, viewerZone);
  return (
    <>
      <p className="meetup-when">
        <time dateTime={startsAt}>{formatInZone(startsAt, timeZone)}</time> to{" "}
        <time dateTime={endsAt}>{rangeEnd(startsAt, endsAt, timeZone)}</time>
        <span className="muted"> ({timeZone})</span>
      </p>
      {differs && (
        <p className="meetup-when meetup-when--viewer">
          Your time: {formatInZone(startsAt, viewerZone)} to {rangeEnd(startsAt, endsAt, viewerZone)}
        </p>
      )}
    </>
  );
}

/** The end: its time of day alone when the meetup ends the day it starts. */
function rangeEnd(startsAt: string, endsAt: string, timeZone: string): string {
  const sameDay = localDateOf(startsAt, timeZone) === localDateOf(endsAt, timeZone);
  return sameDay ? localClockTimeOf(endsAt, timeZone) : formatInZone(endsAt, timeZone);
}
