import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { ShowMore } from "../components/show-more";
import { fromNetwork } from "../graphql/command";
import type { ResultOf } from "../graphql/graphql";
import { LearningList } from "../path/learning-list";
import { MyLearningQuery } from "../path/path-documents";

type Filter = "IN_PROGRESS" | "COMPLETED";

/** The paths the member follows: those under way, then those done, each with its share. */
export function MyLearningPage() {
  const [inProgress, reexecute] = useQuery({
    query: MyLearningQuery,
    variables: { filter: "IN_PROGRESS" },
    requestPolicy: "cache-and-network",
  });
  const [completed] = useQuery({
    query: MyLearningQuery,
    variables: { filter: "COMPLETED" },
    requestPolicy: "cache-and-network",
  });
  const nothing =
    inProgress.data?.me?.learning.edges.length === 0 && completed.data?.me?.learning.edges.length === 0;
  return (
    <Page title="My learning" lead="The paths you follow, and how far along you are. Only you see this page.">
      <QueryState
        result={inProgress}
        loading="Loading your learning…"
        failed="Your learning could not be loaded"
        onRetry={fromNetwork(reexecute)}
      >
        {(data) =>
          nothing ? (
            <EmptyState
              icon="paths"
              title="You follow no path yet"
              action={
                <Link to="/paths" className="button">
                  Browse the paths
                </Link>
              }
            >
              Follow a learning path, or tick off one of its checkpoints, and it shows here with how far along
              you are.
            </EmptyState>
          ) : (
            <div className="stack">
              <LearningSection
                heading="In progress"
                filter="IN_PROGRESS"
                connection={data.me?.learning}
                none="Nothing under way: every path you follow is done."
              />
              <QueryState
                result={completed}
                loading="Loading the paths you completed…"
                failed="The paths you completed could not be loaded"
              >
                {(done) => (
                  <LearningSection
                    heading="Completed"
                    filter="COMPLETED"
                    connection={done.me?.learning}
                    none="None yet: tick off every checkpoint of a path to complete it."
                  />
                )}
              </QueryState>
            </div>
          )
        }
      </QueryState>
    </Page>
  );
}

type Learning = NonNullable<ResultOf<typeof MyLearningQuery>["me"]>["learning"];

function LearningSection({
  heading,
  filter,
  connection,
  none,
}: {
  heading: string;
  filter: Filter;
  connection: Learning | undefined;
  none: string;
}) {
  const id = `learning-${filter.toLowerCase()}-heading`;
  const edges = connection?.edges ?? [];
  return (
    <section className="stack stack--tight" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {edges.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <>
          <LearningList learning={edges.map((edge) => edge.node)} own />
          {connection && <MoreLearning filter={filter} pageInfo={connection.pageInfo} />}
        </>
      )}
    </section>
  );
}

function MoreLearning({ filter, pageInfo }: { filter: Filter; pageInfo: Learning["pageInfo"] }) {
  return <ShowMore pageInfo={pageInfo} next={(after) => <NextLearning filter={filter} after={after} />} />;
}

function NextLearning({ filter, after }: { filter: Filter; after: string }) {
  const [result, reexecute] = useQuery({ query: MyLearningQuery, variables: { filter, after } });
  const learning = result.data?.me?.learning;
  if (result.fetching && !learning) return <LoadingState label="Loading more…" />;
  if (result.error)
    return (
      <ErrorState title="More could not be loaded" error={result.error} onRetry={fromNetwork(reexecute)} />
    );
  if (!learning) return null;
  return (
    <>
      <LearningList learning={learning.edges.map((edge) => edge.node)} own />
      <MoreLearning filter={filter} pageInfo={learning.pageInfo} />
    </>
  );
}
