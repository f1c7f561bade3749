import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";

export function CommunitiesPage() {
  return (
    <Page title="Communities" lead="Groups that meet, talk and learn together.">
      <EmptyState icon="communities" title="Communities land soon">
        This is where you will find communities to join and follow. None are listed yet: the first ones are on
        their way.
      </EmptyState>
    </Page>
  );
}
