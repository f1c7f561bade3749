import { matchPath, Navigate, NavLink, Outlet, useLocation } from "react-router";
import { ErrorState } from "../../components/error-state";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { useCurrentMember } from "../../member/current-member";
import type { CurrentMember } from "../../member/member-documents";
import { isOrganiser, mayOpenConsole } from "../../member/organiser";
import { consoleSections } from "./console-sections";
import { OrganisersOnlyPage } from "./organisers-only-page";

/** Where a host who organises no community may go: their meetups and check-in, or founding a community. */
const hostPaths = [
  "/admin/meetups",
  "/admin/meetups/:id",
  "/admin/meetups/:id/door",
  "/admin/communities/new",
];

/**
 * The organiser console's frame: its section menu beside the section. Organisers get everything; hosts get
 * the meetups of the communities they host, to check people in; anyone else is told who it is for.
 */
export function ConsoleLayout() {
  const { retry, result } = useCurrentMember();
  return (
    <QueryState
      result={result}
      loading="Checking your access…"
      failed="The console could not be opened"
      onRetry={retry}
      frame={(state) => <Page title="Organiser console">{state}</Page>}
      empty={
        <Page title="Organiser console">
          <ErrorState title="The console could not be opened" onRetry={retry} />
        </Page>
      }
    >
      {(me) => <Console me={me} />}
    </QueryState>
  );
}

function Console({ me }: { me: CurrentMember }) {
  const location = useLocation();
  // Anyone may found their first community, which makes them an organiser.
  if (!mayOpenConsole(me)) {
    return location.pathname === "/admin/communities/new" ? (
      <Outlet />
    ) : (
      <OrganisersOnlyPage reviewing={me.reviewerCalls.length > 0} />
    );
  }
  if (!isOrganiser(me)) {
    if (location.pathname === "/admin" || location.pathname === "/admin/")
      return <Navigate to="/admin/meetups" replace />;
    const allowed = hostPaths.some((path) => matchPath(path, location.pathname));
    return (
      <div className="console">
        <nav className="console-navigation" aria-label="Host console">
          <ul>
            <li>
              <NavLink to="/admin/meetups" className="navigation-link">
                Meetups
              </NavLink>
            </li>
          </ul>
        </nav>
        <div>{allowed ? <Outlet /> : <OrganisersOnlyPage hosting />}</div>
      </div>
    );
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
