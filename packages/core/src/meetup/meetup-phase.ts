import { checkInClosesAfterEnd, checkInOpensBeforeStart } from "./check-in-window";

/**
 * Where a meetup stands in time, as its page shows it: RSVPs while it is upcoming, the door while it runs,
 * the recap once it is past. Check-in has a window of its own that spills over both edges of the running
 * phase (see `isCheckInOpen`).
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

export function isCheckInOpen(meetup: MeetupTimes, now: Date): boolean {
  const instant = now.getTime();
  return (
    instant >= Date.parse(meetup.startsAt) - checkInOpensBeforeStart &&
    instant <= Date.parse(meetup.endsAt) + checkInClosesAfterEnd
  );
}
