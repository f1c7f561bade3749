import { checkInOpensBeforeStart, correctionsCloseAfterEnd } from "./check-in-window";

/**
 * Where a meetup stands in time, as its page shows it: RSVPs while it is upcoming, the door while it runs,
 * the recap once it is past. The door opens a little before the running phase (see `isCheckInOpen`), and
 * organisers may correct check-ins for a while after it (see `checkInAccessOf`).
 */
export type MeetupPhase = "upcoming" | "running" | "past";

interface MeetupTimes {
  startsAt: string;
  endsAt: string;
}

export function phaseOf(meetup: MeetupTimes, now: Date): MeetupPhase {
  if (now.getTime() < Date.parse(meetup.startsAt)) return "upcoming";
  return now.getTime() < Date.parse(meetup.endsAt) ? "running" : "past";
}

/** Whether the door takes check-ins now, from organisers and hosts alike. */
export function isCheckInOpen(meetup: MeetupTimes, now: Date): boolean {
  const instant = now.getTime();
  return (
    instant >= Date.parse(meetup.startsAt) - checkInOpensBeforeStart && instant < Date.parse(meetup.endsAt)
  );
}

/**
 * What one who runs the door may do about check-ins now: check people in at the open door; after the end,
 * correct them (organisers only, for a week); or nothing, before the door opens or once it is closed.
 */
export type CheckInAccess = "open" | "corrections" | "not yet" | "closed";

export function checkInAccessOf(meetup: MeetupTimes, now: Date, asOrganiser: boolean): CheckInAccess {
  const instant = now.getTime();
  if (instant < Date.parse(meetup.startsAt) - checkInOpensBeforeStart) return "not yet";
  if (isCheckInOpen(meetup, now)) return "open";
  return asOrganiser && instant < Date.parse(meetup.endsAt) + correctionsCloseAfterEnd
    ? "corrections"
    : "closed";
}
