import { Link } from "react-router";
import { Page } from "../../components/page";
import { useCurrentMember } from "../../member/current-member";

/** Meetups live with their community: pick the community to schedule or run one. */
export function ConsoleMeetupsPage() {
  const { me } = useCurrentMember();
  return (
    <Page
      title="Meetups"
      eyebrow="Console"
      lead="Schedule meetups, set capacity, run check-in and export attendees."
    >
      <ul className="card-grid plain-list">
        {me?.organises.map((community) => (
          <li key={community.id} className="card feature-card">
            <h2>
              <Link to={`/admin/communities/${community.slug}`}>{community.name}</Link>
            </h2>
            <p className="button-row">
              <Link to={`/admin/communities/${community.slug}/meetups/new`} className="button button--small">
                Schedule a meetup<span className="visually-hidden"> for {community.name}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
