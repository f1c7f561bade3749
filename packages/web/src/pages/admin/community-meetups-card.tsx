import { useId } from "react";
import { useQuery } from "urql";
import { QueryState } from "../../components/query-state";
import { DraftMeetupsQuery, PastMeetupsQuery, UpcomingMeetupsQuery } from "../../meetup/meetup-documents";
import { MeetupList } from "../../meetup/meetup-list";

/**
 * One community's meetups in the console, each linking to its console page: drafts (which only organisers
 * see), upcoming and past. A meetup under way counts as past, so check-in finds it there.
 */
export function CommunityMeetupsCard({
  slug,
  title,
  badge,
  organiser,
}: {
  slug: string;
  title: string;
  /** Said beside the title, such as the viewer's role. */
  badge?: string;
  /** Organisers see drafts and are told how to schedule the first meetup; hosts are not. */
  organiser: boolean;
}) {
  const headingId = useId();
  const policy = { variables: { slug }, requestPolicy: "cache-and-network" } as const;
  const [draftsResult] = useQuery({ query: DraftMeetupsQuery, ...policy, pause: !organiser });
  const [upcomingResult] = useQuery({ query: UpcomingMeetupsQuery, ...policy });
  const [pastResult] = useQuery({ query: PastMeetupsQuery, ...policy });
  const loaded = upcomingResult.data !== undefined && pastResult.data !== undefined;
  const error = upcomingResult.error ?? pastResult.error ?? draftsResult.error;
  const lists = {
    drafts: draftsResult.data?.community?.draftMeetups?.edges.map((edge) => edge.node) ?? [],
    upcoming: upcomingResult.data?.community?.upcomingMeetups.edges.map((edge) => edge.node) ?? [],
    past: pastResult.data?.community?.pastMeetups.edges.map((edge) => edge.node) ?? [],
  };
  const toConsole = (meetup: { id: string }) => `/admin/meetups/${meetup.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {badge && (
          <>
            {" "}
            <span className="badge badge--brand">{badge}</span>
          </>
        )}
      </h2>
      <QueryState
        result={{ fetching: !loaded && !error, data: loaded ? lists : undefined, error }}
        of={(meetups) => (Object.values(meetups).every((list) => list.length === 0) ? null : meetups)}
        loading="Loading meetups…"
        failed="The meetups could not be loaded"
        empty={
          <p className="muted">
            {organiser
              ? "None yet. Schedule the first one: it stays a draft until you publish it."
              : "None yet. Its meetups show here once its organisers publish them."}
          </p>
        }
      >
        {({ drafts, upcoming, past }) => (
          <>
            {drafts.length > 0 && (
              <>
                <h3>Drafts</h3>
                <MeetupList meetups={drafts} linkTo={toConsole} headingLevel={4} />
              </>
            )}
            {upcoming.length > 0 && (
              <>
                <h3>Upcoming</h3>
                <MeetupList meetups={upcoming} linkTo={toConsole} headingLevel={4} />
              </>
            )}
            {past.length > 0 && (
              <>
                <h3>Past</h3>
                <MeetupList meetups={past} linkTo={toConsole} headingLevel={4} />
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
