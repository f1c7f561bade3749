import { Link } from "react-router";
import { useQuery } from "urql";
import { CommunityCallsQuery } from "./call-documents";
import { CallWindow, phaseOf } from "./call-window";
import { callPath, talksArchivePath } from "./talk-address";

/**
 * On a community's page: its calls for proposals that are open or about to open, and its talks archive.
 * Closed calls are left out; their talks are in the archive.
 */
export function CommunityCalls({ slug }: { slug: string }) {
  const [result] = useQuery({ query: CommunityCallsQuery, variables: { slug } });
  const calls = (result.data?.community?.calls.edges ?? [])
    .map((edge) => edge.node)
    .filter((call) => phaseOf(call) !== "closed");
  return (
    <section className="card" aria-labelledby="talks-heading">
      <h2 id="talks-heading">Talks</h2>
      {calls.length > 0 && (
        <ul className="plain-list stack" aria-label="Calls for proposals">
          {calls.map((call) => (
            <li key={call.id}>
              <Link to={callPath(slug, call)}>{call.title}</Link>
              <br />
              <span className="muted">
                <CallWindow call={call} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={talksArchivePath(slug)}>All talks given here</Link>
      </p>
    </section>
  );
}
