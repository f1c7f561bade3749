import type { IconName } from "../../components/icon";

/**
 * The organiser console's sections, in the order the console menu lists them. A section is listed only once
 * its feature exists: a menu entry that leads to "coming soon" is a dead end.
 */
export const consoleSections: {
  path: string;
  title: string;
  icon: IconName;
  summary: string;
  /** What the section says while it lists nothing. */
  empty?: string;
}[] = [
  {
    path: "communities",
    title: "Communities",
    icon: "communities",
    summary: "Your communities' pages, co-organisers and members.",
  },
  {
    path: "meetups",
    title: "Meetups",
    icon: "meetups",
    summary: "Schedule meetups, set capacity, run check-in and export attendees.",
  },
  {
    path: "talks",
    title: "Talks",
    icon: "talks",
    summary: "Calls for proposals, their review boards, and the talks they bring.",
  },
  {
    path: "paths",
    title: "Paths",
    icon: "paths",
    summary: "Your communities' learning paths: their state, revisions and learners.",
  },
  {
    path: "webhooks",
    title: "Webhooks",
    icon: "link",
    summary: "Send your community's events to your own tools, signed, with a log of every delivery.",
  },
  {
    path: "history",
    title: "History",
    icon: "history",
    summary: "Every change to your community, who made it and when.",
    empty: "Nothing has happened yet. Every change to your communities will be listed here, newest first.",
  },
];
