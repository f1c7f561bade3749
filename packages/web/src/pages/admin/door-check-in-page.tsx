import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/empty-state";
import { ErrorState } from "../../components/error-state";
import { LoadingState } from "../../components/loading-state";
import { Notice } from "../../components/notice";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { useCommand } from "../../graphql/command";
import { type AttendeeList, useAttendeeList } from "../../meetup/attendee-list";
import { CheckInGuestsMutation, UndoCheckInMutation } from "../../meetup/door-documents";
import { DoorParty, type PartyAtTheDoor, partyOf } from "../../meetup/door-party";
import { meetupConsolePath, meetupPath } from "../../meetup/meetup-address";
import { type Attendee, CheckInMutation, type Meetup, MeetupQuery } from "../../meetup/meetup-documents";
import { formatInZone } from "../../meetup/time-zones";
import "../../styles/door.css";

/** Two phones at one door agree within this long. */
const pollMilliseconds = 4_000;
/** How long the "Undo" of the last action stays at hand. */
const undoMilliseconds = 10_000;
const hour = 60 * 60 * 1000;
const week = 7 * 24 * hour;

/** The door's refusals, about another member: the API's own words for the rest. */
const doorWords: Record<string, string> = {
  CHECK_IN_CLOSED: "Check-in for this meetup is closed.",
  NO_RSVP: "This member no longer holds an RSVP.",
  NOT_CONFIRMED: "This member no longer holds a confirmed place.",
  GUESTS_BEYOND_PARTY: "That is more guests than this member RSVPed with.",
  NOT_AN_ORGANISER: "Only the meetup's organisers and hosts check people in.",
};
const words = (rejection: { code?: unknown; message: string }) =>
  (typeof rejection.code === "string" && doorWords[rejection.code]) || rejection.message;

/**
 * The door on a phone: search first, a count of who is in at the top, one row per party with a target a
 * thumb hits, guests counted apart, and an undo for each row and, for a moment, for the last action. It
 * reads the meetup again every few seconds, so two phones at one door show the same.
 */
export function DoorCheckInPage() {
  const id = useParams().id ?? "";
  const [result, reexecute] = useQuery({
    query: MeetupQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const list = useAttendeeList(id);
  const latest = useRef({ reexecute, refresh: list.refresh });
  latest.current = { reexecute, refresh: list.refresh };
  const refresh = () => {
    latest.current.reexecute({ requestPolicy: "network-only" });
    latest.current.refresh();
  };
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "hidden") return;
      latest.current.reexecute({ requestPolicy: "network-only" });
      latest.current.refresh();
    }, pollMilliseconds);
    return () => clearInterval(timer);
  }, []);
  // The door searches every confirmed party, so every page of the list is read.
  useEffect(() => {
    if (list.hasMore && !list.loadingMore && !list.error) list.loadMore();
  });
  return (
    <QueryState
      result={result}
      of={(data) => data.meetup}
      loading="Loading the door…"
      failed="The door could not be opened"
      onRetry={refresh}
      frame={(state) => <Page title="Door check-in">{state}</Page>}
      empty={
        <Page title="Door check-in">
          <ErrorState title="There is no such meetup" onRetry={refresh} />
        </Page>
      }
    >
      {(meetup) => <Door meetup={meetup} list={list} refresh={refresh} />}
    </QueryState>
  );
}

interface LastAction {
  memberId: string;
  said: string;
  before: PartyAtTheDoor;
  attendee: Attendee;
}

const comparable = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

const nameOf = (attendee: Attendee) => attendee.member?.displayName ?? "A former member";

