import type { CalendarFeedTokens } from "@meetstream/core/calendar";

/** A member's private calendar feed: the URL holds a revocable secret. */
export interface CalendarFeeds {
  /** The member's feed URL (the first ask issues its token). */
  urlOf(memberId: string): Promise<string>;
  /** Revokes the current URL and returns a new one. */
  reset(memberId: string): Promise<string>;
}

/** Calendar feed URLs under `baseUrl`, where the feed routes serve them. */
export const calendarFeedLinks = (feedTokens: CalendarFeedTokens, baseUrl: string): CalendarFeeds => ({
  urlOf: async (memberId) => `${baseUrl}/feeds/me/${await feedTokens.tokenOf(memberId)}.ics`,
  reset: async (memberId) => `${baseUrl}/feeds/me/${await feedTokens.reset(memberId)}.ics`,
});
