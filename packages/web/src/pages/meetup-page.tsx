import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ReleasedAgenda } from "../agenda/released-agenda";
import { useSession } from "../auth/session";
import { CommandFailure } from "../components/command-failure";
import { Icon } from "../components/icon";
import { Markdown } from "../components/markdown";
import { MemberName } from "../components/member-list";
import { Notice } from "../components/notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork, RefetchOnRefusal, useCommand } from "../graphql/command";
import { plainRefusal } from "../graphql/refusal-words";
import { AddToCalendar } from "../meetup/add-to-calendar";
import { CopyLink } from "../meetup/copy-link";
import { meetupConsolePath, meetupDoorPath, meetupPath } from "../meetup/meetup-address";
import {
  CancelRsvpMutation,
  ChangeRsvpMutation,
  type MeetupPageMeetup,
  MeetupPageQuery,
  RsvpMutation,
} from "../meetup/meetup-documents";
import { seatsOf } from "../meetup/meetup-list";
import { MeetupWhen } from "../meetup/meetup-when";
import { openStreetMapAddress } from "../meetup/venue-map";
import { NotFoundPage } from "./not-found-page";

type Meetup = MeetupPageMeetup;

export function MeetupPage() {
  const id = useParams().id ?? "";
  const [result, reexecute] = useQuery({ query: MeetupPageQuery, variables: { id } });
  return (
    <QueryState
      result={result}
      of={(data) => data.meetup}
      loading="Loading the meetup…"
      failed="This meetup could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title="Meetup">{state}</Page>}
      empty={
        <NotFoundPage>
          There is no meetup at this address. It may be a draft its organisers have not published yet, or the
          address may be mistyped.
        </NotFoundPage>
      }
    >
      {(meetup) => (
        <RefetchOnRefusal refetch={fromNetwork(reexecute)}>
          <MeetupDetails meetup={meetup} />
        </RefetchOnRefusal>
      )}
    </QueryState>
  );
}

/**
 * One page through the meetup's life, by the phase the API reads off its times: RSVPs and calendars while
 * it is upcoming, the door while check-in is open, and a recap of who came once it is past.
 */
