import { type CalendarQueriesOptions, calendarQueries, feedContentTypes } from "@meetstream/core/calendar";
import { Hono } from "hono";

/** What the feeds read: core's calendar queries decide what each feed shows, and to whom. */
export type FeedSources = CalendarQueriesOptions;

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

const answer = (body: string | undefined, contentType: string, cacheControl: string) =>
  body === undefined
    ? notFound()
    : new Response(body, { headers: { "content-type": contentType, "cache-control": cacheControl } });

/**
 * The calendar and syndication feeds, same-origin with the API: public feeds of a community and of one
 * meetup, and a member's private feed behind a revocable token.
 */
export function feedRoutes(sources: FeedSources): Hono {
  const calendars = calendarQueries(sources);
  const app = new Hono();

  app.get("/feeds/communities/:file", async (context) => {
    const [slug, format] = splitFile(context.req.param("file")) ?? [];
    if (!slug || !format) return notFound();
    if (format !== "ics" && format !== "atom" && format !== "rss" && format !== "json") return notFound();
    return answer(
      await calendars.communityFeed(slug, format),
      format === "ics" ? calendarType : feedContentTypes[format],
      publicCache,
    );
  });

  app.get("/feeds/meetups/:file", async (context) => {
    const [meetupId, format] = splitFile(context.req.param("file")) ?? [];
    if (!meetupId || format !== "ics") return notFound();
    return answer(await calendars.meetupCalendarOf(meetupId), calendarType, publicCache);
  });

  app.get("/feeds/me/:file", async (context) => {
    const [token, format] = splitFile(context.req.param("file")) ?? [];
    if (!token || format !== "ics") return notFound();
    return answer(await calendars.memberCalendarOf(token), calendarType, privateCache);
  });

  return app;
}
