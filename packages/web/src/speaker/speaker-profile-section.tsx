import { Link } from "react-router";
import { useQuery } from "urql";
import { MySpeakerProfileQuery } from "./speaker-documents";

/** The member's own page says whether they have a public speaker page, and links to it only if so. */
export function SpeakerProfileSection() {
  const [result] = useQuery({ query: MySpeakerProfileQuery, requestPolicy: "cache-and-network" });
  const member = result.data?.me?.member;
  const headline = member?.speakerProfile?.headline;
  const published = Boolean(headline && member?.handle);
  return (
    <section className="card stack" aria-labelledby="speaker-heading">
      <h2 id="speaker-heading">Speaker profile</h2>
      {published ? (
        <p>{headline}</p>
      ) : (
        <p className="muted">
          {member?.speakerProfile
            ? "Only you see your speaker profile until it has a headline and you have a handle."
            : "A headline, a bio and links for the programmes of the meetups you speak at, in every community."}
        </p>
      )}
      <div className="button-row">
        <Link to="/me/speaker" className="button button--secondary">
          {member?.speakerProfile ? "Edit speaker profile" : "Write a speaker profile"}
        </Link>
        {published && member?.handle && (
          <Link to={`/speakers/${member.handle}`} className="button button--quiet">
            View speaker page
          </Link>
        )}
      </div>
    </section>
  );
}
