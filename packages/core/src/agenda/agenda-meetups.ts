/**
 * What the agenda needs of a meetup: when it runs (slots fit inside it), its community (whose organisers
 * curate it and whose talks fill it), and whether it is over. `meetupModule(...)` provides it, with the
 * meetup context's visibility: a draft meetup is seen by its organisers only, and so is its agenda.
 */
export interface AgendaMeetups {
  byId(meetupId: string, viewerId?: string): Promise<AgendaMeetup | undefined>;
}

export interface AgendaMeetup {
  id: string;
  communityId: string;
  status: "draft" | "published" | "cancelled";
  title: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
}
