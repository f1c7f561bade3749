import { useId } from "react";
import { useQuery } from "urql";
import { QueryState } from "../../components/query-state";
import type { ResultOf } from "../../graphql/graphql";
import { meetupConsolePath } from "../../meetup/meetup-address";
import { CommunityMeetupsQuery } from "../../meetup/meetup-documents";
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
  const [result] = useQuery({
    query: CommunityMeetupsQuery,
    variables: { slug, drafts: organiser },
    requestPolicy: "cache-and-network",
  });
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
        result={result}
        of={meetupListsOf}
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
                <MeetupList meetups={drafts} linkTo={meetupConsolePath} headingLevel={4} />
              </>
            )}
            {upcoming.length > 0 && (
              <>
                <h3>Upcoming</h3>
                <MeetupList meetups={upcoming} linkTo={meetupConsolePath} headingLevel={4} />
              </>
            )}
            {past.length > 0 && (
              <>
                <h3>Past</h3>
                <MeetupList meetups={past} linkTo={meetupConsolePath} headingLevel={4} />
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

/** The community's lists of meetups, or null when all of them are empty. */
function meetupListsOf({ community }: ResultOf<typeof CommunityMeetupsQuery>) {
  const lists = {
    drafts: community?.draftMeetups?.edges.map((edge) => edge.node) ?? [],
    upcoming: community?.upcomingMeetups.edges.map((edge) => edge.node) ?? [],
    past: community?.pastMeetups.edges.map((edge) => edge.node) ?? [],
  };
  return Object.values(lists).some((list) => list.length > 0) ? lists : null;
}
