import { Link, useLocation } from "react-router";
import { useQuery } from "urql";
import { accountErasedNotice, useSession } from "../auth/session";
import { CommunitiesQuery } from "../community/community-documents";
import { Notice } from "../components/notice";
import { useDocumentTitle } from "../components/page";
import { QueryState } from "../components/query-state";
import { TagList } from "../components/tag-list";
import { fromNetwork } from "../graphql/command";
import { UpcomingMeetupsQuery } from "../meetup/meetup-documents";
import { MeetupList } from "../meetup/meetup-list";
import { useCurrentMember } from "../member/current-member";

/** Notices other pages leave for the home page after sending someone here. */
const notices: Record<string, { title: string; text: string }> = {
  "signed-out": { title: "You are signed out", text: "See you at the next meetup." },
  erased: {
    title: "Your account has been erased",
    text: "Your profile and personal details are gone for good. Thank you for being part of the community.",
  },
  [accountErasedNotice]: {
    title: "This account was erased",
    text: "You have been signed out. Its profile and personal details are gone for good.",
  },
};

export function HomePage() {
  useDocumentTitle("Meetups, talks and learning paths");
  const { signedIn } = useSession();
  const { me } = useCurrentMember();
  const location = useLocation();
  const noticeName = (location.state as { notice?: string } | null)?.notice ?? "";
  const notice = notices[noticeName];
  // Right after an erasure, "sign in or join" would read as an invitation to make a new, empty account.
  const erasedNotice = noticeName === "erased" || noticeName === accountErasedNotice;

  return (
    <>
      {notice && (
        <Notice tone="success" title={notice.title}>
          {notice.text}
        </Notice>
      )}
      <section className="hero" aria-labelledby="page-heading">
        <h1 id="page-heading" tabIndex={-1}>
          {me ? `Welcome back, ${me.member.displayName}` : "Learn together, one meetup at a time"}
        </h1>
        <p>
          Meetstream is where learning communities run their meetups, share the talks given there and curate
          learning paths for their members.
        </p>
        <div className="button-row">
          {signedIn ? (
            <Link to="/me" className="button button--on-brand">
              Go to your profile
            </Link>
          ) : (
            !erasedNotice && (
              <Link to="/signin" className="button button--on-brand">
                Sign in or join
              </Link>
            )
          )}
          <Link to="/meetups" className="button button--outline-on-brand">
            Find a meetup
          </Link>
        </div>
      </section>

      <UpcomingMeetups />
      <Communities />
    </>
  );
}

const shown = 6;

function UpcomingMeetups() {
  const [result, reexecute] = useQuery({
    query: UpcomingMeetupsQuery,
    variables: { first: shown, after: null },
  });
  return (
    <section className="home-section" aria-labelledby="upcoming-heading">
      <div className="section-heading">
        <h2 id="upcoming-heading">Coming up</h2>
        <Link to="/meetups">Every upcoming meetup</Link>
      </div>
      <QueryState
        result={result}
        of={(data) => data.upcomingMeetups.edges.map((edge) => edge.node)}
        loading="Loading meetups…"
        failed="The meetups could not be loaded"
        onRetry={fromNetwork(reexecute)}
        empty={<p className="muted">No meetup is coming up yet. Communities schedule theirs here.</p>}
      >
        {(meetups) => (
          <MeetupList
            meetups={meetups}
            communityOf={(meetupId) => meetups.find((meetup) => meetup.id === meetupId)?.community}
          />
        )}
      </QueryState>
    </section>
  );
}

function Communities() {
  const [result, reexecute] = useQuery({ query: CommunitiesQuery, variables: {} });
  return (
    <section className="home-section" aria-labelledby="communities-heading">
      <div className="section-heading">
        <h2 id="communities-heading">Communities</h2>
        <Link to="/communities">Every community</Link>
      </div>
      <QueryState
        result={result}
        of={(data) => data.communities.edges.map((edge) => edge.node).slice(0, shown)}
        loading="Loading communities…"
        failed="Communities could not be loaded"
        onRetry={fromNetwork(reexecute)}
        empty={<p className="muted">Nobody has founded a community yet.</p>}
      >
        {(communities) => (
          <ul className="card-grid plain-list">
            {communities.map((community) => (
              <li key={community.id} className="card feature-card">
                <h3>
                  <Link to={`/communities/${community.slug}`}>{community.name}</Link>
                </h3>
                <p>
                  {community.memberCount} {community.memberCount === 1 ? "member" : "members"}
                </p>
                <TagList tags={community.tags} label={`Tags of ${community.name}`} />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
