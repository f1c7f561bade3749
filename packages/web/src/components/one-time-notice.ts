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
  return useOneTimeState(noticeIn<Name>).notice;
}

/**
 * The same for a notice of any shape, read from the location state by `read` (a function of the module,
 * not made anew each render). `arrival` names the navigation that brought it: a banner keyed on it is
 * laid anew for each notice that arrives, also when the page stays (a notice that takes the focus takes
 * it again), and not when the state is cleared.
 */
export function useOneTimeState<Notice>(read: (state: unknown) => Notice | null | undefined): {
  notice: Notice | undefined;
  arrival: string;
} {
  const location = useLocation();
  const navigate = useNavigate();
  const [held, setHeld] = useState(() => ({
    notice: read(location.state) ?? undefined,
    arrival: location.key,
  }));
  useEffect(() => {
    const arrived = read(location.state);
    if (arrived === null || arrived === undefined) return;
    setHeld((current) =>
      current.arrival === location.key ? current : { notice: arrived, arrival: location.key },
    );
    navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, state: null },
    );
  }, [location, navigate, read]);
  return held;
}
