import type { Me } from "./member";
import { NotSignedIn } from "./rejections";
import type { ObjectResolvers, Resolvers } from "./resolvers";
import { answeringRejections, resultOf } from "./results";

interface CalendarFeed {
  url: string;
}

const me: ObjectResolvers<Me> = {
  calendarFeedUrl: (me, _arguments, { calendarFeeds }) => calendarFeeds.urlOf(me.member.id),
};

const mutation: ObjectResolvers<unknown> = {
  resetCalendarFeed: answeringRejections(
    [NotSignedIn],
    async (_root, _arguments, { viewer, calendarFeeds }) => {
      if (!viewer) throw new NotSignedIn();
      const feed: CalendarFeed = { url: await calendarFeeds.reset(viewer.memberId) };
      return feed;
    },
  ),
};

export const calendarFeedResolvers: Resolvers = {
  Me: me,
  Mutation: mutation,
  ResetCalendarFeedResult: { __resolveType: resultOf("CalendarFeed") },
};
