import { formatInZone, formatTimeInZone, localPartsOf, viewerTimeZone } from "./time-zones";

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
  const differs =
    formatTimeInZone(startsAt, timeZone, "en-GB") !== formatTimeInZone(startsAt, viewerZone, "en-GB");
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

function rangeEnd(startsAt: string, endsAt: string, timeZone: string): string {
  const sameDay = localPartsOf(startsAt, timeZone).date === localPartsOf(endsAt, timeZone).date;
  return sameDay ? formatTimeInZone(endsAt, timeZone) : formatInZone(endsAt, timeZone);
}
