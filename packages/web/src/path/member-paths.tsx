import { useQuery } from "urql";
import { LearningList } from "./learning-list";
import { MemberPathsQuery } from "./path-documents";
import { PathList } from "./path-list";

/**
 * A member's paths on their profile: those they curate and publish, and the learning they chose to show.
 * Quiet when there is neither, or when it cannot be read: the profile above it stands on its own.
 */
export function MemberPaths({ handle }: { handle: string }) {
  const [result] = useQuery({ query: MemberPathsQuery, variables: { handle } });
  const member = result.data?.member;
  if (!member) return null;
  const curated = member.curatedPaths.edges.map((edge) => edge.node);
  const learning = member.learning.edges.map((edge) => edge.node);
  return (
    <>
      {curated.length > 0 && (
        <section className="stack stack--tight" aria-labelledby="curated-paths-heading">
          <h2 id="curated-paths-heading">Learning paths {member.displayName} curates</h2>
          <PathList paths={curated} headingLevel={3} />
        </section>
      )}
      {learning.length > 0 && (
        <section className="stack stack--tight" aria-labelledby="member-learning-heading">
          <h2 id="member-learning-heading">Learning</h2>
          <LearningList learning={learning} />
        </section>
      )}
    </>
  );
}
