import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { CommunitiesQuery } from "../community/community-documents";
import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork } from "../graphql/command";
import { UpcomingMeetupsQuery } from "../meetup/meetup-documents";
import { MeetupList } from "../meetup/meetup-list";

const pageSize = 20;

/** What the address says to show: `?community=<slug>&tag=<tag>`, each optional, so a filtered view can be linked. */
interface Filter {
  slug: string;
  tag: string;
}

interface CommunityOption {
  slug: string;
  name: string;
  tags: readonly string[];
}

/** Upcoming meetups of every community, soonest first, narrowed to one community, one tag, or both. */
export function MeetupsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter: Filter = { slug: searchParams.get("community") ?? "", tag: searchParams.get("tag") ?? "" };
  const [communitiesResult] = useQuery({ query: CommunitiesQuery, variables: {} });
  const communities: CommunityOption[] =
    communitiesResult.data?.communities.edges.map((edge) => edge.node) ?? [];
  // Each choice is a new entry in the history, so the back button returns to the view before it.
  const choose = (next: Filter) =>
    setSearchParams({
      ...(next.slug && { community: next.slug }),
      ...(next.tag && { tag: next.tag }),
    });
  return (
    <Page title="Meetups" lead="What is coming up across every community, soonest first.">
      <div className="stack">
        <Filters filter={filter} communities={communities} onChoose={choose} />
        <MeetupPages key={`${filter.slug}#${filter.tag}`} filter={filter} communities={communities} />
      </div>
    </Page>
  );
}

function Filters({
  filter,
  communities,
  onChoose,
}: {
  filter: Filter;
  communities: readonly CommunityOption[];
  onChoose(filter: Filter): void;
}) {
  const tags = [...new Set(communities.flatMap((community) => community.tags))].sort();
  // A value the address holds stays choosable, even when no listed community has it.
  if (filter.tag && !tags.includes(filter.tag)) tags.unshift(filter.tag);
  const unlisted = filter.slug !== "" && !communities.some((community) => community.slug === filter.slug);
  return (
    <search aria-label="Filter meetups" className="stack">
      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor="meetups-community">
            Community
          </label>
          <select
            id="meetups-community"
            className="input"
            value={filter.slug}
            onChange={(event) => onChoose({ ...filter, slug: event.target.value })}
          >
            <option value="">Every community</option>
            {unlisted && <option value={filter.slug}>{filter.slug}</option>}
            {communities.map((community) => (
              <option key={community.slug} value={community.slug}>
                {community.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="meetups-tag">
            Topic
          </label>
          <select
            id="meetups-tag"
            className="input"
            value={filter.tag}
            onChange={(event) => onChoose({ ...filter, tag: event.target.value })}
          >
            <option value="">Every topic</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(filter.slug || filter.tag) && (
        <p>
          <Link to="/meetups">Show every meetup</Link>
        </p>
      )}
    </search>
  );
}

/** The pages read so far, each after the one before it. */
function MeetupPages({ filter, communities }: { filter: Filter; communities: readonly CommunityOption[] }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, position) => (
        <MeetupPage
          key={after ?? "first"}
          filter={filter}
          communities={communities}
          after={after}
          last={position === cursors.length - 1}
          onMore={(cursor) => setCursors([...cursors, cursor])}
        />
      ))}
    </>
  );
}

interface PageProps {
  filter: Filter;
  communities: readonly CommunityOption[];
  after: string | null;
  last: boolean;
  onMore(cursor: string): void;
}

function MeetupPage({ filter, communities, after, last, onMore }: PageProps) {
  const [result, reexecute] = useQuery({
    query: UpcomingMeetupsQuery,
    variables: {
      first: pageSize,
      after,
      communitySlug: filter.slug || null,
      tag: filter.tag || null,
    },
  });
  return (
    <QueryState
      result={result}
      of={({ upcomingMeetups }) => (upcomingMeetups.edges.length > 0 ? upcomingMeetups : null)}
      loading="Loading meetups…"
      failed="The meetups could not be loaded"
      onRetry={fromNetwork(reexecute)}
      empty={after === null && <NothingMatches filter={filter} communities={communities} />}
    >
      {(upcoming) => (
        <>
          <MeetupList
            meetups={upcoming.edges.map((edge) => edge.node)}
            communityOf={(meetupId) =>
              filter.slug
                ? undefined
                : upcoming.edges.find((edge) => edge.node.id === meetupId)?.node.community
            }
          />
          <MoreButton last={last} pageInfo={upcoming.pageInfo} onMore={onMore} />
        </>
      )}
    </QueryState>
  );
}

/** Says which filter left nothing, and the way out of it. */
function NothingMatches({
  filter,
  communities,
}: {
  filter: Filter;
  communities: readonly CommunityOption[];
}) {
  const browse = (
    <Link to="/communities" className="button button--secondary">
      Browse communities
    </Link>
  );
  if (!filter.slug && !filter.tag)
    return (
      <EmptyState icon="meetups" title="Nothing coming up" action={browse}>
        No community has a meetup coming up. Join one to hear when it schedules the next.
      </EmptyState>
    );
  const community = communities.find((candidate) => candidate.slug === filter.slug);
  const onTopic = filter.tag ? ` on “${filter.tag}”` : "";
  return (
    <EmptyState
      icon="meetups"
      title="No meetups match"
      action={
        <>
          <Link to="/meetups" className="button">
            Show every meetup
          </Link>
          {browse}
        </>
      }
    >
      {filter.slug && !community ? (
        <>No community has the address “{filter.slug}”. Choose one from the list, or see every meetup.</>
      ) : community ? (
        <>
          <Link to={`/communities/${community.slug}`}>{community.name}</Link> has no meetup coming up{onTopic}
          . Try another topic or community, or see every meetup.
        </>
      ) : (
        <>No community has a meetup coming up{onTopic}. Try another topic, or see every meetup.</>
      )}
    </EmptyState>
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
