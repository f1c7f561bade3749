import { useEffect } from "react";
import { useQuery } from "urql";
import { useSession, useSessionTokens } from "../auth/session";
import type { QueryAnswer } from "../components/query-state";
import { type CurrentMember, CurrentMemberQuery } from "./member-documents";

export interface CurrentMemberState {
  /** Null when signed out (or not loaded yet: see `result`). */
  me: CurrentMember | null;
  retry(): void;
  /** How far the query has come, for QueryState: `me` is its data. */
  result: QueryAnswer<CurrentMember | null>;
}

/** The signed-in member, shared by the header, the profile pages and the console guard (urql dedupes). */
export function useCurrentMember(): CurrentMemberState {
  const { signedIn } = useSession();
  const sessionTokens = useSessionTokens();
  const [result, reexecute] = useQuery({ query: CurrentMemberQuery, pause: !signedIn });
  const answered = result.data !== undefined && !result.stale;

  // `me` is null for a valid token only once the member is erased (in another tab, say): that sign-in is over.
  useEffect(() => {
    if (signedIn && answered && result.data?.me === null) sessionTokens.signOut();
  }, [signedIn, answered, result.data, sessionTokens]);

  const me = signedIn ? (result.data?.me ?? null) : null;
  const loading = signedIn && result.data === undefined && result.error === undefined;
  return {
    me,
    retry: () => reexecute({ requestPolicy: "network-only" }),
    result: { fetching: loading, data: loading ? undefined : me, error: signedIn ? result.error : undefined },
  };
}
