import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";

const noticeIn = <Name extends string>(state: unknown): Name | undefined =>
  (state as { notice?: Name } | null)?.notice;

/**
 * The notice a page left in the router's location state for the page it sent someone to ("Your proposal
 * is submitted"), shown once. The browser keeps that state with the history entry, so a reload, or the
 * entry opened again, would bring the notice back above a page that has moved on since; it is cleared
 * as soon as it is read, and stays on screen until the page is left.
 */
export function useOneTimeNotice<Name extends string>(): Name | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState(() => noticeIn<Name>(location.state));
  useEffect(() => {
    const arrived = noticeIn<Name>(location.state);
    if (!arrived) return;
    setNotice(arrived);
    navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, state: null },
    );
  }, [location, navigate]);
  return notice;
}
