import { Link } from "react-router";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

/**
 * What the console says to a member it is not for: anyone who neither organises nor hosts a community,
 * and a host who opens a part only organisers use.
 */
export function OrganisersOnlyPage({
  hosting = false,
  reviewing = false,
}: {
  hosting?: boolean;
  /** An appointed reviewer reviews outside the console: they are shown the way there. */
  reviewing?: boolean;
}) {
  if (hosting) {
    return (
      <Page title="Organisers only" eyebrow="Console">
        <EmptyState
          icon="lock"
          title="Only organisers run this part of the console"
          action={
            <Link to="/admin/meetups" className="button">
              Go to your meetups
            </Link>
          }
        >
          As a host, you see the attendee lists of your communities' meetups and check people in.
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title="Organisers and hosts only" eyebrow="Organiser console">
      <EmptyState
        icon="lock"
        title="This console is for community organisers and hosts"
        action={
          <>
            {reviewing && (
              <Link to="/review" className="button">
                The calls you review
              </Link>
            )}
            <Link to="/admin/communities/new" className={reviewing ? "button button--secondary" : "button"}>
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
        You are signed in, but you do not organise or host a community yet. Organisers run their meetups,
        talks and learning paths from here; hosts check people in at their meetups.
        {reviewing &&
          " The proposals you were appointed to review are on the boards of the calls you review."}
      </EmptyState>
    </Page>
  );
}

/** Said inside an organiser's page when the viewer does not organise its community (they may host it). */
export function NotAnOrganiserState({ communityName }: { communityName: string }) {
  return (
    <EmptyState
      icon="lock"
      title={`Only organisers of ${communityName} do this`}
      action={
        <Link to="/admin/meetups" className="button button--secondary">
          Go to your meetups
        </Link>
      }
    >
      You do not organise {communityName}. Its hosts check people in from its meetups' console pages.
    </EmptyState>
  );
}
