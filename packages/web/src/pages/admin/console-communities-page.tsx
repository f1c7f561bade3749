import { Link } from "react-router";
import { Page } from "../../components/page";
import { useCurrentMember } from "../../member/current-member";

/** The communities the member organises, each with its console page, and a way to found another. */
export function ConsoleCommunitiesPage() {
  const { me } = useCurrentMember();
  return (
    <Page
      title="Communities"
      eyebrow="Console"
      lead="Your communities' pages, co-organisers and members."
      actions={
        <Link to="/admin/communities/new" className="button">
          Found a community
        </Link>
      }
    >
      <ul className="card-grid plain-list">
        {me?.organises.map((community) => (
          <li key={community.id} className="card feature-card">
            <h2>
              <Link to={`/admin/communities/${community.slug}`}>{community.name}</Link>
            </h2>
            <p>/communities/{community.slug}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
