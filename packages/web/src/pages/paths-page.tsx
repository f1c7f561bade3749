import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";

export function PathsPage() {
  return (
    <Page title="Learning paths" lead="Goals broken into checkpoints, curated by members.">
      <EmptyState icon="paths" title="Learning paths land soon">
        Curators will publish paths here: a goal, ordered checkpoints and the talks and resources that get you
        there. You will be able to follow one and tick off your progress.
      </EmptyState>
    </Page>
  );
}
