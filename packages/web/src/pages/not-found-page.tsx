import type { ReactNode } from "react";
import { Link } from "react-router";
import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";

/** Any address that leads nowhere, whether no route or no record answers it; `children` may say why. */
export function NotFoundPage({ children }: { children?: ReactNode }) {
  return (
    <Page title="Page not found">
      <EmptyState
        icon="compass"
        title="Nothing lives at this address"
        action={
          <Link to="/" className="button">
            Go to the home page
          </Link>
        }
      >
        {children ??
          "The link may be mistyped, or the page may have moved. The home page has everything Meetstream offers."}
      </EmptyState>
    </Page>
  );
}
