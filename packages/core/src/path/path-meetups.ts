/**
 * What paths need of meetups: whether a meetup exists as the viewer may see it (a draft meetup only for
 * its organisers), and a community's meetups to pick from in the editor. `meetupModule(...)` provides it.
 */
export interface PathMeetups {
  byId(meetupId: string, viewerId?: string): Promise<{ id: string; communityId: string } | undefined>;
  /** Published, soonest first. */
  upcomingOf(
    communityId: string,
    page?: { limit?: number },
  ): Promise<{ meetups: readonly { id: string; title: string }[] }>;
  /** Published, latest first. */
  pastOf(
    communityId: string,
    page?: { limit?: number },
  ): Promise<{ meetups: readonly { id: string; title: string }[] }>;
}
