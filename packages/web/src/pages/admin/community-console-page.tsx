import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { type AnyVariables, type TypedDocumentNode, useQuery } from "urql";
import {
  AppointHostMutation,
  AppointOrganiserMutation,
  ApproveMembershipMutation,
  type Community,
  CommunityMembersQuery,
  CommunityQuery,
  DeclineMembershipMutation,
  type Membership,
  RemoveMemberMutation,
  RevokeRoleMutation,
} from "../../community/community-documents";
import { CommunityForm } from "../../community/community-form";
import { EmptyState } from "../../components/empty-state";
import { MemberName } from "../../components/member-list";
import { Notice } from "../../components/notice";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { useCommand } from "../../graphql/command";
import { CommunityMeetupsCard } from "./community-meetups-card";
import { NotAnOrganiserState } from "./organisers-only-page";

const roleNames = {
  ORGANISER: "Organiser",
  HOST: "Host",
  MEMBER: "Member",
  PENDING: "Asked to join",
} as const;

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
          <ul className="row-list">
            {members.map((membership) => {
              const member = membership.member;
              const variables = { communityId: community.id, memberId: member?.id ?? "" };
              return (
                <li key={member?.id ?? membership.since} className="row-list__row">
                  <span>
                    <MemberName member={member} />{" "}
                    <span className="badge badge--brand">{roleNames[membership.role]}</span>
                  </span>
                  {member && (
                    <span className="button-row">
                      {membership.role === "MEMBER" && (
                        <>
                          <MemberAction
                            label="Make host"
                            tone="secondary"
                            name={member.displayName}
                            mutation={AppointHostMutation}
                            variables={variables}
                            onDone={refresh}
                          />
                          <MemberAction
                            label="Make organiser"
                            tone="secondary"
                            name={member.displayName}
                            mutation={AppointOrganiserMutation}
                            variables={variables}
                            onDone={refresh}
                          />
                        </>
                      )}
                      {membership.role === "HOST" && (
                        <MemberAction
                          label="Make organiser"
                          tone="secondary"
                          name={member.displayName}
                          mutation={AppointOrganiserMutation}
                          variables={variables}
                          onDone={refresh}
                        />
                      )}
                      {membership.role !== "MEMBER" && (
                        <MemberAction
                          label="Make member"
                          tone="secondary"
                          name={member.displayName}
                          mutation={RevokeRoleMutation}
                          variables={variables}
                          onDone={refresh}
                        />
                      )}
                      <MemberAction
                        label="Remove"
                        tone="danger"
                        confirm={`Remove ${member.displayName} from ${community.name}? They lose their places at its upcoming meetups and the join links to them.`}
                        name={member.displayName}
                        mutation={RemoveMemberMutation}
                        variables={variables}
                        onDone={refresh}
                      />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        <CommunityForm key={community.slug} community={community} />
      </div>
    </Page>
  );
}

/** The button that opened a confirmation is gone: keyboard and screen reader users land on the question. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** One button acting on one member; says why when the API refuses. */
function MemberAction<Variables extends AnyVariables>({
  label,
  name,
  tone = "primary",
  confirm,
  mutation,
  variables,
  onDone,
}: {
  label: string;
  name: string;
  tone?: "primary" | "secondary" | "danger";
  /** When set, the button first asks this, in the page, and acts only on a second click. */
  confirm?: string;
  // biome-ignore lint/suspicious/noExplicitAny: every member mutation answers one union of its own
  mutation: TypedDocumentNode<any, Variables>;
  variables: Variables;
  onDone(): void;
}) {
  const action = useCommand(mutation, { refresh: onDone });
  const [confirming, setConfirming] = useState(false);
  const className = tone === "primary" ? "button button--small" : `button button--small button--${tone}`;
  const act = () => {
    setConfirming(false);
    void action.run(variables);
  };
  if (confirming && confirm) {
    return (
      <span className="card danger-zone confirm-step">
        <span className="confirm-step__title" ref={focusOnMount} tabIndex={-1}>
          {confirm}
        </span>
        <span className="button-row">
          <button type="button" className={className} disabled={action.fetching} onClick={act}>
            {label} {name}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setConfirming(false)}
          >
            Keep {name}
          </button>
        </span>
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={action.fetching}
        onClick={confirm ? () => setConfirming(true) : act}
      >
        {label}
        <span className="visually-hidden"> {name}</span>
      </button>
      {(action.rejection || action.error) && (
        <span className="field__error" role="alert">
          {action.rejection ?? action.error?.message}
        </span>
      )}
    </>
  );
}
