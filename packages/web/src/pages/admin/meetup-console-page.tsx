import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { type Client, type OperationResult, useClient, useQuery } from "urql";
import { agendaBuilderPath } from "../../agenda/agenda-address";
import { CommandFailure } from "../../components/command-failure";
import { EmptyState } from "../../components/empty-state";
import { ErrorState } from "../../components/error-state";
import { LoadingState } from "../../components/loading-state";
import { MemberName } from "../../components/member-list";
import { Notice } from "../../components/notice";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { useCommand } from "../../graphql/command";
import type { ResultOf } from "../../graphql/graphql";
import { AttendanceChart } from "../../meetup/attendance-chart";
import { attendeesCsv } from "../../meetup/attendee-csv";
import { type AttendeeList, useAttendeeList } from "../../meetup/attendee-list";
import { HistoryList } from "../../meetup/history-list";
import { meetupConsolePath, meetupDoorPath, meetupPath } from "../../meetup/meetup-address";
import {
  type Attendee,
  CancelMeetupMutation,
  CheckInMutation,
  MeetupAsOfQuery,
  MeetupAttendeesQuery,
  type Meetup as MeetupConsole,
  MeetupQuery,
  type MeetupRecord,
  MeetupRecordQuery,
  PublishMeetupMutation,
} from "../../meetup/meetup-documents";
import { seatsOf } from "../../meetup/meetup-list";
import { MeetupWhen } from "../../meetup/meetup-when";
import { formatInZone, localPartsOf, zonedToUtc } from "../../meetup/time-zones";
import { WaitlistSection } from "../../meetup/waitlist-section";

/**
 * One meetup in the console. Its organisers publish, edit, cancel, check people in, export, and see its
 * chart and history; its hosts check people in, export and see the chart, and nothing else.
 */
export function MeetupConsolePage() {
  const id = useParams().id ?? "";
  const location = useLocation();
  const saved = (location.state as { notice?: string } | null)?.notice === "meetup-saved";
  const policy = { variables: { id }, requestPolicy: "cache-and-network" } as const;
  const [result, reexecute] = useQuery({ query: MeetupQuery, ...policy });
  const attendeeList = useAttendeeList(id);
  const [recordResult, reexecuteRecord] = useQuery({ query: MeetupRecordQuery, ...policy });
  const refresh = () => {
    reexecute({ requestPolicy: "network-only" });
    attendeeList.refresh();
    reexecuteRecord({ requestPolicy: "network-only" });
  };
  return (
    <QueryState
      result={result}
      of={(data) => data.meetup}
      loading="Loading the meetup…"
      failed="The meetup could not be loaded"
      onRetry={refresh}
      frame={(state) => (
        <Page title="Meetup" eyebrow="Console">
          {state}
        </Page>
      )}
      empty={
        <Page title="Meetup" eyebrow="Console">
          <ErrorState title="There is no such meetup" onRetry={refresh} />
        </Page>
      }
    >
      {(meetup) => (
        <MeetupInConsole
          meetup={meetup}
          record={recordResult.data?.meetup ?? undefined}
          attendeeList={attendeeList}
          saved={saved}
          refresh={refresh}
        />
      )}
    </QueryState>
  );
}

