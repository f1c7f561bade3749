import { EmptyState } from "../components/empty-state";
import { Page } from "../components/page";

export function MeetupsPage() {
  return (
    <Page title="Meetups" lead="Upcoming and past gatherings across every community.">
      <EmptyState icon="meetups" title="Meetups land soon">
        Once communities schedule meetups, you will RSVP here, join waitlists and add them to your calendar.
      </EmptyState>
    </Page>
  );
}
