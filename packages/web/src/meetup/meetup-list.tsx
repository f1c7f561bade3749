import { Link } from "react-router";
import { type FragmentOf, readFragment } from "../graphql/graphql";
import { meetupPath } from "./meetup-address";
import { type MeetupSummary, MeetupSummaryFields } from "./meetup-documents";
import { formatInZone } from "./time-zones";

const statusWords = { DRAFT: "Draft", CANCELLED: "Cancelled", PUBLISHED: null } as const;

/** Meetups as cards: title, when (in the meetup's time zone), where, and seats; in a list across communities, whose. */
export function MeetupList({
  meetups,
  linkTo = meetupPath,
  headingLevel = 3,
  communityOf,
}: {
  meetups: readonly FragmentOf<typeof MeetupSummaryFields>[];
  linkTo?: (meetup: MeetupSummary) => string;
  headingLevel?: 2 | 3 | 4;
  communityOf?: (meetupId: string) => { slug: string; name: string } | undefined;
}) {
  const Heading = (["h2", "h3", "h4"] as const)[headingLevel - 2] ?? "h3";
  return (
    <ul className="meetup-list">
      {readFragment(MeetupSummaryFields, meetups).map((meetup) => {
        const community = communityOf?.(meetup.id);
        return (
          <li key={meetup.id} className="card meetup-card">
            <Heading className="meetup-card__title">
              <Link to={linkTo(meetup)}>{meetup.title}</Link>
            </Heading>
            {community && (
              <p className="meetup-card__meta">
                <Link to={`/communities/${community.slug}`}>{community.name}</Link>
              </p>
            )}
            <p className="meetup-card__when">
              <time dateTime={meetup.startsAt}>{formatInZone(meetup.startsAt, meetup.timeZone)}</time>
            </p>
            <p className="meetup-card__meta">
              {meetup.venue?.name ?? (meetup.online ? "Online" : "Venue to be announced")}
              {meetup.status === "PUBLISHED" && <> · {seatsOf(meetup)}</>}
              {statusWords[meetup.status] && <span className="badge">{statusWords[meetup.status]}</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export function seatsOf(meetup: Pick<MeetupSummary, "capacity" | "spotsLeft">): string {
  if (meetup.capacity === null || meetup.spotsLeft === null) return "Open to all";
  if (meetup.spotsLeft === 0) return "Full";
  return `${meetup.spotsLeft} of ${meetup.capacity} ${meetup.capacity === 1 ? "spot" : "spots"} left`;
}
