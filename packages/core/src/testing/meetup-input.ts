/** One meetup's input for tests of every context that schedules one: an online meetup with a venue too. */
import type { ScheduleMeetupInput } from "../meetup/index";

/** The meetups start here, nine days after the test worlds' clocks. */
export const startsAt = "2026-06-10T18:00:00.000Z";
export const endsAt = "2026-06-10T21:00:00.000Z";

/** Ten seats, a waitlist, two guests each, a join link: change what a test is about. */
export const meetupInput = (
  communityId: string,
  changes: Partial<ScheduleMeetupInput> = {},
): ScheduleMeetupInput => ({
  communityId,
  title: "Event sourcing in practice",
  description: "Talks and **pizza**.",
  venue: { name: "Library", address: "1 Main St", coordinates: { latitude: 52.52, longitude: 13.4 } },
  joinUrl: "https://meet.example/abc",
  timeZone: "Europe/Berlin",
  startsAt,
  endsAt,
  capacity: 10,
  guestLimit: 2,
  waitlist: true,
  ...changes,
});
