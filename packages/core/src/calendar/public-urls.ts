const withoutTrailingSlash = (baseUrl: string) => baseUrl.replace(/\/+$/, "");

/** The public page of a meetup: what a calendar entry and a feed item link to. */
export const meetupUrl = (baseUrl: string, meetupId: string): string =>
  `${withoutTrailingSlash(baseUrl)}/meetups/${encodeURIComponent(meetupId)}`;

/** The public page of a community: its feed's id and link. */
export const communityUrl = (baseUrl: string, slug: string): string =>
  `${withoutTrailingSlash(baseUrl)}/communities/${encodeURIComponent(slug)}`;

/** One meetup's iCalendar file, as the feed routes serve it. */
export const meetupCalendarUrl = (baseUrl: string, meetupId: string): string =>
  `${withoutTrailingSlash(baseUrl)}/feeds/meetups/${encodeURIComponent(meetupId)}.ics`;
