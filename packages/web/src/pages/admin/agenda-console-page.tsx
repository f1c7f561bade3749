import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { AgendaBuilder } from "../../agenda/agenda-builder";
import { type AgendaBuilderMeetup, AgendaBuilderQuery } from "../../agenda/agenda-documents";
import { ErrorState } from "../../components/error-state";
import { Notice } from "../../components/notice";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { RefetchOnRefusal } from "../../graphql/command";
import { meetupConsolePath, meetupPath } from "../../meetup/meetup-address";
import { MeetupWhen } from "../../meetup/meetup-when";
import { NotAnOrganiserState } from "./organisers-only-page";

/**
 * A meetup's agenda in the console: the organisers' draft, built and released as numbered versions. The
 * agenda is the programme its organisers curate, so its hosts, who run the door, do not see the draft.
 */
export function AgendaConsolePage() {
  const id = useParams().id ?? "";
  const [result, reexecute] = useQuery({
    query: AgendaBuilderQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  return (
    <QueryState
      result={result}
      of={(data) => data.meetup}
      loading="Loading the agenda…"
      failed="The agenda could not be loaded"
      onRetry={refresh}
      frame={(state) => (
        <Page title="Agenda" eyebrow="Console">
          {state}
        </Page>
      )}
      empty={
        <Page title="Agenda" eyebrow="Console">
          <ErrorState title="There is no such meetup" onRetry={refresh} />
        </Page>
      }
    >
      {(meetup) => (
        <RefetchOnRefusal refetch={refresh}>
          <AgendaOfMeetup meetup={meetup} refresh={refresh} />
        </RefetchOnRefusal>
      )}
    </QueryState>
  );
}

function AgendaOfMeetup({ meetup, refresh }: { meetup: AgendaBuilderMeetup; refresh(): void }) {
  const title = `Agenda of ${meetup.title}`;
  const draft = meetup.agendaDraft;
  if (meetup.community.viewerRole !== "ORGANISER" || !draft)
    return (
      <Page title={title} eyebrow={`Console · ${meetup.community.name}`}>
        <NotAnOrganiserState communityName={meetup.community.name} />
      </Page>
    );
  const closed = meetup.phase === "PAST" || meetup.status === "CANCELLED";
  return (
    <Page
      title={title}
      eyebrow={`Console · ${meetup.community.name}`}
      lead={<MeetupWhen startsAt={meetup.startsAt} endsAt={meetup.endsAt} timeZone={meetup.timeZone} />}
      actions={
        <>
          <Link to={meetupConsolePath(meetup)} className="button button--secondary">
            Back to the meetup
          </Link>
          {meetup.status !== "DRAFT" && (
            <Link to={meetupPath(meetup)} className="button button--secondary">
              View its page
            </Link>
          )}
        </>
      }
    >
      {closed && (
        <Notice
          tone="info"
          title={meetup.status === "CANCELLED" ? "This meetup is cancelled" : "This meetup is over"}
        >
          <p>Its agenda is kept as it was: nothing on it changes any more.</p>
        </Notice>
      )}
      {meetup.status === "DRAFT" && (
        <Notice tone="info" title="The meetup is a draft">
          <p>A released agenda shows on its page once the meetup is published.</p>
        </Notice>
      )}
      <AgendaBuilder meetup={meetup} draft={draft} closed={closed} onChange={refresh} />
    </Page>
  );
}
