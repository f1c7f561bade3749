import type { CalendarFeedTokens } from "@meetstream/core/calendar";
import { feedContentTypes, meetupCalendar, upcomingMeetupsFeed } from "@meetstream/core/calendar";
import type { CommunityModule } from "@meetstream/core/community";
import type { MeetupDocument, MeetupModule } from "@meetstream/core/meetup";
import type { MemberModule } from "@meetstream/core/member";
import { Hono } from "hono";

export interface FeedSources {
  communities: Pick<CommunityModule, "bySlug">;
  meetups: MeetupModule;
  feedTokens: Pick<CalendarFeedTokens, "memberOf">;
  /** An erased member's feed is not found from the erasure on, before the reactor revokes its token. */
  members: Pick<MemberModule, "isErased">;
  /** Where the web app is served: calendar entries and feed items link to its pages. */
  baseUrl: string;
  now?: () => Date;
}

const calendarType = "text/calendar; charset=utf-8";
const publicCache = "public, max-age=300";
/** A private feed holds join URLs: no shared cache may keep it, and a reset must take effect at once. */
const privateCache = "private, no-cache";

/** "rust-berlin.ics" → ["rust-berlin", "ics"]. */
function splitFile(file: string): [string, string] | undefined {
  const dot = file.lastIndexOf(".");
  return dot > 0 ? [file.slice(0, dot), file.slice(dot + 1)] : undefined;
}

const notFound = () =>
  new Response("Not found.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

const answer = (body: string, contentType: string, cacheControl: string) =>
  new Response(body, { headers: { "content-type": contentType, "cache-control": cacheControl } });

/** How much of the past a community's calendar keeps, so that subscribers still see last month's meetups. */
const recentPastMeetups = 20;

/**
 * The calendar and syndication feeds, same-origin with the API: public feeds of a community and of one
 * meetup (never with join URLs), and a member's private feed behind a revocable token (with the join URLs
 * of the meetups they are confirmed for).
 */
export function feedRoutes(sources: FeedSources): Hono {
  const { communities, meetups, feedTokens, members, baseUrl } = sources;
  const now = sources.now ?? (() => new Date());
  const app = new Hono();

  app.get("/feeds/communities/:file", async (context) => {
    const [slug, format] = splitFile(context.req.param("file")) ?? [];
    if (!slug || !format) return notFound();
    if (format !== "ics" && format !== "atom" && format !== "rss" && format !== "json") return notFound();
    const community = await communities.bySlug(slug);
    if (!community) return notFound();
    const upcoming = await meetups.upcomingOf(community.id, { limit: 100 });
    if (format !== "ics")
      return answer(
        upcomingMeetupsFeed({
          community,
          meetups: upcoming.meetups,
          baseUrl,
          format,
          now: now().toISOString(),
        }),
        feedContentTypes[format],
        publicCache,
      );
    const past = await meetups.pastOf(community.id, { limit: recentPastMeetups });
    return answer(
      meetupCalendar({
        name: community.name,
        community,
        meetups: [...past.meetups, ...upcoming.meetups],
        baseUrl,
      }),
      calendarType,
      publicCache,
    );
  });

  app.get("/feeds/meetups/:file", async (context) => {
    const [meetupId, format] = splitFile(context.req.param("file")) ?? [];
    if (!meetupId || format !== "ics") return notFound();
    // Anonymous: a draft is not found.
    const meetup = await meetups.byId(meetupId);
    if (!meetup) return notFound();
    return answer(
      meetupCalendar({ name: meetup.title, meetups: [meetup], baseUrl }),
      calendarType,
      publicCache,
    );
  });

  app.get("/feeds/me/:file", async (context) => {
    const [token, format] = splitFile(context.req.param("file")) ?? [];
    if (!token || format !== "ics") return notFound();
    const memberId = await feedTokens.memberOf(token);
    if (!memberId || (await members.isErased(memberId))) return notFound();
    const [upcoming, past] = await Promise.all([
      meetups.rsvpsOf(memberId, { upcoming: true, limit: 100 }),
      meetups.rsvpsOf(memberId, { upcoming: false, limit: recentPastMeetups }),
    ]);
    const rsvps = [...past.attendees, ...upcoming.attendees];
    const found = await meetups.byIds(
      rsvps.map((rsvp) => rsvp.meetupId),
      memberId,
    );
    const listed = found.filter((meetup): meetup is MeetupDocument => meetup !== undefined);
    const joinUrls = new Map<string, string>();
    for (const rsvp of rsvps) {
      if (rsvp.status !== "confirmed") continue;
      const joinUrl = await meetups.joinUrlFor(rsvp.meetupId, memberId);
      if (joinUrl) joinUrls.set(rsvp.meetupId, joinUrl);
    }
    return answer(
      meetupCalendar({ name: "My meetups", meetups: listed, baseUrl, joinUrls }),
      calendarType,
      privateCache,
    );
  });

  return app;
}
