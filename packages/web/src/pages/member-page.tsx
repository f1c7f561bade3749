import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { Page, useDocumentTitle } from "../components/page";
import { MemberByHandleQuery, type Profile } from "../member/member-documents";
import { ProfileCard } from "../profile/profile-card";

export function MemberPage() {
  const handle = (useParams().handle ?? "").toLowerCase();
  const [result, reexecute] = useQuery({ query: MemberByHandleQuery, variables: { handle } });
  const member = result.data?.member;

  if (result.fetching && !result.data) {
    return (
      <Page title={`@${handle}`}>
        <LoadingState label="Loading the profile…" />
      </Page>
    );
  }
  if (result.error) {
    return (
      <Page title={`@${handle}`}>
        <ErrorState
          title="This profile could not be loaded"
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      </Page>
    );
  }
  if (!member || member.erased) {
    return (
      <Page title="Member not found">
        <EmptyState
          icon="member"
          title={`Nobody goes by @${handle}`}
          action={
            <Link to="/" className="button button--secondary">
              Go to the home page
            </Link>
          }
        >
          The handle may be mistyped, or the member may have changed it or left Meetstream.
        </EmptyState>
      </Page>
    );
  }
  return <PublicProfile profile={member} />;
}

function PublicProfile({ profile }: { profile: Profile }) {
  useDocumentTitle(profile.displayName);
  return (
    <div className="reading-column stack">
      <span className="eyebrow">Member</span>
      <ProfileCard profile={profile} headingLevel={1} />
    </div>
  );
}
