import { Link } from "react-router";
import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";

export function NotFoundPage() {
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
        The link may be mistyped, or the page may have moved. The home page has everything Meetstream offers.
      </EmptyState>
    </Page>
  );
}
