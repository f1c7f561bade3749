import type { ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import { accountErasedNotice, useSession } from "./session";

/** Pages for signed-in members: anyone else is sent to sign in (an erased member home, to a notice), and brought back here afterwards. */
export function RequireSignIn({ children }: { children?: ReactNode }) {
  const { signedIn, erased } = useSession();
  const location = useLocation();
  // Asking an erased member to sign in would invite them to make a new, empty account: say what happened.
  if (erased) return <Navigate to="/" replace state={{ notice: accountErasedNotice }} />;
  if (!signedIn) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return children ?? <Outlet />;
}
