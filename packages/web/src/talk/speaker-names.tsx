import { Link } from "react-router";
import type { MemberSummary } from "../community/community-documents";
import { Avatar } from "../components/avatar";
import { speakerPath } from "./talk-address";

/** A talk's speakers, each linking to their speaker page once they have a handle. */
export function SpeakerNames({ speakers }: { speakers: readonly MemberSummary[] }) {
  if (speakers.length === 0) return <p className="muted">Its speakers left Meetstream.</p>;
  return (
    <ul className="member-list" aria-label="Speakers">
      {speakers.map((speaker) => (
        <li key={speaker.id}>
          <span className="member-name">
            <Avatar name={speaker.displayName} url={speaker.avatarUrl} />
            {speaker.handle ? (
              <Link to={speakerPath(speaker.handle)}>{speaker.displayName}</Link>
            ) : (
              speaker.displayName
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "Ann de Vries and Bob Smit": speakers' names in a line, as a list of talks shows them. */
export function speakerLine(speakers: readonly { displayName: string }[]): string {
  const names = speakers.map((speaker) => speaker.displayName);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
