import { NavLink, Outlet, useLocation } from "react-router";
import { ErrorState } from "../../components/error-state";
import { LoadingState } from "../../components/loading-state";
import { Page } from "../../components/page";
import { useCurrentMember } from "../../member/current-member";
import { isOrganiser } from "../../member/organiser";
import { consoleSections } from "./console-sections";
import { OrganisersOnlyPage } from "./organisers-only-page";

/** The organiser console's frame: its section menu beside the section. Only organisers get past it. */
export function ConsoleLayout() {
  const { me, loading, error, retry } = useCurrentMember();
  const location = useLocation();
  if (loading) {
    return (
      <Page title="Organiser console">
        <LoadingState label="Checking your access…" />
      </Page>
    );
  }
  if (error || !me) {
    return (
      <Page title="Organiser console">
        <ErrorState title="The console could not be opened" error={error} onRetry={retry} />
      </Page>
    );
  }
  // Anyone may found their first community, which makes them an organiser.
  if (!isOrganiser(me)) {
    return location.pathname === "/admin/communities/new" ? <Outlet /> : <OrganisersOnlyPage />;
  }
  return (
    <div className="console">
      <nav className="console-navigation" aria-label="Organiser console">
        <ul>
          <li>
            <NavLink to="/admin" end className="navigation-link">
              Overview
            </NavLink>
          </li>
          {consoleSections.map((section) => (
            <li key={section.path}>
              <NavLink to={`/admin/${section.path}`} className="navigation-link">
                {section.title}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div>
        <Outlet />
      </div>
    </div>
  );
}
