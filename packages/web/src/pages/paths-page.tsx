import { type FormEvent, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useSession } from "../auth/session";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { ShowMore } from "../components/show-more";
import { fromNetwork } from "../graphql/command";
import type { ResultOf } from "../graphql/graphql";
import { newPathPath } from "../path/path-address";
import { PathCommunitiesQuery, PathsQuery } from "../path/path-documents";
import { PathList } from "../path/path-list";
import { filterOf, isFiltered, type PathsFilter, searchOf } from "../path/paths-filter";

/** The published paths: narrowed by tag, curator and community, newest or most followed first. */
export function PathsPage() {
  const [search] = useSearchParams();
  const filter = filterOf(search);
  const variables = variablesOf(filter);
  const [result, reexecute] = useQuery({ query: PathsQuery, variables });
  const { signedIn } = useSession();
  // A visitor curates too, once signed in: the sign-in comes back to the editor.
  const newPath = (
    <Link to={signedIn ? newPathPath : `/signin?next=${encodeURIComponent(newPathPath)}`} className="button">
      New path
    </Link>
  );
  return (
    <Page
      title="Learning paths"
      lead="A goal and a few checkpoints, each a task with one resource: a page to read, a talk to watch, a meetup to attend."
      actions={newPath}
    >
      <div className="stack">
        <PathFilters filter={filter} />
        <QueryState
          result={result}
          of={(data) => (data.paths.edges.length === 0 ? null : data.paths)}
          loading="Loading the paths…"
          failed="The paths could not be loaded"
          onRetry={fromNetwork(reexecute)}
          empty={<NoPaths filter={filter} />}
        >
          {(paths) => (
            <section aria-label="Paths" className="stack" key={searchOf(filter)}>
              <PathList paths={paths.edges.map((edge) => edge.node)} />
              <MorePaths filter={filter} pageInfo={paths.pageInfo} />
            </section>
          )}
        </QueryState>
      </div>
    </Page>
  );
}

const variablesOf = (filter: PathsFilter) => ({
  tag: filter.tag,
  curatorHandle: filter.curator,
  communitySlug: filter.community,
  order: filter.order,
});

/** The filters as a form whose answer is the address: the list below reads only the address. */
function PathFilters({ filter }: { filter: PathsFilter }) {
  const navigate = useNavigate();
  const [communities] = useQuery({ query: PathCommunitiesQuery });
  const choices = communities.data?.communities.edges.map((edge) => edge.node) ?? [];
  // Typed values are the form's until it is applied; the address may change under it (a tag clicked).
  const [typed, setTyped] = useState({ tag: filter.tag ?? "", curator: filter.curator ?? "" });
  const [shown, setShown] = useState(filter);
  if (searchOf(shown) !== searchOf(filter)) {
    setShown(filter);
    setTyped({ tag: filter.tag ?? "", curator: filter.curator ?? "" });
  }
  const apply = (next: Partial<PathsFilter>) =>
    navigate(`/paths${searchOf({ ...filter, tag: typed.tag, curator: typed.curator, ...next })}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({});
  };
  // A community the reader is not shown (another's private one, say) still reads as chosen.
  const known = filter.community === null || choices.some((community) => community.slug === filter.community);

  return (
    <form className="card path-filters" aria-label="Filter the paths" onSubmit={submit}>
      <div className="path-filters__fields">
        <div className="field">
          <label className="field__label" htmlFor="paths-tag">
            Tag
          </label>
          <input
            id="paths-tag"
            className="input"
            value={typed.tag}
            placeholder="e.g. lambda"
            onChange={(event) => setTyped({ ...typed, tag: event.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="paths-curator">
            Curator’s handle
          </label>
          <input
            id="paths-curator"
            className="input"
            value={typed.curator}
            placeholder="e.g. sanne"
            onChange={(event) => setTyped({ ...typed, curator: event.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="paths-community">
            Community
          </label>
          <select
            id="paths-community"
            className="input"
            value={filter.community ?? ""}
            onChange={(event) => apply({ community: event.currentTarget.value || null })}
          >
            <option value="">Any community</option>
            {!known && <option value={filter.community ?? ""}>{filter.community}</option>}
            {choices.map((community) => (
              <option key={community.id} value={community.slug}>
                {community.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="paths-order">
            Order
          </label>
          <select
            id="paths-order"
            className="input"
            value={filter.order}
            onChange={(event) => apply({ order: event.currentTarget.value as PathsFilter["order"] })}
          >
            <option value="NEWEST">Newest first</option>
            <option value="MOST_FOLLOWED">Most followed first</option>
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--secondary">
          Show paths
        </button>
        {isFiltered(filter) && (
          <Link to={`/paths${searchOf({ tag: null, curator: null, community: null, order: filter.order })}`}>
            Clear the filters
          </Link>
        )}
      </div>
    </form>
  );
}

/** What the empty list says: with filters, which ones and how to widen them; without, that none exist yet. */
function NoPaths({ filter }: { filter: PathsFilter }) {
  // The same query as the filters' (urql asks once): the community by its name, not its address.
  const [communities] = useQuery({ query: PathCommunitiesQuery });
  const community = communities.data?.communities.edges.find(
    (edge) => edge.node.slug === filter.community,
  )?.node;
  if (!isFiltered(filter))
    return (
      <EmptyState
        icon="paths"
        title="No learning paths yet"
        action={
          <Link to="/communities" className="button button--secondary">
            Browse communities
          </Link>
        }
      >
        Nobody has published a path yet. Paths show here once their curators publish them.
      </EmptyState>
    );
  const narrowing = [
    filter.tag && `tagged “${filter.tag}”`,
    filter.curator && `curated by @${filter.curator}`,
    filter.community && `of ${community?.name ?? `the community “${filter.community}”`}`,
  ].filter(Boolean);
  return (
    <EmptyState
      icon="paths"
      title="No paths match these filters"
      action={
        <Link
          to={`/paths${searchOf({ tag: null, curator: null, community: null, order: filter.order })}`}
          className="button button--secondary"
        >
          Clear the filters
        </Link>
      }
    >
      No published path is {narrowing.join(" and ")}. Clear the filters to see every path, or try another tag.
    </EmptyState>
  );
}

type PageInfo = ResultOf<typeof PathsQuery>["paths"]["pageInfo"];

/** The pages after the first, each asked for when the reader asks for more. */
function MorePaths({ filter, pageInfo }: { filter: PathsFilter; pageInfo: PageInfo }) {
  return <ShowMore pageInfo={pageInfo} next={(after) => <NextPaths filter={filter} after={after} />} />;
}

function NextPaths({ filter, after }: { filter: PathsFilter; after: string }) {
  const [result, reexecute] = useQuery({ query: PathsQuery, variables: { ...variablesOf(filter), after } });
  const paths = result.data?.paths;
  if (result.fetching && !paths) return <LoadingState label="Loading more paths…" />;
  if (result.error)
    return (
      <ErrorState
        title="More paths could not be loaded"
        error={result.error}
        onRetry={fromNetwork(reexecute)}
      />
    );
  if (!paths) return null;
  return (
    <>
      <PathList paths={paths.edges.map((edge) => edge.node)} />
      <MorePaths filter={filter} pageInfo={paths.pageInfo} />
    </>
  );
}
