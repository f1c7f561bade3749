/** What other folders may import from the calendar context: iCalendar and syndication feeds of meetups. */

export { type AddToCalendarLinks, addToCalendarLinks } from "./add-to-calendar";
export {
  type CalendarFeedTokens,
  calendarFeedRevocation,
  calendarFeedTokens,
  feedTokenEventTypes,
  feedTokenStream,
  hashOfFeedToken,
} from "./feed-tokens";
export { type MeetupCalendarInput, meetupCalendar, meetupUid } from "./meetup-calendar";
export type { CalendarMeetup } from "./meetup-entry";
export {
  type FeedFormat,
  feedContentTypes,
  type UpcomingMeetupsFeedInput,
  upcomingMeetupsFeed,
} from "./meetup-feed";
export { type CalendarQueries, type CalendarQueriesOptions, calendarQueries } from "./queries";
