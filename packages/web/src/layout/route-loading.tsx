import { type ReactNode, Suspense } from "react";
import { LoadingState } from "../components/loading-state";

/**
 * Shows the pages below it, or a loading state while a page's code is still on its way. The state holds
 * the page's room, so the footer does not jump up and back. Navigating from a page already shown keeps
 * that page until the next one is ready: the router navigates in a transition, and React keeps a shown
 * page rather than falling back.
 */
export function RouteLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="route-loading">
          <LoadingState label="Loading the page…" />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
