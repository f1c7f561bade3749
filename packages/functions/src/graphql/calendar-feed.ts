import { builder } from "./builder";
import { MeRef } from "./member";
import { NotSignedIn } from "./rejections";

interface CalendarFeed {
  url: string;
}

const CalendarFeedRef = builder.objectRef<CalendarFeed>("CalendarFeed").implement({
  description: "A member's private calendar feed of their RSVPs (join URLs included): keep the URL secret.",
  fields: (t) => ({ url: t.exposeString("url") }),
});

builder.objectFields(MeRef, (t) => ({
  calendarFeedUrl: t.string({
    description:
      "My private iCalendar feed: my RSVPs, with join URLs where I am confirmed. Anyone with the URL can read it: reset it if it leaks.",
    resolve: (me, _arguments, { calendarFeeds }) => calendarFeeds.urlOf(me.member.id),
  }),
}));

builder.mutationFields((t) => ({
  resetCalendarFeed: t.field({
    type: CalendarFeedRef,
    description: "Issues a new private calendar feed URL; the old one stops working at once.",
    errors: { types: [NotSignedIn], directResult: true, union: { name: "ResetCalendarFeedResult" } },
    resolve: async (_root, _arguments, { viewer, calendarFeeds }) => {
      if (!viewer) throw new NotSignedIn();
      return { url: await calendarFeeds.reset(viewer.memberId) };
    },
  }),
}));
