import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { useSession } from "../auth/session";
import { Markdown } from "../components/markdown";
import { Notice } from "../components/notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork, RefetchOnRefusal } from "../graphql/command";
import { meetupPath } from "../meetup/meetup-address";
import { formatInZone } from "../meetup/time-zones";
import { type CallPageCall, CallPageQuery } from "../talk/call-documents";
import { CallWindow, phaseOf } from "../talk/call-window";
import { ProposalForm } from "../talk/proposal-form";
import { formatWords } from "../talk/proposal-words";
import { callPath, talksArchivePath } from "../talk/talk-address";
import { NotFoundPage } from "./not-found-page";

export function CallPage() {
  const callId = useParams().callId ?? "";
  const slug = (useParams().slug ?? "").toLowerCase();
  const [result, reexecute] = useQuery({ query: CallPageQuery, variables: { id: callId } });
  return (
    <QueryState
      result={result}
      // A call is found by its id alone; one of another community is not at this address.
      of={(data) => (data.call?.community.slug === slug ? data.call : null)}
      loading="Loading the call for proposals…"
      failed="This call for proposals could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title="Call for proposals">{state}</Page>}
      empty={
        <NotFoundPage>
          There is no call for proposals at this address. It may be a draft its organisers have not published
          yet, or the address may be mistyped.
        </NotFoundPage>
      }
    >
      {(call) => (
        <RefetchOnRefusal refetch={fromNetwork(reexecute)}>
          <CallDetails call={call} />
        </RefetchOnRefusal>
      )}
    </QueryState>
  );
}

function CallDetails({ call }: { call: CallPageCall }) {
  return (
    <Page
      title={call.title}
      eyebrow={`${call.community.name} · call for proposals`}
      lead={<CallWindow call={call} />}
    >
      <div className="two-columns">
        <div className="stack">
          <section className="card" aria-labelledby="call-about-heading">
            <h2 id="call-about-heading">What we look for</h2>
            {call.description.trim() ? (
              <Markdown html={call.descriptionHtml} />
            ) : (
              <p className="muted">The organisers wrote no description.</p>
            )}
            <dl className="details-list details-list--stacked">
              <dt>Formats</dt>
              <dd>
                <ul className="plain-list">
                  {call.formats.map((format) => (
                    <li key={format.id}>{formatWords(format)}</li>
                  ))}
                </ul>
              </dd>
              {call.meetup && (
                <>
                  <dt>For the meetup</dt>
                  <dd>
                    <Link to={meetupPath(call.meetup)}>{call.meetup.title}</Link>
                    <br />
                    <time dateTime={call.meetup.startsAt}>
                      {formatInZone(call.meetup.startsAt, call.meetup.timeZone)}
                    </time>
                  </dd>
                </>
              )}
            </dl>
            <p>
              <Link to={`/communities/${call.community.slug}`}>More from {call.community.name}</Link>
              {" · "}
              <Link to={talksArchivePath(call.community.slug)}>Its talks</Link>
            </p>
          </section>
        </div>
        <div className="stack">
          <Proposing call={call} />
        </div>
      </div>
    </Page>
  );
}

/** The way to propose a talk: the form for a member while the call is not over, else why there is none. */
function Proposing({ call }: { call: CallPageCall }) {
  const { signedIn } = useSession();
  const phase = phaseOf(call);
  if (phase === "closed") {
    return (
      <Notice tone="info" title="This call is closed">
        <p>It takes no more proposals.</p>
      </Notice>
    );
  }
  if (!signedIn) {
    return (
      <section className="card" aria-labelledby="propose-heading">
        <h2 id="propose-heading">Propose a talk</h2>
        <p>Members of {call.community.name} propose talks here.</p>
        <Link
          to={`/signin?next=${encodeURIComponent(callPath(call.community.slug, call))}`}
          className="button"
        >
          Sign in to propose a talk
        </Link>
      </section>
    );
  }
  if (!call.community.viewerRole || call.community.viewerRole === "PENDING") {
    return (
      <section className="card" aria-labelledby="propose-heading">
        <h2 id="propose-heading">Propose a talk</h2>
        <p>
          {call.community.viewerRole === "PENDING"
            ? `The organisers of ${call.community.name} have not approved your membership yet: once they do, you can propose a talk here.`
            : `Only members of ${call.community.name} propose talks.`}
        </p>
        {!call.community.viewerRole && (
          <Link to={`/communities/${call.community.slug}`} className="button">
            Join {call.community.name}
          </Link>
        )}
      </section>
    );
  }
  return <ProposalForm call={call} />;
}