function Door({ meetup, list, refresh }: { meetup: Meetup; list: AttendeeList; refresh(): void }) {
  const [search, setSearch] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [last, setLast] = useState<LastAction | null>(null);
  const checkIn = useCommand(CheckInMutation, { words });
  const checkInGuests = useCommand(CheckInGuestsMutation, { words });
  const undoCheckIn = useCommand(UndoCheckInMutation, { words });
  useEffect(() => {
    if (!last) return;
    const timer = setTimeout(() => setLast(null), undoMilliseconds);
    return () => clearTimeout(timer);
  }, [last]);

  const access = meetup.viewerCheckIn;
  if (access === null || access === undefined)
    return (
      <Page title="Door check-in" eyebrow={meetup.title}>
        <EmptyState
          icon="lock"
          title="Only its organisers and hosts run the door"
          action={
            <Link to={meetupPath(meetup)} className="button button--secondary">
              View its page
            </Link>
          }
        >
          You do not organise or host {meetup.community.name}.
        </EmptyState>
      </Page>
    );

  const mayAct = access === "OPEN" || access === "CORRECTIONS";
  /** Sets a party as it should be; true when the API took it. */
  const setParty = async (attendee: Attendee, party: PartyAtTheDoor): Promise<boolean> => {
    const member = attendee.member;
    if (!member) return false;
    const variables = { meetupId: meetup.id, memberId: member.id, idempotencyKey: crypto.randomUUID() };
    setBusy(member.id);
    try {
      const answer = !party.checkedIn
        ? await undoCheckIn.run(variables)
        : attendee.guests === 0
          ? await checkIn.run(variables)
          : await checkInGuests.run({ ...variables, guests: party.guestsCheckedIn });
      return answer !== null;
    } finally {
      setBusy(null);
      refresh();
    }
  };
  const act = async (attendee: Attendee, party: PartyAtTheDoor) => {
    const before = partyOf(attendee);
    setLast(null);
    if (!(await setParty(attendee, party)) || !attendee.member) return;
    const name = nameOf(attendee);
    const said = !party.checkedIn
      ? `Took back the check-in of ${name}`
      : attendee.guests === 0
        ? `Checked in ${name}`
        : `Checked in ${name} with ${party.guestsCheckedIn} of ${attendee.guests} guests`;
    setLast({ memberId: attendee.member.id, said, before, attendee });
  };
  const undoLast = async () => {
    if (!last) return;
    setLast(null);
    await setParty(last.attendee, last.before);
  };

  const wanted = comparable(search.trim());
  const parties = list.attendees
    .filter((attendee) => attendee.status === "CONFIRMED")
    .sort((one, other) => nameOf(one).localeCompare(nameOf(other)));
  const shown = parties.filter((attendee) => wanted === "" || comparable(nameOf(attendee)).includes(wanted));
  const rejection =
    checkIn.rejection ?? checkInGuests.rejection ?? undoCheckIn.rejection ?? checkIn.error?.message;

  return (
    <Page title="Door check-in" eyebrow={meetup.title}>
      <div className="door">
        <div className="door__top">
          <p className="door-count" aria-live="polite">
            <strong>
              {meetup.checkedInSeats} of {meetup.confirmedSeats} in
            </strong>
            <span className="door-count__note"> · people, guests included</span>
          </p>
          <label className="visually-hidden" htmlFor="door-search">
            Find a name
          </label>
          <input
            id="door-search"
            className="input door__search"
            type="search"
            placeholder="Find a name"
            autoComplete="off"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <DoorStanding meetup={meetup} access={access} />
        {rejection && (
          <Notice tone="error" title="That did not go through">
            <p>{rejection}</p>
          </Notice>
        )}
        {list.loading ? (
          <LoadingState label="Loading the attendees…" />
        ) : list.error && parties.length === 0 ? (
          <ErrorState title="The attendees could not be loaded" error={list.error} onRetry={list.refresh} />
        ) : parties.length === 0 ? (
          <p className="muted">Nobody holds a confirmed place.</p>
        ) : shown.length === 0 ? (
          <p className="muted">Nobody matches “{search.trim()}”.</p>
        ) : (
          <ul className="door__parties" aria-label="Parties">
            {shown.map((attendee) => (
              <DoorParty
                key={attendee.member?.id ?? nameOf(attendee)}
                attendee={attendee}
                name={nameOf(attendee)}
                mayAct={mayAct && attendee.member !== null}
                busy={busy !== null && busy === attendee.member?.id}
                onChange={(party) => act(attendee, party)}
              />
            ))}
          </ul>
        )}
        {list.hasMore && <LoadingState label="Loading more attendees…" />}
        <p>
          <Link to={meetupConsolePath(meetup)} className="button button--secondary">
            Back to the console
          </Link>
        </p>
      </div>
      {last && (
        <div className="door-undo" role="status">
          <span>{last.said}.</span>
          <button type="button" className="button button--secondary" onClick={undoLast}>
            Undo
          </button>
        </div>
      )}
    </Page>
  );
}

/** What the door can do now, said only when it is not simply open. */
function DoorStanding({ meetup, access }: { meetup: Meetup; access: NonNullable<Meetup["viewerCheckIn"]> }) {
  const at = (instant: number) => formatInZone(new Date(instant).toISOString(), meetup.timeZone);
  if (meetup.status === "CANCELLED") return <Notice tone="warning" title="This meetup is cancelled" />;
  switch (access) {
    case "OPEN":
      return null;
    case "CORRECTIONS":
      return (
        <Notice tone="info" title="This meetup is over">
          <p>You may still correct check-ins until {at(Date.parse(meetup.endsAt) + week)}.</p>
        </Notice>
      );
    case "NOT_YET":
      return (
        <Notice tone="info" title="The door is not open yet">
          <p>Check-in opens an hour before the start, on {at(Date.parse(meetup.startsAt) - hour)}.</p>
        </Notice>
      );
    case "CLOSED":
      return (
        <Notice tone="info" title="Check-in has closed">
          <p>
            {meetup.checkedInSeats === 1 ? "1 person came." : `${meetup.checkedInSeats} people came.`}
            {meetup.community.viewerRole === "HOST" &&
              Date.now() < Date.parse(meetup.endsAt) + week &&
              " Its organisers may still correct check-ins for a week after the end."}
          </p>
        </Notice>
      );
  }
}
