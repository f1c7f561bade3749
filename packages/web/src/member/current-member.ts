import { useEffect } from "react";
import { useQuery } from "urql";
import { useSession, useSessionTokens } from "../auth/session";
import { type CurrentMember, CurrentMemberQuery } from "./member-documents";

export interface CurrentMemberState {
  /** Null when signed out (or not loaded yet: see `loading`). */
  me: CurrentMember | null;
  loading: boolean;
  error: ReturnType<typeof useQuery>[0]["error"];
  retry(): void;
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

  return {
    me: signedIn ? (result.data?.me ?? null) : null,
    loading: signedIn && result.data === undefined && result.error === undefined,
    error: signedIn ? result.error : undefined,
    retry: () => reexecute({ requestPolicy: "network-only" }),
  };
}
