import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { useSession } from "../auth/session";
import { ErrorState } from "../components/error-state";
import { type Community, JoinCommunityMutation, LeaveCommunityMutation } from "./community-documents";

export const roleWords = {
  ORGANISER: "You organise it",
  HOST: "You host",
  MEMBER: "You are a member",
  PENDING: "Request pending",
} as const;

/** Joining or leaving changes `me` (its communities, perhaps what it organises): read it again. */
const meChanges = { additionalTypenames: ["Me"] };

/** Join, ask to join, withdraw a request or leave, by the viewer's standing in the community. */
export function MembershipButton({ community }: { community: Community }) {
  const { signedIn } = useSession();
  const [joining, join] = useMutation(JoinCommunityMutation);
  const [leaving, leave] = useMutation(LeaveCommunityMutation);
  const [rejection, setRejection] = useState<string | null>(null);
  const busy = joining.fetching || leaving.fetching;
  const role = community.viewerRole;
  const joinLabel = community.joinMode === "APPROVAL" ? "Ask to join" : "Join community";

  if (!signedIn) {
    return (
      <Link to={`/signin?next=${encodeURIComponent(`/communities/${community.slug}`)}`} className="button">
        Sign in to join
      </Link>
    );
  }

  const act = async (action: "join" | "leave") => {
    setRejection(null);
    const response =
      action === "join"
        ? (await join({ communityId: community.id }, meChanges)).data?.joinCommunity
        : (await leave({ communityId: community.id }, meChanges)).data?.leaveCommunity;
    if (response && response.__typename !== "Community" && "message" in response)
      setRejection(response.message);
  };

  return (
    <div className="membership">
      {role === null || role === undefined ? (
        <button type="button" className="button" disabled={busy} onClick={() => act("join")}>
          {joining.fetching ? "Joining…" : joinLabel}
        </button>
      ) : (
        <>
          <span className="badge badge--brand">{roleWords[role]}</span>
          {role === "PENDING" && (
            <p className="field__hint">An organiser will approve or decline your request.</p>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => act("leave")}
          >
            {role === "PENDING" ? "Withdraw request" : "Leave community"}
          </button>
        </>
      )}
      {rejection && <ErrorState title="That did not work" error={rejection} />}
      {(joining.error || leaving.error) && (
        <ErrorState title="That did not work" error={joining.error ?? leaving.error} />
      )}
    </div>
  );
}