function MeetupDetails({ meetup }: { meetup: Meetup }) {
  const organises = meetup.community.viewerRole === "ORGANISER";
  const runsTheDoor = organises || meetup.community.viewerRole === "HOST";
  const published = meetup.status === "PUBLISHED";
  return (
    <Page
      title={meetup.title}
      eyebrow={meetup.community.name}
      lead={<MeetupWhen startsAt={meetup.startsAt} endsAt={meetup.endsAt} timeZone={meetup.timeZone} />}
      actions={
        <>
          {published && meetup.phase === "UPCOMING" && <AddToCalendar links={meetup.addToCalendar} />}
          {meetup.status !== "DRAFT" && (
            <CopyLink url={new URL(meetupPath(meetup), window.location.origin).href} />
          )}
          {published && runsTheDoor && meetup.checkInOpen && (
            <Link to={meetupDoorPath(meetup)} className="button">
              Check people in
            </Link>
          )}
          {organises && (
            <Link to={meetupConsolePath(meetup)} className="button button--secondary">
              Manage in the console
            </Link>
          )}
        </>
      }
    >
      {meetup.status === "CANCELLED" && (
        <Notice tone="warning" title="This meetup is cancelled">
          {meetup.cancellationMessage && <p>{meetup.cancellationMessage}</p>}
        </Notice>
      )}
      {meetup.status === "DRAFT" && (
        <Notice tone="info" title="A draft">
          <p>Only organisers see it until it is published.</p>
        </Notice>
      )}
      {published && meetup.phase === "RUNNING" && (
        <Notice tone="info" title="Happening now">
          <p>It started: RSVPs are closed.</p>
        </Notice>
      )}
      <div className="two-columns">
        <section className="card" aria-labelledby="meetup-about-heading">
          <h2 id="meetup-about-heading">About</h2>
          {meetup.description.trim() ? (
            <Markdown html={meetup.descriptionHtml} />
          ) : (
            <p className="muted">No description yet.</p>
          )}
          <p>
            <Link to={`/communities/${meetup.community.slug}`}>More from {meetup.community.name}</Link>
          </p>
        </section>
        <div className="stack">
          {published && meetup.phase === "UPCOMING" && <RsvpPanel meetup={meetup} />}
          {published && meetup.phase === "RUNNING" && <OwnPlace meetup={meetup} />}
          {published && meetup.phase === "PAST" && <AttendanceRecap meetup={meetup} />}
          {published && meetup.phase !== "PAST" && meetup.going && <WhoIsGoing meetup={meetup} />}
          <section className="card" aria-labelledby="meetup-where-heading">
            <h2 id="meetup-where-heading">Where</h2>
            {meetup.venue && (
              <p className="venue">
                <strong>{meetup.venue.name}</strong>
                <br />
                <a href={openStreetMapAddress(meetup.venue)} target="_blank" rel="noopener noreferrer">
                  {meetup.venue.address}
                  <span className="visually-hidden"> (map on OpenStreetMap, opens in a new tab)</span>
                </a>
              </p>
            )}
            {meetup.phase !== "PAST" && meetup.online && !meetup.joinUrl && (
              <p className="muted">Online: the link shows here once you hold a confirmed place.</p>
            )}
            {meetup.phase !== "PAST" && meetup.joinUrl && (
              <a href={meetup.joinUrl} className="button" rel="noopener noreferrer">
                <Icon name="link" size={18} />
                Join online
              </a>
            )}
            {meetup.phase === "PAST" && meetup.online && <p className="muted">It was held online.</p>}
            {!meetup.venue && !meetup.online && <p className="muted">The venue is to be announced.</p>}
          </section>
          {meetup.hosts.length > 0 && <HostedBy meetup={meetup} />}
        </div>
        {/* After the side column, so that a phone shows the RSVP first; agenda.css sets it under About. */}
        {meetup.status !== "DRAFT" && <ReleasedAgenda meetup={meetup} />}
      </div>
    </Page>
  );
}

const people = (count: number) => `${count} ${count === 1 ? "person" : "people"}`;

/**
 * Who is going, as Meetup shows it: the faces of members who chose to be listed, then how many more. Only
 * the community's members see names (the API decides); anyone else reads the count.
 */
function WhoIsGoing({ meetup }: { meetup: Meetup }) {
  const going = meetup.going;
  if (!going) return null;
  const named = going.members ?? [];
  return (
    <section className="card" aria-labelledby="going-heading">
      <h2 id="going-heading">Who's going</h2>
      {going.count === 0 ? (
        <p className="muted">Nobody yet: be the first to RSVP.</p>
      ) : (
        <>
          {named.length > 0 && (
            <ul className="going-list">
              {named.map((member) => (
                <li key={member.id}>
                  <MemberName member={member} />
                </li>
              ))}
            </ul>
          )}
          <p className="going-count">
            {named.length === 0
              ? `${people(going.count)} going`
              : going.othersCount > 0
                ? `and ${going.othersCount} ${going.othersCount === 1 ? "other" : "others"}`
                : `${people(going.count)} going`}
          </p>
          {going.members === null && (
            <p className="muted">Members of {meetup.community.name} see who is going.</p>
          )}
        </>
      )}
    </section>
  );
}

const roleWords = { ORGANISER: "Organiser", HOST: "Host", MEMBER: "Member", PENDING: "Member" } as const;