function MeetupInConsole({
  meetup,
  record,
  attendeeList,
  saved,
  refresh,
}: {
  meetup: MeetupConsole;
  record: MeetupRecord | undefined;
  attendeeList: AttendeeList;
  saved: boolean;
  refresh(): void;
}) {
  const organises = meetup.community.viewerRole === "ORGANISER";
  const [asOf, setAsOf] = useState<string | null>(null);
  if (!organises && meetup.community.viewerRole !== "HOST") {
    return (
      <Page title={meetup.title} eyebrow={`Console · ${meetup.community.name}`}>
        <EmptyState
          icon="lock"
          title="Only its organisers and hosts run this meetup"
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
  }
  return (
    <Page
      title={meetup.title}
      eyebrow={`Console · ${meetup.community.name}`}
      lead={<MeetupWhen startsAt={meetup.startsAt} endsAt={meetup.endsAt} timeZone={meetup.timeZone} />}
      actions={
        organises ? (
          <MeetupActions meetup={meetup} onChange={refresh} />
        ) : (
          <Link to={meetupPath(meetup)} className="button button--secondary">
            View its page
          </Link>
        )
      }
    >
      {saved && <Notice tone="success" title="The meetup is saved" />}
      {meetup.phase === "PAST" && (
        <Notice tone="info" title="This meetup is over">
          <p>
            {meetup.viewerCheckIn === "CORRECTIONS"
              ? "Its organisers may still correct check-ins for a week after its end."
              : "Its attendance is final."}
          </p>
        </Notice>
      )}
      {meetup.status === "CANCELLED" && (
        <Notice tone="warning" title="This meetup is cancelled">
          {meetup.cancellationMessage && <p>{meetup.cancellationMessage}</p>}
        </Notice>
      )}
      {(meetup.viewerCheckIn === "OPEN" || meetup.viewerCheckIn === "CORRECTIONS") && (
        <p>
          <Link to={meetupDoorPath(meetup)} className="button">
            {meetup.viewerCheckIn === "OPEN" ? "Open the door check-in" : "Correct check-ins"}
          </Link>
        </p>
      )}
      <div className="stack">
        <dl className="details-list card">
          <dt>Status</dt>
          <dd>{statusWords[meetup.status]}</dd>
          <dt>Places</dt>
          <dd>
            {meetup.confirmedSeats} taken ·{" "}
            {/* A promotion an organiser confirmed past the capacity: "Full" would hide by how much. */}
            {meetup.capacity !== null && meetup.confirmedSeats > meetup.capacity
              ? `${meetup.confirmedSeats - meetup.capacity} over the capacity of ${meetup.capacity}`
              : seatsOf(meetup)}
          </dd>
          <dt>Waitlist</dt>
          <dd>{meetup.waitlistEnabled ? `${meetup.waitlistLength} waiting` : "Off"}</dd>
        </dl>
        <Attendees meetup={meetup} list={attendeeList} onChange={refresh} />
        {record && (meetup.waitlistEnabled || (record.waitlist ?? []).length > 0) && (
          <WaitlistSection
            meetup={meetup}
            waitlist={record.waitlist ?? []}
            organises={organises}
            onChange={refresh}
          />
        )}
        <section className="card" aria-labelledby="chart-heading">
          <h2 id="chart-heading">Attendance over time</h2>
          <AttendanceChart
            timeline={record?.timeline ?? []}
            title={`RSVPs over time for ${meetup.title}`}
            timeZone={meetup.timeZone}
          />
        </section>
        {organises && <AsOf meetup={meetup} instant={asOf} onPick={setAsOf} />}
        {organises && record && <History record={record} onPick={setAsOf} />}
        {organises && meetup.status !== "CANCELLED" && meetup.phase !== "PAST" && (
          <CancelMeetup meetup={meetup} onChange={refresh} />
        )}
      </div>
    </Page>
  );
}

const statusWords = { DRAFT: "Draft", PUBLISHED: "Published", CANCELLED: "Cancelled" } as const;

function MeetupActions({ meetup, onChange }: { meetup: MeetupConsole; onChange(): void }) {
  const publish = useCommand(PublishMeetupMutation, { refresh: onChange });
  return (
    <>
      {meetup.status === "DRAFT" && (
        <button
          type="button"
          className="button"
          disabled={publish.fetching}
          onClick={() => publish.run({ meetupId: meetup.id })}
        >
          Publish
        </button>
      )}
      {/* A past meetup is a record: its times and details stay as they were. */}
      {meetup.status !== "CANCELLED" && meetup.phase !== "PAST" && (
        <Link to={`${meetupConsolePath(meetup)}/edit`} className="button button--secondary">
          Edit or reschedule
        </Link>
      )}
      <Link to={agendaBuilderPath(meetup)} className="button button--secondary">
        Agenda
      </Link>
      <Link to={meetupPath(meetup)} className="button button--secondary">
        View its page
      </Link>
      <CommandFailure title="The meetup was not published" commands={[publish]} />
    </>
  );
}

const statusNames = {
  CONFIRMED: "Confirmed",
  WAITLISTED: "Waitlisted",
  CANCELLED: "Cancelled",
  REMOVED: "Removed",
} as const;

function Attendees({
  meetup,
  list,
  onChange,
}: {
  meetup: MeetupConsole;
  list: AttendeeList;
  onChange(): void;
}) {
  const { hasMore } = list;
  // The waitlisted have a section of their own, in line: listed here too, they would be listed twice.
  const attendees = list.attendees.filter((attendee) => attendee.status !== "WAITLISTED");
  const [search, setSearch] = useState("");
  const client = useClient();
  const [exportError, setExportError] = useState<string | null>(null);
  const wanted = search.trim().toLowerCase();
  const shown = attendees.filter(
    (attendee) =>
      wanted === "" ||
      attendee.member?.displayName.toLowerCase().includes(wanted) ||
      attendee.member?.handle?.includes(wanted),
  );
  const download = async () => {
    setExportError(null);
    const everyone = await allAttendees(client, meetup.id).catch((error: Error) => {
      setExportError(error.message);
      return null;
    });
    if (!everyone) return;
    const blob = new Blob([attendeesCsv(everyone)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${meetup.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-attendees.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section className="card" aria-labelledby="attendees-heading">
      <div className="section-heading">
        <h2 id="attendees-heading">Attendees</h2>
        <button type="button" className="button button--secondary button--small" onClick={download}>
          Export CSV
        </button>
      </div>
      {exportError && <ErrorState title="The export failed" error={exportError} />}
      {/* The meetup's own counts, as the chart's: people with their guests, the whole list and not a page. */}
      <p className="muted">
        {meetup.checkedInSeats} of {meetup.confirmedSeats} confirmed checked in, guests included.
      </p>
      {meetup.phase === "UPCOMING" && !meetup.checkInOpen && (
        <p className="muted">Check-in opens an hour before the start.</p>
      )}
      <div className="field">
        <label className="field__label" htmlFor="attendee-search">
          Find an attendee
        </label>
        <input
          id="attendee-search"
          className="input"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {list.loading ? (
        <LoadingState label="Loading the attendees…" />
      ) : list.error && list.attendees.length === 0 ? (
        <ErrorState title="The attendees could not be loaded" error={list.error} onRetry={list.refresh} />
      ) : list.attendees.length === 0 ? (
        <p className="muted">No RSVPs yet.</p>
      ) : attendees.length === 0 ? (
        <p className="muted">Nobody holds a seat yet{hasMore ? " among the first listed" : ""}.</p>
      ) : shown.length === 0 ? (
        <p className="muted">
          Nobody {hasMore ? `among the first ${attendees.length} ` : ""}matches “{search}”.
        </p>
      ) : (
        <ul className="row-list" aria-label="Attendees">
          {shown.map((attendee) => (
            <AttendeeRow
              key={attendee.member?.id ?? `${attendee.status}-${attendee.waitlistPosition}`}
              meetupId={meetup.id}
              checkInOpen={meetup.checkInOpen}
              attendee={attendee}
              onChange={onChange}
            />
          ))}
        </ul>
      )}
      {list.error && attendees.length > 0 && (
        <ErrorState
          title="The next attendees could not be loaded"
          error={list.error}
          onRetry={list.refresh}
        />
      )}
      {hasMore && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={list.loadingMore}
            aria-busy={list.loadingMore}
            onClick={list.loadMore}
          >
            Load more
          </button>
        </p>
      )}
    </section>
  );
}

/** Every attendee, page by page: the export holds the whole list, not just the page on screen. */
async function allAttendees(client: Client, meetupId: string): Promise<Attendee[]> {
  const everyone: Attendee[] = [];
  let after: string | null = null;
  for (;;) {
    const result: OperationResult<ResultOf<typeof MeetupAttendeesQuery>> = await client
      .query(MeetupAttendeesQuery, { id: meetupId, after }, { requestPolicy: "network-only" })
      .toPromise();
    if (result.error) throw result.error;
    const page = result.data?.meetup?.attendees;
    if (!page) return everyone;
    everyone.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return everyone;
    after = page.pageInfo.endCursor;
  }
}

function AttendeeRow({
  meetupId,
  checkInOpen,
  attendee,
  onChange,
}: {
  meetupId: string;
  /** Outside the door's window the API refuses check-ins: the button shows only inside it. */
  checkInOpen: boolean;
  attendee: Attendee;
  onChange(): void;
}) {
  const checkIn = useCommand(CheckInMutation, { refresh: onChange });
  const member = attendee.member;
  return (
    <li className="row-list__row attendee-row">
      <span className="attendee-row__who">
        <MemberName member={member} />
        <span className="muted">
          {statusNames[attendee.status]}
          {attendee.guests > 0 && ` · +${attendee.guests}`}
        </span>
      </span>
      {attendee.checkedIn ? (
        <span className="badge badge--brand attendee-row__done">Checked in</span>
      ) : (
        checkInOpen &&
        attendee.status === "CONFIRMED" &&
        member && (
          <button
            type="button"
            className="button check-in-button"
            disabled={checkIn.fetching}
            onClick={() =>
              checkIn.run({ meetupId, memberId: member.id, idempotencyKey: crypto.randomUUID() })
            }
          >
            Check in<span className="visually-hidden"> {member.displayName}</span>
          </button>
        )
      )}
      {(checkIn.rejection || checkIn.error) && (
        <span className="field__error" role="alert">
          {checkIn.rejection ?? checkIn.error?.message}
        </span>
      )}
    </li>
  );
}

function History({ record, onPick }: { record: MeetupRecord; onPick(instant: string): void }) {
  const history = [...(record.history ?? [])].reverse();
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {history.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <HistoryList
          entries={history}
          label="Changes, newest first"
          extra={(entry) => (
            <>
              {" · "}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => onPick(entry.occurredAt)}
              >
                As it stood then
              </button>
            </>
          )}
        />
      )}
    </section>
  );
}

