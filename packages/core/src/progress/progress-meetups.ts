/**
 * What progress needs of meetups: whether the member is checked in at one, so that following a path after
 * checking in completes its meetup checkpoint (the order of the two does not matter). `meetupModule(...)`
 * provides it: the member's own RSVP, as they see it.
 */
export interface ProgressMeetups {
  viewerRsvp(meetupId: string, viewerId: string | undefined): Promise<{ checkedIn: boolean } | undefined>;
}
