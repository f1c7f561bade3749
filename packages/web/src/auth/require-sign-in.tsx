import type { ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "./session";

/** Pages for signed-in members: anyone else is sent to sign in, and brought back here afterwards. */
export function RequireSignIn({ children }: { children?: ReactNode }) {
  const { signedIn } = useSession();
  const location = useLocation();
  if (!signedIn) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return children ?? <Outlet />;
}