/** The community's organisers, then its hosts: a meetup has no hosts of its own. */
function HostedBy({ meetup }: { meetup: Meetup }) {
  return (
    <section className="card" aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Hosted by</h2>
      <ul className="member-list">
        {meetup.hosts.map(({ member, role }) => (
          <li key={member.id} className="host">
            <MemberName member={member} />
            <span className="muted">{roleWords[role]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many came: the people checked in at the door, guests included. */
function AttendanceRecap({ meetup }: { meetup: Meetup }) {
  const came = meetup.checkedInSeats;
  return (
    <section className="card" aria-labelledby="recap-heading">
      <h2 id="recap-heading">How it went</h2>
      <p className="attendance-recap__count">
        {came === 0 ? "Nobody was checked in" : `${came} ${came === 1 ? "person" : "people"} came`}
      </p>
      {meetup.confirmedSeats > 0 && (
        <p className="muted">
          {meetup.confirmedSeats} {meetup.confirmedSeats === 1 ? "place was" : "places were"} taken, guests
          included.
        </p>
      )}
      {meetup.viewerRsvp?.checkedIn && <p>You were there.</p>}
    </section>
  );
}

/** Once it has started, the member's own RSVP is a fact to read, no longer one to change. */
function OwnPlace({ meetup }: { meetup: Meetup }) {
  const own = meetup.viewerRsvp;
  if (own?.status !== "CONFIRMED") return null;
  return (
    <Notice tone="success" title="You are going">
      <p>{own.checkedIn ? "You are checked in." : "See you there."}</p>
    </Notice>
  );
}

/** How many guests, in words for a choice: "Just me", "1 guest", "2 guests". */
const guestChoice = (count: number) =>
  count === 0 ? "Just me" : `${count} ${count === 1 ? "guest" : "guests"}`;

/** What a changed RSVP did, said back in the member's words. */
function changeWords(
  before: { guests: number; listed: boolean },
  after: { guests: number; listed: boolean },
  seatPassedOn: boolean,
): string {
  const words: string[] = [];
  if (after.guests !== before.guests)
    words.push(after.guests === 0 ? "It is just you now." : `You now bring ${guestChoice(after.guests)}.`);
  if (after.listed !== before.listed)
    words.push(after.listed ? "You are on the guest list." : "You are off the guest list.");
  if (seatPassedOn) words.push("The seats you freed went to the next in line.");
  return words.join(" ");
}

function RsvpPanel({ meetup }: { meetup: Meetup }) {
  const { signedIn } = useSession();
  const [guests, setGuests] = useState(0);
  const [listed, setListed] = useState(false);
  const rsvp = useCommand(RsvpMutation, { words: plainRefusal });
  const changeRsvp = useCommand(ChangeRsvpMutation, { words: plainRefusal });
  const cancelRsvp = useCommand(CancelRsvpMutation, { words: plainRefusal });
  const idempotencyKey = useRef(crypto.randomUUID());
  const busy = rsvp.fetching || changeRsvp.fetching || cancelRsvp.fetching;
  const own = meetup.viewerRsvp;
  const holding = own?.status === "CONFIRMED" || own?.status === "WAITLISTED";
  const member = meetup.community.viewerRole !== null && meetup.community.viewerRole !== "PENDING";
  const full = meetup.spotsLeft !== null && meetup.spotsLeft < guests + 1;
  // A cancellation is asked for twice, then said back: a slip of the thumb must not give a seat away unseen.
  const [confirming, setConfirming] = useState(false);
  const [cancelled, setCancelled] = useState<{ seatPassedOn: boolean } | null>(null);
  const [changed, setChanged] = useState<string | null>(null);

  /** One panel, one message: the other commands' last news is no longer the news. */
  const clearNews = () => {
    rsvp.clear();
    changeRsvp.clear();
    cancelRsvp.clear();
    setCancelled(null);
    setChanged(null);
  };

  const act = async (action: "rsvp" | "cancel") => {
    clearNews();
    if (action === "rsvp")
      await rsvp.run({ meetupId: meetup.id, guests, listed, idempotencyKey: idempotencyKey.current });
    else {
      const waitingBefore = meetup.waitlistLength;
      const wasConfirmed = own?.status === "CONFIRMED";
      const after = await cancelRsvp.run({ meetupId: meetup.id });
      setConfirming(false);
      // The API names no one promoted; a shorter waitlist after a confirmed seat is given up is how it says so.
      if (after) setCancelled({ seatPassedOn: wasConfirmed && after.waitlistLength < waitingBefore });
    }
    idempotencyKey.current = crypto.randomUUID();
  };

  const change = async (wanted: { guests: number; listed: boolean }) => {
    if (!own) return;
    clearNews();
    const before = { guests: own.guests, listed: own.listed };
    const waitingBefore = meetup.waitlistLength;
    const after = await changeRsvp.run({
      meetupId: meetup.id,
      ...(wanted.guests === before.guests ? {} : { guests: wanted.guests }),
      ...(wanted.listed === before.listed ? {} : { listed: wanted.listed }),
      idempotencyKey: idempotencyKey.current,
    });
    idempotencyKey.current = crypto.randomUUID();
    const rsvpAfter = after?.viewerRsvp;
    if (rsvpAfter)
      setChanged(
        changeWords(
          before,
          rsvpAfter,
          own.status === "CONFIRMED" && wanted.guests < before.guests && after.waitlistLength < waitingBefore,
        ),
      );
  };

  return (
    <section className="card rsvp-panel" aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">Your place</h2>
      <p className="rsvp-panel__seats">
        {seatsOf(meetup)}
        {meetup.waitlistLength > 0 && ` · ${meetup.waitlistLength} waiting`}
      </p>
      {changed && (
        <Notice tone="success" title="Your RSVP is updated">
          <p>{changed}</p>
        </Notice>
      )}
      {own?.status === "CONFIRMED" && (
        <Notice tone="success" title="You are going">
          <p>
            {own.guests > 0 ? `With ${own.guests} ${own.guests === 1 ? "guest" : "guests"}. ` : ""}
            {own.checkedIn ? "You are checked in." : "See you there."}
          </p>
        </Notice>
      )}
      {own?.status === "WAITLISTED" && (
        <Notice tone="warning" title={`You are number ${own.waitlistPosition ?? "?"} on the waitlist`}>
          <p>
            If a place frees up, it is yours at once
            {meetup.online ? ", and the join link appears here." : ", and this page says you are going."}
          </p>
        </Notice>
      )}
      {cancelled && !holding && (
        <Notice tone="info" title="Your RSVP is cancelled">
          <p>
            {cancelled.seatPassedOn
              ? "Your seat went to the next in line."
              : "You can RSVP again while RSVPs are open."}
          </p>
        </Notice>
      )}
      {!signedIn ? (
        <Link to={`/signin?next=${encodeURIComponent(meetupPath(meetup))}`} className="button">
          Sign in to RSVP
        </Link>
      ) : holding && own && confirming ? (
        <div className="form">
          <p>
            {own.status === "WAITLISTED"
              ? "Leave the waitlist? Your place in the queue goes to whoever is behind you."
              : "Cancel your RSVP? Your seat goes to the next in line, and you would queue again for it."}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => act("cancel")}
            >
              {own.status === "WAITLISTED" ? "Yes, leave the waitlist" : "Yes, cancel my RSVP"}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : holding && own ? (
        <>
          <RsvpChange
            // A new RSVP from the API starts the form again from what it holds.
            key={`${own.guests}-${own.listed}`}
            meetup={meetup}
            own={own}
            busy={busy}
            onChange={change}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              clearNews();
              setConfirming(true);
            }}
          >
            {own.status === "WAITLISTED" ? "Leave the waitlist" : "Cancel my RSVP"}
          </button>
        </>
      ) : !member ? (
        <p>
          Only members RSVP.{" "}
          <Link to={`/communities/${meetup.community.slug}`}>Join {meetup.community.name}</Link> first.
        </p>
      ) : (
        <div className="form">
          {meetup.guestLimit > 0 && (
            <div className="field">
              <label className="field__label" htmlFor="rsvp-guests">
                Guests
              </label>
              <p className="field__hint" id="rsvp-guests-hint">
                Up to {meetup.guestLimit}. Each guest takes a seat.
              </p>
              <select
                id="rsvp-guests"
                className="input"
                aria-describedby="rsvp-guests-hint"
                value={guests}
                onChange={(event) => setGuests(Number(event.target.value))}
              >
                {Array.from({ length: meetup.guestLimit + 1 }, (_, index) => index).map((count) => (
                  <option key={count} value={count}>
                    {guestChoice(count)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ListedChoice meetup={meetup} id="rsvp-listed" checked={listed} onChange={setListed} />
          <button type="button" className="button" disabled={busy} onClick={() => act("rsvp")}>
            {full && meetup.waitlistEnabled ? "Join the waitlist" : "RSVP"}
          </button>
        </div>
      )}
      <CommandFailure title="That did not work" commands={[rsvp, changeRsvp, cancelRsvp]} />
    </section>
  );
}

/** "Show me on the guest list", with who would see it. */
function ListedChoice({
  meetup,
  id,
  checked,
  onChange,
}: {
  meetup: Meetup;
  id: string;
  checked: boolean;
  onChange: (listed: boolean) => void;
}) {
  return (
    <div className="field">
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          aria-describedby={`${id}-hint`}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />
        Show me on the guest list
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        Members of {meetup.community.name} see your name under Who's going; everyone else sees only how many
        are going.
      </p>
    </div>
  );
}

/**
 * The member's RSVP, changed in place: more or fewer guests, and the guest list. For a confirmed member a
 * choice of more guests than the seats left is offered greyed out, as the API would refuse it.
 */
function RsvpChange({
  meetup,
  own,
  busy,
  onChange,
}: {
  meetup: Meetup;
  own: NonNullable<Meetup["viewerRsvp"]>;
  busy: boolean;
  onChange: (wanted: { guests: number; listed: boolean }) => void;
}) {
  const [guests, setGuests] = useState(own.guests);
  const [listed, setListed] = useState(own.listed);
  const mostGuests = Math.max(meetup.guestLimit, own.guests);
  const fits = (count: number) =>
    own.status !== "CONFIRMED" || meetup.spotsLeft === null || count - own.guests <= meetup.spotsLeft;
  const unchanged = guests === own.guests && listed === own.listed;
  return (
    <form
      className="form rsvp-change"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ guests, listed });
      }}
    >
      <fieldset className="field-group">
        <legend>Change your RSVP</legend>
        {mostGuests > 0 && (
          <div className="field">
            <label className="field__label" htmlFor="rsvp-change-guests">
              Guests
            </label>
            <p className="field__hint" id="rsvp-change-guests-hint">
              Up to {meetup.guestLimit}
              {own.guests < meetup.guestLimit && !fits(own.guests + 1)
                ? ", but no seat is left for another guest now"
                : ""}
              . Fewer guests free their seats for the next in line.
            </p>
            <select
              id="rsvp-change-guests"
              className="input"
              aria-describedby="rsvp-change-guests-hint"
              value={guests}
              onChange={(event) => setGuests(Number(event.target.value))}
            >
              {Array.from({ length: mostGuests + 1 }, (_, index) => index).map((count) => (
                <option key={count} value={count} disabled={!fits(count)}>
                  {fits(count) ? guestChoice(count) : `${guestChoice(count)} (not enough seats)`}
                </option>
              ))}
            </select>
          </div>
        )}
        <ListedChoice meetup={meetup} id="rsvp-change-listed" checked={listed} onChange={setListed} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy || unchanged}>
            Update my RSVP
          </button>
        </div>
      </fieldset>
    </form>
  );
}
