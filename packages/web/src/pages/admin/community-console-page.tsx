import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import {
  ApproveMembershipMutation,
  type Community,
  CommunityMembersQuery,
  CommunityQuery,
  DeclineMembershipMutation,
  type Membership,
} from "../../community/community-documents";
import { CommunityForm } from "../../community/community-form";
import { MemberAction, MemberTable } from "../../community/member-table";
import { EmptyState } from "../../components/empty-state";
import { MemberName } from "../../components/member-list";
import { Notice } from "../../components/notice";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { useCurrentMember } from "../../member/current-member";
import { CommunityMeetupsCard } from "./community-meetups-card";
import { NotAnOrganiserState } from "./organisers-only-page";

/** One community in the console: its details, requests to join, members and roles, and meetups. */
export function CommunityConsolePage() {
  const slug = useParams().slug ?? "";
  const location = useLocation();
  const founded = (location.state as { notice?: string } | null)?.notice === "community-saved";
  const [result, reexecute] = useQuery({ query: CommunityQuery, variables: { slug } });
  const [membersResult, reexecuteMembers] = useQuery({
    query: CommunityMembersQuery,
    variables: { slug, pending: false },
  });
  const [requestsResult, reexecuteRequests] = useQuery({
    query: CommunityMembersQuery,
    variables: { slug, pending: true },
  });
  const refresh = () => {
    reexecute({ requestPolicy: "network-only" });
    reexecuteMembers({ requestPolicy: "network-only" });
    reexecuteRequests({ requestPolicy: "network-only" });
  };
  return (
    <QueryState
      result={result}
      of={(data) => data.community}
      loading="Loading the community…"
      failed="This community could not be loaded"
      onRetry={refresh}
      frame={(state) => (
        <Page title="Community" eyebrow="Console">
          {state}
        </Page>
      )}
      empty={
        <Page title="Community" eyebrow="Console">
          <EmptyState icon="communities" title={`No community at /communities/${slug}`}>
            It may have a new address: see your communities.
          </EmptyState>
        </Page>
      }
    >
      {(community) =>
        community.viewerRole === "ORGANISER" ? (
          <CommunityConsole
            community={community}
            founded={founded}
            requests={requestsResult.data?.community?.members?.edges.map((edge) => edge.node) ?? []}
            members={membersResult.data?.community?.members?.edges.map((edge) => edge.node) ?? []}
            refresh={refresh}
          />
        ) : (
          <Page title={community.name} eyebrow="Console · Community">
            <NotAnOrganiserState communityName={community.name} />
          </Page>
        )
      }
    </QueryState>
  );
}

function CommunityConsole({
  community,
  founded,
  requests,
  members,
  refresh,
}: {
  community: Community;
  founded: boolean;
  requests: readonly Membership[];
  members: readonly Membership[];
  refresh(): void;
}) {
  const viewerId = useCurrentMember().me?.member?.id;
  return (
    <Page
      title={community.name}
      eyebrow="Console · Community"
      actions={
        <>
          <Link to={`/admin/communities/${community.slug}/meetups/new`} className="button">
            Schedule a meetup
          </Link>
          <Link to={`/communities/${community.slug}`} className="button button--secondary">
            View its page
          </Link>
        </>
      }
    >
      {founded && <Notice tone="success" title="The community is saved" />}
      <div className="stack">
        <CommunityMeetupsCard slug={community.slug} title="Meetups" organiser />
        <section className="card" aria-labelledby="requests-heading">
          <h2 id="requests-heading">Requests to join ({requests.length})</h2>
          {requests.length === 0 ? (
            <p className="muted">No one is waiting.</p>
          ) : (
            <ul className="row-list">
              {requests.map((request) => (
                <li key={request.member?.id ?? request.since} className="row-list__row">
                  <MemberName member={request.member} />
                  {request.member && (
                    <span className="button-row">
                      <MemberAction
                        label="Approve"
                        name={request.member.displayName}
                        mutation={ApproveMembershipMutation}
                        variables={{ communityId: community.id, memberId: request.member.id }}
                        onDone={refresh}
                      />
                      <MemberAction
                        label="Decline"
                        tone="secondary"
                        name={request.member.displayName}
                        mutation={DeclineMembershipMutation}
                        variables={{ communityId: community.id, memberId: request.member.id }}
                        onDone={refresh}
                      />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="members-heading">
          <h2 id="members-heading">Members ({community.memberCount})</h2>
          <MemberTable community={community} members={members} viewerId={viewerId} onDone={refresh} />
        </section>
        <CommunityForm key={community.slug} community={community} />
      </div>
    </Page>
  );
}
