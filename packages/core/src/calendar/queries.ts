import type { AgendaQueries } from "../agenda/index";
import type { CommunityQueries } from "../community/index";
import type { MeetupDocument, MeetupQueries } from "../meetup/index";
import type { MemberQueries } from "../member/index";
import type { ReleasedAgenda } from "./agenda-text";
import type { CalendarFeedTokens } from "./feed-tokens";
import { meetupCalendar } from "./meetup-calendar";
import { type FeedFormat, upcomingMeetupsFeed } from "./meetup-feed";

export interface CalendarQueriesOptions {
  communities: Pick<CommunityQueries, "bySlug">;
  meetups: Pick<MeetupQueries, "upcomingOf" | "pastOf" | "byId" | "byIds" | "rsvpsOf" | "joinUrlFor">;
  feedTokens: Pick<CalendarFeedTokens, "memberOf">;
  /** An erased member's feed is not found from the erasure on, before the reactor revokes its token. */
  members: Pick<MemberQueries, "isErased">;
  /** The meetups' released agendas: entries list the latest, the syndication feeds tell each release. Without, none. */
  agendas?: Pick<AgendaQueries, "latestAgendasOf" | "releasedAgendasOf">;
  /** Where the web app is served: calendar entries and feed items link to its pages. */
  baseUrl: string;
  now?: () => Date;
}

/**
 * Every feed, as text, with who may read what decided here: the public feeds of a community and of one
 * meetup are read as a visitor (never with join URLs); a member's private feed as the member its token
 * names, with the join URLs they may see. Undefined: nothing to show (an unknown community or meetup, a
 * draft, a revoked token, an erased member).
 */
export interface CalendarQueries {
  /** The community's calendar (`ics`: recent past and upcoming meetups) or syndication feed (upcoming). */
  communityFeed(slug: string, format: "ics" | FeedFormat): Promise<string | undefined>;
  /** One meetup's calendar, as a visitor sees it. */
  meetupCalendarOf(meetupId: string): Promise<string | undefined>;
  /** The calendar of the member whose feed token it is, with the join URLs of the meetups they may join. */
  memberCalendarOf(token: string): Promise<string | undefined>;
}

/** How much of the past a calendar keeps, so that subscribers still see last month's meetups. */
const recentPastMeetups = 20;

export function calendarQueries(options: CalendarQueriesOptions): CalendarQueries {
  const { communities, meetups, feedTokens, members, baseUrl } = options;
  const now = options.now ?? (() => new Date());

  /** Every release of the meetups' agendas, oldest first per meetup, for meetups already read as the viewer may see them. */
  const releasesOf = async (listed: readonly MeetupDocument[]): Promise<ReleasedAgenda[]> =>
    options.agendas ? options.agendas.releasedAgendasOf(listed.map((meetup) => meetup.id)) : [];

  /** The latest release of each meetup's agenda, by meetup id. */
  const latestOf = async (listed: readonly MeetupDocument[]) =>
    new Map(
      (options.agendas ? await options.agendas.latestAgendasOf(listed.map((meetup) => meetup.id)) : []).map(
        (agenda): [string, ReleasedAgenda] => [agenda.meetupId, agenda],
      ),
    );

  return {
    async communityFeed(slug, format) {
      const community = await communities.bySlug(slug);
      if (!community) return undefined;
      const upcoming = await meetups.upcomingOf(community.id, { limit: 100 });
      if (format !== "ics")
        return upcomingMeetupsFeed({
          community,
          meetups: upcoming.meetups,
          baseUrl,
          format,
          now: now().toISOString(),
          agendaReleases: await releasesOf(upcoming.meetups),
        });
      const past = await meetups.pastOf(community.id, { limit: recentPastMeetups });
      const listed = [...past.meetups, ...upcoming.meetups];
      return meetupCalendar({
        name: community.name,
        community,
        meetups: listed,
        baseUrl,
        agendas: await latestOf(listed),
      });
    },

    async meetupCalendarOf(meetupId) {
      // As a visitor: a draft is not found.
      const meetup = await meetups.byId(meetupId);
      return (
        meetup &&
        meetupCalendar({ name: meetup.title, meetups: [meetup], baseUrl, agendas: await latestOf([meetup]) })
      );
    },

    async memberCalendarOf(token) {
      const viewerId = await feedTokens.memberOf(token);
      if (!viewerId || (await members.isErased(viewerId))) return undefined;
      const [upcoming, past] = await Promise.all([
        meetups.rsvpsOf(viewerId, { upcoming: true, limit: 100 }),
        meetups.rsvpsOf(viewerId, { upcoming: false, limit: recentPastMeetups }),
      ]);
      const rsvps = [...past.attendees, ...upcoming.attendees];
      const found = await meetups.byIds(
        rsvps.map((rsvp) => rsvp.meetupId),
        viewerId,
      );
      const listed = found.filter((meetup): meetup is MeetupDocument => meetup !== undefined);
      const joinUrls = new Map<string, string>();
      for (const rsvp of rsvps) {
        // Only a confirmed RSVP can give a join URL: the others need not be asked.
        if (rsvp.status !== "confirmed") continue;
        const joinUrl = await meetups.joinUrlFor(rsvp.meetupId, viewerId);
        if (joinUrl) joinUrls.set(rsvp.meetupId, joinUrl);
      }
      return meetupCalendar({
        name: "My meetups",
        meetups: listed,
        baseUrl,
        joinUrls,
        agendas: await latestOf(listed),
      });
    },
  };
}
