import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { useSession } from "../auth/session";
import { CommandFailure } from "../components/command-failure";
import { QueryState } from "../components/query-state";
import { fromNetwork, useCommand } from "../graphql/command";
import type { ResultOf } from "../graphql/graphql";
import { plainRefusal } from "../graphql/refusal-words";
import { meetupPath } from "../meetup/meetup-address";
import { MyRsvpsQuery, type Rsvp } from "../meetup/meetup-documents";
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
  const joining = useCommand(JoinCommunityMutation, { words: plainRefusal });
  const leaving = useCommand(LeaveCommunityMutation, { words: plainRefusal });
  const [confirmingLeave, setConfirmingLeave] = useState(false);
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

  /** One place for one message: a step afresh forgets the last rejection of either command. */
  const clear = () => {
    joining.clear();
    leaving.clear();
  };
  const act = (command: typeof joining | typeof leaving) => {
    clear();
    setConfirmingLeave(false);
    void command.run({ communityId: community.id }, meChanges);
  };

  return (
    <div className="membership">
      {role === null || role === undefined ? (
        <button type="button" className="button" disabled={busy} onClick={() => act(joining)}>
          {joining.fetching ? "Joining…" : joinLabel}
        </button>
      ) : (
        <>
          <span className="badge badge--brand">{roleWords[role]}</span>
          {role === "PENDING" && (
            <p className="field__hint">An organiser will approve or decline your request.</p>
          )}
          {role === "PENDING" ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => act(leaving)}
            >
              Withdraw request
            </button>
          ) : (
            !confirmingLeave && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => {
                  clear();
                  setConfirmingLeave(true);
                }}
              >
                Leave community
              </button>
            )
          )}
        </>
      )}
      {confirmingLeave && (
        <ConfirmLeaving
          community={community}
          busy={busy}
          onLeave={() => act(leaving)}
          onStay={() => setConfirmingLeave(false)}
        />
      )}
      <CommandFailure title="That did not work" commands={[joining, leaving]} />
    </div>
  );
}

/**
 * Leaving gives up the member's places at the community's upcoming meetups (the waitlist moves up at
 * once), so it takes a second, informed click: how many places, read from the API as it is now.
 */
function ConfirmLeaving({
  community,
  busy,
  onLeave,
  onStay,
}: {
  community: Community;
  busy: boolean;
  onLeave(): void;
  onStay(): void;
}) {
  const title = useRef<HTMLParagraphElement>(null);
  // The button that opened this step is gone: keyboard and screen reader users land on the question.
  useEffect(() => title.current?.focus(), []);
  const [result, reexecute] = useQuery({
    query: MyRsvpsQuery,
    variables: { upcoming: true },
    requestPolicy: "network-only",
  });
  const known = result.data !== undefined && !result.error;

  return (
    <section className="card danger-zone confirm-step" aria-labelledby="confirm-leave-heading">
      <p className="confirm-step__title" id="confirm-leave-heading" ref={title} tabIndex={-1}>
        Leave {community.name}?
      </p>
      <QueryState
        result={result}
        of={placesIn(community)}
        loading="Checking your upcoming places…"
        failed="Your upcoming places could not be checked"
        onRetry={fromNetwork(reexecute)}
        empty={<p>You hold no places at its upcoming meetups.</p>}
      >
        {(places) => (
          <>
            <p>
              Leaving gives up {placeWords(places)} at its upcoming meetups, for good: the next people on the
              waitlist take them.
            </p>
            <ul>
              {places.map(
                (place) =>
                  place.meetup && (
                    <li key={place.meetup.id}>
                      <Link to={meetupPath(place.meetup)}>{place.meetup.title}</Link>
                      {place.status === "WAITLISTED" ? " (waitlist)" : ""}
                    </li>
                  ),
              )}
            </ul>
          </>
        )}
      </QueryState>
      <div className="button-row">
        <button type="button" className="button button--danger" disabled={busy || !known} onClick={onLeave}>
          {busy ? "Leaving…" : `Leave ${community.name}`}
        </button>
        <button type="button" className="button button--quiet" onClick={onStay}>
          Stay a member
        </button>
      </div>
    </section>
  );
}

/** The viewer's places, held or waited for, at the community's upcoming meetups. */
const placesIn =
  (community: Community) =>
  (data: ResultOf<typeof MyRsvpsQuery>): Rsvp[] =>
    (data.me?.rsvps.edges ?? [])
      .map((edge) => edge.node)
      .filter(
        (rsvp) =>
          rsvp.meetup?.community.id === community.id &&
          (rsvp.status === "CONFIRMED" || rsvp.status === "WAITLISTED"),
      );

function placeWords(places: readonly Rsvp[]): string {
  const seats = places.filter((place) => place.status === "CONFIRMED").length;
  const waiting = places.length - seats;
  const words = [
    seats > 0 && `${seats} ${seats === 1 ? "RSVP" : "RSVPs"}`,
    waiting > 0 && `${waiting} ${waiting === 1 ? "waitlist place" : "waitlist places"}`,
  ].filter(Boolean);
  return `your ${words.join(" and ")}`;
}
