import { localClockTimeOf, localTimeOf, zoneNameAt } from "@meetstream/core/clock/local-time";
import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { fromNetwork } from "../graphql/command";
import { viewerTimeZone } from "../meetup/time-zones";
import { speakerLine } from "../talk/speaker-names";
import { talkPath } from "../talk/talk-address";
import { type ReleasedAgenda as Agenda, AgendaChangesQuery, MeetupAgendaQuery } from "./agenda-documents";
import { changeWords, slotRange } from "./agenda-words";
import "../styles/agenda.css";

interface MeetupTimes {
  id: string;
  startsAt: string;
  timeZone: string;
}

/**
 * The meetup's released agenda on its page: the latest version, each slot at its times in the meetup's
 * zone (and in the viewer's, when that reads otherwise), and what changed since an earlier version.
 * Nothing at all until a version is released: a draft is the organisers' alone.
 */
export function ReleasedAgenda({ meetup }: { meetup: MeetupTimes }) {
  const [result, reexecute] = useQuery({ query: MeetupAgendaQuery, variables: { id: meetup.id } });
  if (result.error && !result.data)
    return (
      <section className="card agenda" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <ErrorState
          title="The agenda could not be loaded"
          error={result.error}
          onRetry={fromNetwork(reexecute)}
        />
      </section>
    );
  const agenda = result.data?.meetup?.agenda;
  if (!agenda) return null;
  return <AgendaVersion meetup={meetup} agenda={agenda} />;
}

function AgendaVersion({ meetup, agenda }: { meetup: MeetupTimes; agenda: Agenda }) {
  const zone = meetup.timeZone;
  const viewerZone = viewerTimeZone();
  // Another zone that reads the same (Berlin for an Amsterdam meetup) needs no second time, as MeetupWhen says.
  const differs = localClockTimeOf(meetup.startsAt, zone) !== localClockTimeOf(meetup.startsAt, viewerZone);
  return (
    <section className="card agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <p className="muted agenda__version">
        Version {agenda.number}, released {localTimeOf(agenda.releasedAt, zone)}. Times in {zone} (
        {zoneNameAt(meetup.startsAt, zone)}){differs && `; yours in ${viewerZone} beside them`}.
      </p>
      {agenda.note.trim() && (
        <blockquote className="agenda__note">
          <p>{agenda.note}</p>
        </blockquote>
      )}
      <ol className="agenda-slots" aria-label={`Agenda, version ${agenda.number}`}>
        {agenda.slots.map((slot) => (
          <li key={slot.id} className="agenda-slot">
            <span className="agenda-slot__time">
              <time dateTime={slot.startsAt}>
                {slotRange(slot.startsAt, slot.endsAt, zone, meetup.startsAt)}
              </time>
              {differs && (
                <span className="agenda-slot__viewer">
                  Your time{" "}
                  <span className="agenda-slot__range">
                    {slotRange(slot.startsAt, slot.endsAt, viewerZone, meetup.startsAt)}
                  </span>
                </span>
              )}
            </span>
            <span className="agenda-slot__what">
              {slot.talk ? (
                <>
                  <Link to={talkPath(slot.talk)}>{slot.title}</Link>
                  {slot.talk.speakers && slot.talk.speakers.length > 0 && (
                    <span className="muted"> by {speakerLine(slot.talk.speakers)}</span>
                  )}
                </>
              ) : (
                slot.title
              )}
            </span>
          </li>
        ))}
      </ol>
      {agenda.number > 1 && <ChangesSince meetup={meetup} agenda={agenda} />}
    </section>
  );
}

/**
 * "Changed since version N": the version before this one unless the visitor picks an earlier one. With only
 * one earlier version there is nothing to pick, so it is said in words rather than offered as a choice of one.
 */
function ChangesSince({ meetup, agenda }: { meetup: MeetupTimes; agenda: Agenda }) {
  const [since, setSince] = useState(agenda.number - 1);
  const [result] = useQuery({ query: AgendaChangesQuery, variables: { id: meetup.id, since } });
  const changes = result.data?.meetup?.agenda?.changesSince;
  const earlier = Array.from({ length: agenda.number - 1 }, (_, index) => agenda.number - 1 - index);
  return (
    <div className="agenda-changes">
      {earlier.length === 1 ? (
        <p className="field__label">Changed since version {since}</p>
      ) : (
        <div className="field agenda-changes__pick">
          <label className="field__label" htmlFor="agenda-since">
            Changed since version
          </label>
          <select
            id="agenda-since"
            className="input"
            value={since}
            onChange={(event) => setSince(Number(event.target.value))}
          >
            {earlier.map((number) => (
              <option key={number} value={number}>
                {number}
              </option>
            ))}
          </select>
        </div>
      )}
      {result.fetching && !changes ? (
        <LoadingState label="Loading what changed…" />
      ) : result.error ? (
        <ErrorState title="What changed could not be loaded" error={result.error} />
      ) : !changes || changes.changes.length === 0 ? (
        <p className="muted">No slot changed since version {since}.</p>
      ) : (
        <ul className="agenda-changes__list" aria-label={`Changed since version ${changes.since}`}>
          {changes.changes.map((change) => (
            <li key={`${change.kind}-${change.slotId}`}>
              {changeWords(change, meetup.timeZone, meetup.startsAt)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
