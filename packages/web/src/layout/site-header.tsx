import { Link, NavLink, useLocation, useNavigate } from "react-router";
import { useSession } from "../auth/session";
import { Avatar } from "../components/avatar";
import { useCurrentMember } from "../member/current-member";
import { mayOpenConsole } from "../member/organiser";
import { BrandMark } from "./brand-mark";

/** The sections of the site, each listed once it exists; each highlighted on its own page, not on those below it. */
const sections = [
  { to: "/communities", label: "Communities" },
  { to: "/meetups", label: "Meetups" },
  { to: "/paths", label: "Paths" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <BrandMark />
          Meetstream
        </Link>
        <nav className="primary-navigation" aria-label="Main">
          <ul>
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink to={section.to} className="navigation-link" end>
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu />
      </div>
    </header>
  );
}

function AccountMenu() {
  const { signedIn, signOut } = useSession();
  const { me } = useCurrentMember();
  const location = useLocation();
  const navigate = useNavigate();

  if (!signedIn) {
    // Back to this page after signing in; not from the sign-in pages themselves, which would loop.
    const stay = location.pathname !== "/" && !location.pathname.startsWith("/signin");
    const here = stay ? `?next=${encodeURIComponent(location.pathname + location.search)}` : "";
    return (
      <ul className="account-menu">
        <li>
          <Link to={`/signin${here}`} className="button button--small">
            Sign in
          </Link>
        </li>
      </ul>
    );
  }

  const name = me?.member.displayName ?? "Your profile";
  return (
    <ul className="account-menu" aria-label="Your account">
      {me && mayOpenConsole(me) && (
        <li>
          <NavLink to="/admin" className="navigation-link">
            Console
          </NavLink>
        </li>
      )}
      {/* Appointed reviewers are no organisers: this is their way to the boards of the calls they review. */}
      {me && me.reviewerCalls.length > 0 && (
        <li>
          <NavLink to="/review" className="navigation-link">
            Reviews
          </NavLink>
        </li>
      )}
      <li>
        <NavLink to="/me/meetups" className="navigation-link">
          My meetups
        </NavLink>
      </li>
      <li className="account-menu__wide-only">
        <NavLink to="/me/learning" className="navigation-link">
          My learning
        </NavLink>
      </li>
      {/* On a phone the profile's "Your talks" leads there: the row has no room for it beside the rest. */}
      <li className="account-menu__wide-only">
        <NavLink to="/me/proposals" className="navigation-link">
          My proposals
        </NavLink>
      </li>
      <li>
        <NavLink to="/me" className="account-link" end>
          <Avatar name={me?.member.displayName ?? ""} url={me?.member.avatarUrl} />
          <span className="account-link__name">{name}</span>
          <span className="visually-hidden"> (your profile)</span>
        </NavLink>
      </li>
      <li>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={async () => {
            await signOut();
            navigate("/", { state: { notice: "signed-out" } });
          }}
        >
          Sign out
        </button>
      </li>
    </ul>
  );
}
