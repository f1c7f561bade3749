import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { CommunitiesQuery } from "../community/community-documents";
import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork } from "../graphql/command";
import { CommunityUpcomingMeetupsQuery, UpcomingMeetupsQuery } from "../meetup/meetup-documents";
import { MeetupList } from "../meetup/meetup-list";

const pageSize = 20;

/** Upcoming meetups of every community, soonest first, or of the one community chosen (`?community=<slug>`). */
export function MeetupsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const slug = searchParams.get("community") ?? "";
  return (
    <Page title="Meetups" lead="What is coming up across every community, soonest first.">
      <div className="stack">
        <CommunityFilter
          slug={slug}
          onChoose={(chosen) => setSearchParams(chosen ? { community: chosen } : {})}
        />
        <MeetupPages key={slug} slug={slug} />
      </div>
    </Page>
  );
}

function CommunityFilter({ slug, onChoose }: { slug: string; onChoose(slug: string): void }) {
  const [result] = useQuery({ query: CommunitiesQuery, variables: {} });
  const communities = result.data?.communities.edges.map((edge) => edge.node) ?? [];
  if (communities.length < 2 && !slug) return null;
  return (
    <div className="field">
      <label className="field__label" htmlFor="meetups-community">
        Community
      </label>
      <select
        id="meetups-community"
        className="input"
        value={slug}
        onChange={(event) => onChoose(event.target.value)}
      >
        <option value="">Every community</option>
        {communities.map((community) => (
          <option key={community.id} value={community.slug}>
            {community.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The pages read so far, each after the one before it. */
function MeetupPages({ slug }: { slug: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, position) => {
        const page = {
          after,
          last: position === cursors.length - 1,
          onMore: (cursor: string) => setCursors([...cursors, cursor]),
        };
        return slug ? (
          <CommunityMeetupPage key={after ?? "first"} slug={slug} {...page} />
        ) : (
          <EveryCommunityMeetupPage key={after ?? "first"} {...page} />
        );
      })}
    </>
  );
}

interface PageProps {
  after: string | null;
  last: boolean;
  onMore(cursor: string): void;
}

function EveryCommunityMeetupPage({ after, last, onMore }: PageProps) {
  const [result, reexecute] = useQuery({
    query: UpcomingMeetupsQuery,
    variables: { first: pageSize, after },
  });
  return (
    <QueryState
      result={result}
      of={({ upcomingMeetups }) => (upcomingMeetups.edges.length > 0 ? upcomingMeetups : null)}
      loading="Loading meetups…"
      failed="The meetups could not be loaded"
      onRetry={fromNetwork(reexecute)}
      empty={
        after === null && (
          <EmptyState
            icon="meetups"
            title="Nothing coming up"
            action={
              <Link to="/communities" className="button button--secondary">
                Browse communities
              </Link>
            }
          >
            No community has a meetup coming up. Join one to hear when it schedules the next.
          </EmptyState>
        )
      }
    >
      {(upcoming) => (
        <>
          <MeetupList
            meetups={upcoming.edges.map((edge) => edge.node)}
            communityOf={(meetupId) =>
              upcoming.edges.find((edge) => edge.node.id === meetupId)?.node.community
            }
          />
          <MoreButton last={last} pageInfo={upcoming.pageInfo} onMore={onMore} />
        </>
      )}
    </QueryState>
  );
}

function CommunityMeetupPage({ slug, after, last, onMore }: PageProps & { slug: string }) {
  const [result, reexecute] = useQuery({
    query: CommunityUpcomingMeetupsQuery,
    variables: { slug, first: pageSize, after },
  });
  const community = result.data?.community;
  return (
    <QueryState
      result={result}
      of={(data) => {
        const upcoming = data.community?.upcomingMeetups;
        return upcoming && upcoming.edges.length > 0 ? upcoming : null;
      }}
      loading="Loading meetups…"
      failed="The meetups could not be loaded"
      onRetry={fromNetwork(reexecute)}
      empty={
        after === null && (
          <EmptyState icon="meetups" title="Nothing coming up">
            {community ? (
              <>
                <Link to={`/communities/${slug}`}>{community.name}</Link> has no meetup coming up.
              </>
            ) : (
              "No community has this address."
            )}
          </EmptyState>
        )
      }
    >
      {(upcoming) => (
        <>
          <MeetupList meetups={upcoming.edges.map((edge) => edge.node)} />
          <MoreButton last={last} pageInfo={upcoming.pageInfo} onMore={onMore} />
        </>
      )}
    </QueryState>
  );
}

function MoreButton({
  last,
  pageInfo,
  onMore,
}: {
  last: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  onMore(cursor: string): void;
}) {
  const next = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  if (!last || !next) return null;
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={() => onMore(next)}>
        Show later meetups
      </button>
    </p>
  );
}
