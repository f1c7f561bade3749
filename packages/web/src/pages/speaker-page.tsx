import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { Avatar } from "../components/avatar";
import { EmptyState } from "../components/empty-state";
import { Icon } from "../components/icon";
import { Markdown } from "../components/markdown";
import { Notice } from "../components/notice";
import { Page, useDocumentTitle } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork } from "../graphql/command";
import { meetupPath } from "../meetup/meetup-address";
import { useCurrentMember } from "../member/current-member";
import { type SpeakerPageProfile, SpeakerPageQuery } from "../speaker/speaker-documents";
import { talkPath } from "../talk/talk-address";

export function SpeakerPage() {
  const handle = (useParams().handle ?? "").toLowerCase();
  const [result, reexecute] = useQuery({
    query: SpeakerPageQuery,
    variables: { handle },
    requestPolicy: "cache-and-network",
  });
  return (
    <QueryState
      result={result}
      of={(data) => data.speakerProfile}
      loading="Loading the speaker…"
      failed="This speaker could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title={`@${handle}`}>{state}</Page>}
      empty={
        <Page title="Speaker not found">
          <EmptyState
            icon="talks"
            title={`No speaker goes by @${handle}`}
            action={
              <Link to="/" className="button button--secondary">
                Go to the home page
              </Link>
            }
          >
            The handle may be mistyped, or the member has no public speaker profile, or left Meetstream.
          </EmptyState>
        </Page>
      }
    >
      {(profile) => <Speaker profile={profile} />}
    </QueryState>
  );
}

function Speaker({ profile }: { profile: SpeakerPageProfile }) {
  const { member, talks } = profile;
  useDocumentTitle(`${member.displayName}, speaker`);
  const { me } = useCurrentMember();
  const location = useLocation();
  const saved = (location.state as { notice?: string } | null)?.notice === "speaker-saved";
  const own = me?.member.id === member.id;
  return (
    <div className="reading-column stack">
      {saved && <Notice tone="success" title="Your speaker profile is saved" />}
      <article className="card profile-card" aria-labelledby="page-heading">
        <span className="eyebrow">Speaker</span>
        <div className="profile-card__identity">
          {profile.photoUrl ? (
            <img
              className="speaker-photo"
              src={profile.photoUrl}
              alt={member.displayName}
              width={96}
              height={96}
              referrerPolicy="no-referrer"
            />
          ) : (
            <Avatar name={member.displayName} url={member.avatarUrl} size="large" />
          )}
          <div>
            <h1 className="profile-card__name" id="page-heading" tabIndex={-1}>
              {member.displayName}
            </h1>
            <p className="speaker-headline">{profile.headline}</p>
            {member.handle && (
              <p className="profile-card__handle">
                <Link to={`/members/${member.handle}`}>@{member.handle}</Link>
              </p>
            )}
          </div>
        </div>
        {profile.bio ? <Markdown html={profile.bioHtml} /> : null}
        {profile.links.length > 0 && (
          <ul className="link-list" aria-label={`Links of ${member.displayName}`}>
            {profile.links.map((link) => (
              <li key={`${link.label}|${link.url}`}>
                <a href={link.url} rel="noopener noreferrer nofollow ugc" target="_blank">
                  <Icon name="link" size={16} />
                  {link.label}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        )}
        {own && (
          <div className="button-row">
            <Link to="/me/speaker" className="button button--secondary">
              Edit speaker profile
            </Link>
          </div>
        )}
      </article>
      <section className="card stack" aria-labelledby="talks-heading">
        <h2 id="talks-heading">Talks</h2>
        {talks.length === 0 ? (
          <p className="muted">{member.displayName} has not given a talk on Meetstream yet.</p>
        ) : (
          <ul className="talk-list">
            {talks.map((talk) => (
              <li key={talk.proposalId}>
                <Link to={talkPath({ publicId: talk.proposalId })}>
                  <strong>{talk.title}</strong>
                </Link>
                {talk.meetup ? (
                  <>
                    {" "}
                    at <Link to={meetupPath(talk.meetup)}>{talk.meetup.title}</Link>
                  </>
                ) : null}
                {talk.community ? (
                  <>
                    {", "}
                    <Link to={`/communities/${talk.community.slug}`}>{talk.community.name}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
