/**
 * What the talk context needs from meetups: the community a meetup belongs to, so that a call targets only
 * a meetup of its own community. `meetupModule(...)` provides it (drafts only for their organisers, who
 * are the ones drafting calls).
 */
export interface CommunityMeetups {
  byId(meetupId: string, viewerId?: string): Promise<{ communityId: string } | undefined>;
}
