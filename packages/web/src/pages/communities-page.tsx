import { Link } from "react-router";
import { useQuery } from "urql";
import { useSession } from "../auth/session";
import { CommunitiesQuery } from "../community/community-documents";
import { roleWords } from "../community/membership-button";
import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { TagList } from "../components/tag-list";
import { fromNetwork } from "../graphql/command";

export function CommunitiesPage() {
  const { signedIn } = useSession();
  const [result, reexecute] = useQuery({ query: CommunitiesQuery, variables: {} });
  const found = (
    <Link
      to={signedIn ? "/admin/communities/new" : "/signin?next=%2Fadmin%2Fcommunities%2Fnew"}
      className="button"
    >
      Found a community
    </Link>
  );

  return (
    <Page title="Communities" lead="Groups that meet, talk and learn together." actions={found}>
      <QueryState
        result={result}
        of={(data) => data.communities.edges.map((edge) => edge.node)}
        loading="Loading communities…"
        failed="Communities could not be loaded"
        onRetry={fromNetwork(reexecute)}
        empty={
          <EmptyState icon="communities" title="No communities yet" action={found}>
            Nobody has founded a community yet. Start the first one: you will run its meetups from the
            console.
          </EmptyState>
        }
      >
        {(communities) => (
          <ul className="card-grid plain-list">
            {communities.map((community) => (
              <li key={community.id} className="card feature-card">
                <h2>
                  <Link to={`/communities/${community.slug}`}>{community.name}</Link>
                </h2>
                <p>
                  {community.memberCount} {community.memberCount === 1 ? "member" : "members"}
                  {community.joinMode === "APPROVAL" && " · Organisers approve new members"}
                </p>
                {community.viewerRole && <span className="badge">{roleWords[community.viewerRole]}</span>}
                <TagList tags={community.tags} label={`Tags of ${community.name}`} />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Page>
  );
}
