import { Feed } from "feed";
import { localTimeOf } from "../clock/local-time";
import type { CommunitySummary } from "../community/index";
import type { MeetupDocument } from "../meetup/index";
import { agendaText, type ReleasedAgenda } from "./agenda-text";
import { htmlOfPlainText, plainText } from "./plain-text";
import { communityUrl, meetupUrl } from "./public-urls";

export type FeedFormat = "atom" | "rss" | "json";

export interface UpcomingMeetupsFeedInput {
  community: CommunitySummary;
  /** The community's upcoming meetups; anything not published is left out. */
  meetups: readonly MeetupDocument[];
  baseUrl: string;
  format: FeedFormat;
  /** When given, meetups that started before it are left out too (an ISO instant). */
  now?: string;
  /** Every released version of these meetups' agendas: each is an entry of its own. */
  agendaReleases?: readonly ReleasedAgenda[];
}

export const feedContentTypes: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const place = (meetup: MeetupDocument): string | null =>
  meetup.venue?.name || (meetup.online ? "Online" : null);

/** "Thu 26 Mar 2026, 19:00 CET · Venue", then the description as the organiser wrote it. */
function summaryText(meetup: MeetupDocument): string {
  const where = place(meetup);
  const when = localTimeOf(meetup.startsAt, meetup.timeZone, { weekday: true });
  const heading = where ? `${when} · ${where}` : when;
  return meetup.description.trim() === "" ? heading : `${heading}\n\n${meetup.description}`;
}

const latest = (instants: readonly string[], fallback: string): Date =>
  new Date(Math.max(Date.parse(fallback), ...instants.map((instant) => Date.parse(instant))));

/**
 * A syndication feed of a community's upcoming meetups, in Atom 1.0, RSS 2.0 or JSON Feed. Deterministic:
 * the feed's `updated` is the newest change of a meetup in it, never the time of the request.
 *
 * The `feed` package marks titles and descriptions as HTML in Atom and RSS (and descriptions in JSON Feed):
 * text is escaped for them, so that a title like `<script>` is shown, not run. The join URL cannot appear:
 * a `MeetupDocument` does not carry it.
 */
export function upcomingMeetupsFeed(input: UpcomingMeetupsFeedInput): string {
  const { community, baseUrl, format, now } = input;
  const home = communityUrl(baseUrl, community.slug);
  const upcoming = input.meetups
    .filter((meetup) => meetup.status === "published")
    .filter((meetup) => now === undefined || Date.parse(meetup.startsAt) >= Date.parse(now))
    .sort((a, b) => (a.startsAt === b.startsAt ? (a.id < b.id ? -1 : 1) : a.startsAt < b.startsAt ? -1 : 1));
  const titleOf = (text: string) => (format === "json" ? plainText(text) : htmlOfPlainText(text));
  const listed = new Map(upcoming.map((meetup) => [meetup.id, meetup]));
  const releases = (input.agendaReleases ?? []).filter((release) => listed.has(release.meetupId));

  const feed = new Feed({
    title: plainText(community.name),
    description: plainText(community.description),
    id: home,
    link: home,
    language: "en",
    updated: latest(
      [...upcoming.map((meetup) => meetup.updatedAt), ...releases.map((release) => release.releasedAt)],
      community.foundedAt,
    ),
    generator: "Meetstream",
    author: { name: plainText(community.name), link: home },
  });
  for (const meetup of upcoming) {
    const url = meetupUrl(baseUrl, meetup.id);
    // Dated by their start, as readers sort them: a feed of what is coming, not of what was posted.
    feed.addItem({
      title: titleOf(meetup.title),
      id: url,
      link: url,
      date: new Date(meetup.startsAt),
      description: htmlOfPlainText(summaryText(meetup)),
    });
  }
  for (const release of releases) {
    const meetup = listed.get(release.meetupId) as MeetupDocument;
    const url = meetupUrl(baseUrl, meetup.id);
    const told = agendaText(release, meetup.timeZone);
    // Dated by the release: news of the programme, beside the meetup it belongs to.
    feed.addItem({
      title: titleOf(`Agenda v${release.number}: ${meetup.title}`),
      id: `${url}#agenda-v${release.number}`,
      link: url,
      date: new Date(release.releasedAt),
      description: htmlOfPlainText(
        release.note.trim() === ""
          ? told
          : `${release.note}

${told}`,
      ),
    });
  }
  switch (format) {
    case "atom":
      return feed.atom1();
    case "rss":
      return feed.rss2();
    case "json":
      return feed.json1();
  }
}
