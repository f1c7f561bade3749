import { useState } from "react";
import { MemberName } from "../components/member-list";
import { Notice } from "../components/notice";
import { useCommand } from "../graphql/command";
import {
  type Meetup,
  type MeetupRecord,
  PromoteFromWaitlistMutation,
  RemoveRsvpMutation,
} from "./meetup-documents";

type WaitingParty = NonNullable<MeetupRecord["waitlist"]>[number];
type WaitingMember = NonNullable<WaitingParty["member"]>;

const guestsOf = (guests: number) =>
  guests === 0 ? "No guests" : guests === 1 ? "+1 guest" : `+${guests} guests`;

/**
 * The waitlist in line order. Its organisers seat a party now, ahead of the line, or take it out of line,
 * from each row's menu; hosts see the line and act on nothing. Once the meetup starts, or is cancelled,
 * the API takes neither, so neither is offered.
 */
export function WaitlistSection({
  meetup,
  waitlist,
  organises,
  onChange,
}: {
  meetup: Meetup;
  waitlist: readonly WaitingParty[];
  organises: boolean;
  onChange(): void;
}) {
  const [news, setNews] = useState<string | null>(null);
  const actionable = organises && meetup.status === "PUBLISHED" && meetup.phase === "UPCOMING";
  return (
    <section className="card" aria-labelledby="waitlist-heading">
      <h2 id="waitlist-heading">Waitlist ({waitlist.length})</h2>
      {news && <Notice tone="success" title={news} />}
      {!meetup.waitlistEnabled && (
        <p className="muted">
          The waitlist is off: nobody new joins it, and those waiting keep their places.
        </p>
      )}
      {waitlist.length === 0 ? (
        <p className="muted">Nobody is waiting.</p>
      ) : (
        <ol className="row-list" aria-label="Waitlist, first in line first">
          {waitlist.map((party) => (
            <li key={party.member?.id ?? party.position} className="row-list__row waitlist-row">
              <span className="waitlist-row__who">
                <span className="waitlist-row__name">
                  <span className="waitlist-row__position">{party.position}.</span>
                  <MemberName member={party.member} />
                </span>
                <span className="muted">
                  {guestsOf(party.guests)} · joined{" "}
                  <time dateTime={party.joinedAt}>{party.joinedLocalTime}</time>
                </span>
              </span>
              {actionable && party.member && (
                <WaitlistMenu
                  meetup={meetup}
                  party={party}
                  member={party.member}
                  onDone={(words) => {
                    setNews(words);
                    onChange();
                  }}
                  onStart={() => setNews(null)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The button that opened a confirmation is gone: keyboard and screen reader users land on the question. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

function WaitlistMenu({
  meetup,
  party,
  member,
  onDone,
  onStart,
}: {
  meetup: Meetup;
  party: WaitingParty;
  member: WaitingMember;
  /** The action went through: what to tell the organiser. */
  onDone(words: string): void;
  onStart(): void;
}) {
  const name = member.displayName;
  const [confirming, setConfirming] = useState<"promote" | "remove" | null>(null);
  const promote = useCommand(PromoteFromWaitlistMutation, {
    // The counts on screen were stale: the API says there is no room after all, so ask as if we knew.
    onNoSeatsForParty: () => setConfirming("promote"),
  });
  const remove = useCommand(RemoveRsvpMutation);
  const variables = { meetupId: meetup.id, memberId: member.id };
  // Asked before the API is: a click should not overbook a full meetup unawares.
  const noRoom = meetup.spotsLeft !== null && 1 + party.guests > meetup.spotsLeft;
  const partyWords =
    party.guests === 0 ? name : `${name} and ${party.guests} ${party.guests === 1 ? "guest" : "guests"}`;

  const runPromotion = async (overCapacity: boolean) => {
    setConfirming(null);
    onStart();
    const done = await promote.run({ ...variables, overCapacity, idempotencyKey: crypto.randomUUID() });
    if (done) onDone(`${name} has a seat now${overCapacity ? ", over the capacity" : ""}.`);
  };
  const runRemoval = async () => {
    setConfirming(null);
    onStart();
    const done = await remove.run({ ...variables, idempotencyKey: crypto.randomUUID() });
    if (done) onDone(`${name} is off the waitlist.`);
  };
  const busy = promote.fetching || remove.fetching;
  const failure = promote.rejection ?? promote.error?.message ?? remove.rejection ?? remove.error?.message;

  return (
    <details className="row-menu">
      <summary className="button button--small button--secondary">
        Actions<span className="visually-hidden"> for {name}</span>
      </summary>
      <div className="row-menu__items">
        {confirming === "promote" ? (
          <span className="card danger-zone confirm-step">
            <span className="confirm-step__title" ref={focusOnMount} tabIndex={-1}>
              No seat is free for {partyWords}: seat {party.guests === 0 ? "them" : "the party"} over the
              capacity of {meetup.capacity}?
            </span>
            <span className="button-row">
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => runPromotion(true)}
              >
                Promote {name} over capacity
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setConfirming(null)}
              >
                Keep {name} waiting
              </button>
            </span>
          </span>
        ) : confirming === "remove" ? (
          <span className="card danger-zone confirm-step">
            <span className="confirm-step__title" ref={focusOnMount} tabIndex={-1}>
              Remove {name} from the waitlist? They lose their place in line.
            </span>
            <span className="button-row">
              <button
                type="button"
                className="button button--small button--danger"
                disabled={busy}
                onClick={runRemoval}
              >
                Remove {name}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setConfirming(null)}
              >
                Keep {name}
              </button>
            </span>
          </span>
        ) : (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => (noRoom ? setConfirming("promote") : runPromotion(false))}
            >
              Promote now<span className="visually-hidden"> {name}</span>
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={busy}
              onClick={() => setConfirming("remove")}
            >
              Remove<span className="visually-hidden"> {name}</span>
            </button>
          </>
        )}
        {failure && (
          <span className="field__error" role="alert">
            {failure}
          </span>
        )}
      </div>
    </details>
  );
}
