import { useEffect, useRef } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { accountErasedNotice, useSession } from "../auth/session";
import { RouteLoading } from "./route-loading";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Landmarks, the skip link and focus that follows navigation: the frame every page shares. */
export function SiteLayout() {
  useFocusAfterNavigation();
  useNoticeOfErasure();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="site-main" tabIndex={-1}>
        <RouteLoading>
          <Outlet />
        </RouteLoading>
      </main>
      <SiteFooter />
    </>
  );
}

/**
 * A single-page app changes pages without the browser announcing anything; moving focus to the new
 * page's heading (or to main while it loads) tells screen reader and keyboard users where they are.
 */
function useFocusAfterNavigation() {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs on each navigation, which pathname marks
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const target = document.getElementById("page-heading") ?? document.getElementById("main");
    target?.focus({ preventScroll: true });
  }, [pathname]);
}

/**
 * When a request learns that the member was erased (on another device), the session is already gone:
 * leave whatever page this was for the home page, which says so in plain words.
 */
function useNoticeOfErasure() {
  const { erased } = useSession();
  const navigate = useNavigate();
  const noticed = useRef(false);
  useEffect(() => {
    if (erased && !noticed.current) navigate("/", { replace: true, state: { notice: accountErasedNotice } });
    noticed.current = erased;
  }, [erased, navigate]);
}
