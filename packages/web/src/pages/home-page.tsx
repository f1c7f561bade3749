import { Link, useLocation } from "react-router";
import { accountErasedNotice, useSession } from "../auth/session";
import { Icon, type IconName } from "../components/icon";
import { Notice } from "../components/notice";
import { useDocumentTitle } from "../components/page";
import { useCurrentMember } from "../member/current-member";

const features: { icon: IconName; title: string; text: string; to: string }[] = [
  {
    icon: "communities",
    title: "Communities",
    text: "Find the groups near you and online, and follow what they are up to.",
    to: "/communities",
  },
  {
    icon: "meetups",
    title: "Meetups",
    text: "RSVP in a click, bring a guest, and hear from us when a seat frees up.",
    to: "/meetups",
  },
  {
    icon: "paths",
    title: "Learning paths",
    text: "Follow a goal one checkpoint at a time, with talks and resources picked by members.",
    to: "/paths",
  },
];

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
          <Link to="/communities" className="button button--outline-on-brand">
            Browse communities
          </Link>
        </div>
      </section>

      <section aria-labelledby="explore-heading">
        <h2 id="explore-heading">Explore</h2>
        <div className="card-grid">
          {features.map((feature) => (
            <article key={feature.to} className="card feature-card">
              <span className="feature-card__icon">
                <Icon name={feature.icon} size={22} />
              </span>
              <h3>
                <Link to={feature.to}>{feature.title}</Link>
              </h3>
              <p>{feature.text}</p>
            </article>
          ))}
        </div>
      </section>
    </>
  );
}
