import { addToCalendarLinks } from "@meetstream/core/calendar";
import type { MeetupDocument } from "@meetstream/core/meetup";
import type { GraphqlContext } from "./context";
import type { Me } from "./member";
import { NotSignedIn } from "./rejections";
import type { MeetupResolvers, MeResolvers, MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultOf } from "./results";

interface CalendarFeed {
  url: string;
}

const me: MeResolvers<GraphqlContext, Me> = {
  calendarFeedUrl: (me, _arguments, { calendarFeeds }) => calendarFeeds.urlOf(me.member.id),
};

const meetup: MeetupResolvers<GraphqlContext, MeetupDocument> = {
  addToCalendar: (meetup, _arguments, { appOrigin }) => addToCalendarLinks(meetup, appOrigin),
};

const mutation: MutationResolvers<GraphqlContext> = {
  resetCalendarFeed: answeringRejections(
    [NotSignedIn],
    async (_root, _arguments, { viewer, calendarFeeds }) => {
      if (!viewer) throw new NotSignedIn();
      const feed: CalendarFeed = { url: await calendarFeeds.reset(viewer.memberId) };
      return feed;
    },
  ),
};

export const calendarFeedResolvers: ContextResolvers = {
  Me: me,
  Meetup: meetup,
  Mutation: mutation,
  ResetCalendarFeedResult: { __resolveType: resultOf("CalendarFeed") },
};
