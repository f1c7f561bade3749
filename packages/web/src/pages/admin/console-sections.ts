import type { IconName } from "../../components/icon";

/** The organiser console's sections, in the order the console menu lists them. */
export const consoleSections: {
  path: string;
  title: string;
  icon: IconName;
  summary: string;
  empty: string;
}[] = [
  {
    path: "communities",
    title: "Communities",
    icon: "communities",
    summary: "Your communities' pages, co-organisers and members.",
    empty: "Communities land soon. You will set up your community's page and invite co-organisers here.",
  },
  {
    path: "meetups",
    title: "Meetups",
    icon: "meetups",
    summary: "Schedule meetups, set capacity, run check-in and export attendees.",
    empty:
      "Meetups land soon. You will schedule meetups, manage RSVPs and the waitlist, and check people in here.",
  },
  {
    path: "talks",
    title: "Talks",
    icon: "talks",
    summary: "Open a call for proposals, review talks and build the agenda.",
    empty: "Talks land soon. You will open calls for proposals, review submissions and publish agendas here.",
  },
  {
    path: "paths",
    title: "Paths",
    icon: "paths",
    summary: "Curate learning paths from your community's talks and resources.",
    empty: "Learning paths land soon. You will curate and publish your community's paths here.",
  },
  {
    path: "history",
    title: "History",
    icon: "history",
    summary: "Every change to your community, who made it and when.",
    empty: "Nothing has happened yet. Every change to your communities will be listed here, newest first.",
  },
];
