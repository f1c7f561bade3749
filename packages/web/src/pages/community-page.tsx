import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { type Community, CommunityQuery } from "../community/community-documents";
import { MembershipButton } from "../community/membership-button";
import { EmptyState } from "../components/empty-state";
import { Icon } from "../components/icon";
import { Markdown } from "../components/markdown";
import { MemberList } from "../components/member-list";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { TagList } from "../components/tag-list";
import { fromNetwork, RefetchOnRefusal } from "../graphql/command";
import { CommunityMeetupsQuery } from "../meetup/meetup-documents";
import { MeetupList } from "../meetup/meetup-list";
import { CommunityCalls } from "../talk/community-calls";

export function CommunityPage() {
  const slug = (useParams().slug ?? "").toLowerCase();
  const [result, reexecute] = useQuery({ query: CommunityQuery, variables: { slug } });
  return (
    <QueryState
      result={result}
      of={(data) => data.community}
      loading="Loading the community…"
      failed="This community could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title="Community">{state}</Page>}
      empty={
        <Page title="Community not found">
          <EmptyState
            icon="communities"
            title={`There is no community at /communities/${slug}`}
            action={
              <Link to="/communities" className="button button--secondary">
                Browse communities
              </Link>
            }
          >
            The address may be mistyped, or the community may have changed it.
          </EmptyState>
        </Page>
      }
    >
      {(community) => (
        <RefetchOnRefusal refetch={fromNetwork(reexecute)}>
          <CommunityDetails community={community} />
        </RefetchOnRefusal>
      )}
    </QueryState>
  );
}

function CommunityDetails({ community }: { community: Community }) {
  const organises = community.viewerRole === "ORGANISER";
  return (
    <Page
      title={community.name}
      eyebrow="Community"
      lead={`${community.memberCount} ${community.memberCount === 1 ? "member" : "members"}${
        community.joinMode === "APPROVAL" ? " · organisers approve new members" : ""
      }`}
      actions={
        <>
          <MembershipButton community={community} />
          {organises && (
            <Link to={`/admin/communities/${community.slug}`} className="button button--secondary">
              Manage in the console
            </Link>
          )}
        </>
      }
    >
      <div className="two-columns">
        <div className="stack">
          <section className="card" aria-labelledby="about-heading">
            <h2 id="about-heading">About</h2>
            {community.description.trim() ? (
              <Markdown html={community.descriptionHtml} />
            ) : (
              <p className="muted">The organisers have not described this community yet.</p>
            )}
            <TagList tags={community.tags} />
          </section>
          <CommunityMeetups slug={community.slug} />
        </div>
        <aside className="stack" aria-label="About the community">
          <CommunityCalls slug={community.slug} />
          <section className="card" aria-labelledby="organisers-heading">
            <h2 id="organisers-heading">Organisers</h2>
            <MemberList members={community.organisers} empty="No organisers listed." />
            {community.hosts.length > 0 && (
              <>
                <h3>Hosts</h3>
                <MemberList members={community.hosts} empty="No hosts." />
              </>
            )}
          </section>
          <section className="card" aria-labelledby="subscribe-heading">
            <h2 id="subscribe-heading">Follow along</h2>
            <ul className="link-list">
              <li>
                <a href={`/feeds/communities/${community.slug}.ics`}>
                  <Icon name="meetups" size={16} />
                  Calendar (.ics)
                </a>
              </li>
              <li>
                <a href={`/feeds/communities/${community.slug}.atom`}>
                  <Icon name="link" size={16} />
                  Atom feed
                </a>
              </li>
              <li>
                <a href={`/feeds/communities/${community.slug}.rss`}>
                  <Icon name="link" size={16} />
                  RSS feed
                </a>
              </li>
            </ul>
          </section>
        </aside>
      </div>
    </Page>
  );
}

function CommunityMeetups({ slug }: { slug: string }) {
  const [result, reexecute] = useQuery({ query: CommunityMeetupsQuery, variables: { slug, drafts: false } });
  const past = result.data?.community?.pastMeetups.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <section className="card" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming meetups</h2>
        <QueryState
          result={result}
          of={(data) => data.community}
          loading="Loading meetups…"
          failed="Meetups could not be loaded"
          onRetry={fromNetwork(reexecute)}
        >
          {(community) =>
            community.upcomingMeetups.edges.length > 0 ? (
              <MeetupList meetups={community.upcomingMeetups.edges.map((edge) => edge.node)} />
            ) : (
              <p className="muted">
                Nothing scheduled yet. Subscribe to the calendar to hear of the next one.
              </p>
            )
          }
        </QueryState>
      </section>
      {past.length > 0 && (
        <section className="card" aria-labelledby="past-heading">
          <h2 id="past-heading">Past meetups</h2>
          <MeetupList meetups={past} />
        </section>
      )}
    </>
  );
}
