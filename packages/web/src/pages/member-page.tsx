import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/empty-state";
import { Page, useDocumentTitle } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork } from "../graphql/command";
import { MemberByHandleQuery, type Profile } from "../member/member-documents";
import { MemberPaths } from "../path/member-paths";
import { ProfileCard } from "../profile/profile-card";

export function MemberPage() {
  const handle = (useParams().handle ?? "").toLowerCase();
  const [result, reexecute] = useQuery({ query: MemberByHandleQuery, variables: { handle } });
  return (
    <QueryState
      result={result}
      of={(data) => (data.member?.erased ? null : data.member)}
      loading="Loading the profile…"
      failed="This profile could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title={`@${handle}`}>{state}</Page>}
      empty={
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
      }
    >
      {(member) => <PublicProfile profile={member} speaker={member.speakerProfile} />}
    </QueryState>
  );
}

function PublicProfile({ profile, speaker }: { profile: Profile; speaker: { headline: string } | null }) {
  useDocumentTitle(profile.displayName);
  return (
    <div className="reading-column stack">
      <span className="eyebrow">Member</span>
      <ProfileCard profile={profile} headingLevel={1}>
        {speaker?.headline && profile.handle ? (
          <p>
            <Link to={`/speakers/${profile.handle}`}>Speaker profile</Link>: {speaker.headline}
          </p>
        ) : null}
      </ProfileCard>
      {profile.handle && <MemberPaths handle={profile.handle} />}
    </div>
  );
}