/**
 * The meetup at a past moment, read in its own time zone: what an organiser asks when they wonder what
 * attendees saw before a change.
 */
function AsOf({
  meetup,
  instant,
  onPick,
}: {
  meetup: MeetupConsole;
  instant: string | null;
  onPick(instant: string | null): void;
}) {
  const shown = localPartsOf(instant ?? new Date().toISOString(), meetup.timeZone);
  const [date, setDate] = useState(shown.date);
  const [time, setTime] = useState(shown.time);
  const [picked, setPicked] = useState(instant);
  if (picked !== instant) {
    // A moment picked from the history moves the inputs to it.
    setPicked(instant);
    setDate(shown.date);
    setTime(shown.time);
  }
  const [result] = useQuery({
    query: MeetupAsOfQuery,
    variables: { id: meetup.id, instant: instant ?? "" },
    pause: instant === null,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (date && time) onPick(zonedToUtc(date, time, meetup.timeZone));
  };
  const then = result.data?.meetup?.asOf;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    // A moment picked from the history further down is shown where the organiser can see it.
    if (instant !== null) section.current?.scrollIntoView({ block: "nearest" });
  }, [instant]);
  return (
    <section className="card" aria-labelledby="as-of-heading" ref={section}>
      <h2 id="as-of-heading">The meetup as it stood</h2>
      <form className="form as-of-form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor="as-of-date">
            Date
          </label>
          <input
            id="as-of-date"
            className="input"
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="as-of-time">
            Time ({meetup.timeZone})
          </label>
          <input
            id="as-of-time"
            className="input"
            type="time"
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            Show it then
          </button>
          {instant !== null && (
            <button type="button" className="button button--secondary" onClick={() => onPick(null)}>
              Close
            </button>
          )}
        </div>
      </form>
      {instant === null ? null : result.fetching ? (
        <LoadingState label="Loading the meetup as it stood…" />
      ) : result.error ? (
        <ErrorState title="The meetup as it stood could not be loaded" error={result.error.message} />
      ) : !then ? (
        <p className="muted" role="status">
          It was not scheduled yet at {formatInZone(instant, meetup.timeZone)}.
        </p>
      ) : (
        <dl className="details-list" aria-label={`As of ${formatInZone(instant, meetup.timeZone)}`}>
          <dt>As of</dt>
          <dd>{formatInZone(instant, meetup.timeZone)}</dd>
          <dt>Title</dt>
          <dd>{then.title}</dd>
          <dt>Status</dt>
          <dd>{statusWords[then.status]}</dd>
          <dt>When</dt>
          <dd>
            <MeetupWhen startsAt={then.startsAt} endsAt={then.endsAt} timeZone={then.timeZone} />
          </dd>
          <dt>Places</dt>
          <dd>
            {then.confirmedSeats} taken · {then.capacity === null ? "no limit" : `capacity ${then.capacity}`}
          </dd>
          <dt>Waitlist</dt>
          <dd>{then.waitlistLength} waiting</dd>
          {then.venue && (
            <>
              <dt>Venue</dt>
              <dd>
                {then.venue.name}, {then.venue.address}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function CancelMeetup({ meetup, onChange }: { meetup: MeetupConsole; onChange(): void }) {
  const [message, setMessage] = useState("");
  const [blank, setBlank] = useState(false);
  const cancel = useCommand(CancelMeetupMutation, { refresh: onChange });
  const rejection = blank ? "Tell attendees why, in a sentence or two." : cancel.rejection;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const why = message.trim();
    setBlank(why === "");
    if (why !== "") void cancel.run({ meetupId: meetup.id, message: why });
  };
  return (
    <section className="card danger-zone" aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">Cancel the meetup</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="cancel-message">
            Message to attendees
          </label>
          <textarea
            id="cancel-message"
            className="input"
            rows={3}
            value={message}
            aria-invalid={rejection ? true : undefined}
            aria-describedby={rejection ? "cancel-message-error" : undefined}
            onChange={(event) => setMessage(event.target.value)}
          />
          {rejection && (
            <p className="field__error" id="cancel-message-error">
              {rejection}
            </p>
          )}
        </div>
        {cancel.error && <ErrorState title="The meetup was not cancelled" error={cancel.error} />}
        <div>
          <button type="submit" className="button button--danger" disabled={cancel.fetching}>
            Cancel the meetup for good
          </button>
        </div>
      </form>
    </section>
  );
}
