import { localPartsOf } from "../meetup/time-zones";

interface MeetupTimes {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/**
 * Where a new slot most likely goes: right after the last one while that is still inside the meetup, else
 * at the meetup's start. As the wall-clock date and time the form's inputs take, in the meetup's zone.
 */
export function nextSlotStart(
  slots: readonly { endsAt: string }[],
  meetup: MeetupTimes,
): { date: string; time: string } {
  const lastEnd = slots.reduce<string | null>(
    (latest, slot) =>
      latest === null || Date.parse(slot.endsAt) > Date.parse(latest) ? slot.endsAt : latest,
    null,
  );
  const start =
    lastEnd !== null && Date.parse(lastEnd) < Date.parse(meetup.endsAt) ? lastEnd : meetup.startsAt;
  return localPartsOf(start, meetup.timeZone);
}

/** Whether the meetup's local day changes before it ends: then a slot's start needs its date too. */
export function spansDays(meetup: MeetupTimes): boolean {
  const lastMinute = new Date(Date.parse(meetup.endsAt) - 60_000).toISOString();
  return (
    localPartsOf(meetup.startsAt, meetup.timeZone).date !== localPartsOf(lastMinute, meetup.timeZone).date
  );
}
