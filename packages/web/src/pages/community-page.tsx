import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { type Community, CommunityQuery } from "../community/community-documents";
import { MembershipButton } from "../community/membership-button";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { Icon } from "../components/icon";
import { LoadingState } from "../components/loading-state";
import { Markdown } from "../components/markdown";
import { MemberList } from "../components/member-list";
import { Page } from "../components/page";
import { TagList } from "../components/tag-list";
import { fromNetwork, RefetchOnRefusal } from "../graphql/command";
import { PastMeetupsQuery, UpcomingMeetupsQuery } from "../meetup/meetup-documents";
import { MeetupList } from "../meetup/meetup-list";

export function CommunityPage() {
  const slug = (useParams().slug ?? "").toLowerCase();
  const [result, reexecute] = useQuery({ query: CommunityQuery, variables: { slug } });
  const community = result.data?.community;

  if (result.fetching && !result.data) {
    return (
      <Page title="Community">
        <LoadingState label="Loading the community…" />
      </Page>
    );
  }
  if (result.error) {
    return (
      <Page title="Community">
        <ErrorState
          title="This community could not be loaded"
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      </Page>
    );
  }
  if (!community) {
    return (
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
    );
  }
  return (
    <RefetchOnRefusal refetch={fromNetwork(reexecute)}>
      <CommunityDetails community={community} />
    </RefetchOnRefusal>
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
  const [result, reexecute] = useQuery({ query: UpcomingMeetupsQuery, variables: { slug } });
  const [pastResult] = useQuery({ query: PastMeetupsQuery, variables: { slug } });
  const community = result.data?.community;
  const upcoming = community?.upcomingMeetups.edges.map((edge) => edge.node) ?? [];
  const past = pastResult.data?.community?.pastMeetups.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <section className="card" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming meetups</h2>
        {result.fetching && !result.data && <LoadingState label="Loading meetups…" />}
        {result.error && (
          <ErrorState
            title="Meetups could not be loaded"
            error={result.error}
            onRetry={() => reexecute({ requestPolicy: "network-only" })}
          />
        )}
        {community &&
          (upcoming.length > 0 ? (
            <MeetupList meetups={upcoming} />
          ) : (
            <p className="muted">Nothing scheduled yet. Subscribe to the calendar to hear of the next one.</p>
          ))}
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
