import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork } from "../graphql/command";
import { meetupPath } from "../meetup/meetup-address";
import { CalendarFeedQuery, MyRsvpsQuery } from "../meetup/meetup-documents";
import { formatInZone } from "../meetup/time-zones";

export function MyMeetupsPage() {
  const [upcoming, reexecute] = useQuery({ query: MyRsvpsQuery, variables: { upcoming: true } });
  const [past] = useQuery({ query: MyRsvpsQuery, variables: { upcoming: false } });
  const [feed] = useQuery({ query: CalendarFeedQuery });
  const feedUrl = feed.data?.me?.calendarFeedUrl;
  return (
    <Page
      title="My meetups"
      lead="Where you hold a place or wait for one."
      actions={
        feedUrl && (
          <a href={feedUrl} className="button button--secondary">
            Subscribe to my calendar
          </a>
        )
      }
    >
      <QueryState
        result={upcoming}
        loading="Loading your meetups…"
        failed="Your meetups could not be loaded"
        onRetry={fromNetwork(reexecute)}
      >
        {(data) => (
          <div className="stack">
            <RsvpList
              heading="Upcoming"
              rsvps={data.me?.rsvps.edges.map((edge) => edge.node) ?? []}
              empty={
                <EmptyState
                  icon="meetups"
                  title="Nothing coming up"
                  action={
                    <Link to="/communities" className="button button--secondary">
                      Browse communities
                    </Link>
                  }
                >
                  RSVP to a meetup and it shows here, with your place on any waitlist.
                </EmptyState>
              }
            />
            <RsvpList heading="Past" rsvps={past.data?.me?.rsvps.edges.map((edge) => edge.node) ?? []} />
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function RsvpList({
  heading,
  rsvps,
  empty,
}: {
  heading: string;
  rsvps: readonly {
    status: string;
    guests: number;
    waitlistPosition: number | null;
    checkedIn: boolean;
    meetup: {
      id: string;
      publicId: string;
      title: string;
      status: string;
      startsAt: string;
      timeZone: string;
    } | null;
  }[];
  empty?: React.ReactNode;
}) {
  if (rsvps.length === 0) return empty ?? null;
  return (
    <section aria-labelledby={`${heading}-heading`}>
      <h2 id={`${heading}-heading`}>{heading}</h2>
      <ul className="meetup-list">
        {rsvps.map(
          (rsvp) =>
            rsvp.meetup && (
              <li key={rsvp.meetup.id} className="card meetup-card">
                <h3 className="meetup-card__title">
                  <Link to={meetupPath(rsvp.meetup)}>{rsvp.meetup.title}</Link>
                </h3>
                <p className="meetup-card__when">
                  <time dateTime={rsvp.meetup.startsAt}>
                    {formatInZone(rsvp.meetup.startsAt, rsvp.meetup.timeZone)}
                  </time>
                </p>
                <p className="meetup-card__meta">
                  {rsvp.meetup.status === "CANCELLED" ? (
                    // The organisers called it off: the RSVP still stands, but nobody is going.
                    <span className="badge">Cancelled</span>
                  ) : rsvp.status === "WAITLISTED" ? (
                    `Waitlist, number ${rsvp.waitlistPosition ?? "?"}`
                  ) : rsvp.checkedIn ? (
                    "Checked in"
                  ) : (
                    "Going"
                  )}
                  {rsvp.meetup.status !== "CANCELLED" &&
                    rsvp.guests > 0 &&
                    ` with ${rsvp.guests} ${rsvp.guests === 1 ? "guest" : "guests"}`}
                </p>
              </li>
            ),
        )}
      </ul>
    </section>
  );
}
