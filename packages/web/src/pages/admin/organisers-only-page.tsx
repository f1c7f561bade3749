import { Link } from "react-router";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

export function OrganisersOnlyPage() {
  return (
    <Page title="Organisers only" eyebrow="Organiser console">
      <EmptyState
        icon="lock"
        title="This console is for community organisers"
        action={
          <>
            <Link to="/admin/communities/new" className="button">
              Found a community
            </Link>
            <Link to="/communities" className="button button--secondary">
              Browse communities
            </Link>
            <Link to="/me" className="button button--secondary">
              Go to your profile
            </Link>
          </>
        }
      >
        You are signed in, but you do not organise a community yet. Organisers run their meetups, talks and
        learning paths from here.
      </EmptyState>
    </Page>
  );
}
