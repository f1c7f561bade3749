import { Link } from "react-router";
import { Icon } from "../components/icon";
import { meetupPath } from "../meetup/meetup-address";
import { formatInZone, viewerTimeZone } from "../meetup/time-zones";
import { recordingHostWords } from "../talk/recording-words";
import { speakerLine } from "../talk/speaker-names";
import { talkPath } from "../talk/talk-address";
import { fileSizeWords } from "../upload/file-size";
import { LocalInstant } from "./local-instant";
import type { CheckpointView } from "./path-documents";

type Resource = CheckpointView["resource"];

/** A checkpoint's resource as a small card: a page elsewhere, a talk given here, or a meetup to attend. */
export function CheckpointResource({ resource }: { resource: Resource }) {
  switch (resource.__typename) {
    case "LinkResource":
      return (
        <div className="resource-card resource-card--link">
          <span className="resource-card__kind">
            <Icon name="link" size={16} /> Read
          </span>
          <a href={resource.url} rel="noopener noreferrer nofollow ugc" target="_blank">
            {resource.title}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <span className="resource-card__detail muted">{hostOf(resource.url)}</span>
        </div>
      );
    case "TalkResource": {
      const { talk } = resource;
      if (!talk)
        return (
          <div className="resource-card resource-card--talk">
            <span className="resource-card__kind">
              <Icon name="talks" size={16} /> Watch
            </span>
            <span className="muted">This talk is no longer public.</span>
          </div>
        );
      const speakers = speakerLine(talk.speakers ?? []);
      return (
        <div className="resource-card resource-card--talk">
          <span className="resource-card__kind">
            <Icon name="talks" size={16} /> Talk
          </span>
          <Link to={talkPath(talk)}>{talk.title}</Link>
          {speakers && <span className="resource-card__detail muted">By {speakers}</span>}
          {(talk.slides || talk.recording) && (
            <span className="resource-card__links">
              {talk.slides && (
                <a href={talk.slides.url} type="application/pdf">
                  Slides (PDF, {fileSizeWords(talk.slides.bytes)})
                </a>
              )}
              {talk.recording && (
                <a href={talk.recording.url} rel="noopener noreferrer" target="_blank">
                  Recording on {recordingHostWords(talk.recording)}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              )}
            </span>
          )}
        </div>
      );
    }
    case "MeetupResource": {
      const { meetup } = resource;
      if (!meetup)
        return (
          <div className="resource-card resource-card--meetup">
            <span className="resource-card__kind">
              <Icon name="meetups" size={16} /> Attend
            </span>
            <span className="muted">This meetup is not visible to you.</span>
          </div>
        );
      return (
        <div className="resource-card resource-card--meetup">
          <span className="resource-card__kind">
            <Icon name="meetups" size={16} /> Meetup
          </span>
          <Link to={meetupPath(meetup)}>{meetup.title}</Link>
          <span className="resource-card__detail">
            {/* The viewer's own time and zone: when to be there, wherever they read it from. */}
            <LocalInstant instant={meetup.startsAt} words={formatInZone(meetup.startsAt, viewerTimeZone())} />
            <span className={`badge badge--${phaseOf(meetup).toLowerCase()}`}>{phaseWords(meetup)}</span>
          </span>
          <span className="resource-card__detail muted">
            {meetup.phase === "PAST"
              ? "Whoever was checked in at its door has this ticked off."
              : "Checking in at the door ticks this off."}
          </span>
        </div>
      );
    }
  }
}

type Meetup = NonNullable<Extract<Resource, { __typename: "MeetupResource" }>["meetup"]>;

const phaseOf = (meetup: Meetup) => (meetup.status === "CANCELLED" ? "CANCELLED" : meetup.phase);

function phaseWords(meetup: Meetup): string {
  switch (phaseOf(meetup)) {
    case "CANCELLED":
      return "Cancelled";
    case "PAST":
      return "Past";
    case "RUNNING":
      return "Happening now";
    default:
      return "Upcoming";
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
