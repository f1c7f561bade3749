import { type FormEvent, useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useClient, useQuery } from "urql";
import { CommandFailure } from "../../components/command-failure";
import { EmptyState } from "../../components/empty-state";
import { ErrorState } from "../../components/error-state";
import { FormField } from "../../components/form-field";
import { Markdown } from "../../components/markdown";
import { MemberName } from "../../components/member-list";
import { Notice } from "../../components/notice";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { useCommand } from "../../graphql/command";
import { formatInZone, viewerTimeZone } from "../../meetup/time-zones";
import { callConsolePath, reviewBoardPath } from "../../talk/call-address";
import { CallForm } from "../../talk/call-form";
import {
  AppointReviewerMutation,
  CloseCallMutation,
  CommunityCallsQuery,
  type ConsoleCall,
  ConsoleCallQuery,
  OpenCallMutation,
  PublishCallMutation,
  RemoveReviewerMutation,
  ReviewerCandidateQuery,
} from "../../talk/console-call-documents";
import { callStateWords } from "./console-talks-page";
import { NotAnOrganiserState } from "./organisers-only-page";

/** One call for proposals in the console: its details, its window, its reviewers, and its board. */
export function CallConsolePage() {
  const id = useParams().id ?? "";
  const location = useLocation();
  const saved = (location.state as { notice?: string } | null)?.notice === "call-saved";
  const [result, reexecute] = useQuery({
    query: ConsoleCallQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  return (
    <QueryState
      result={result}
      of={(data) => data.call}
      loading="Loading the call…"
      failed="The call could not be loaded"
      onRetry={refresh}
      frame={(state) => (
        <Page title="Call for proposals" eyebrow="Console">
          {state}
        </Page>
      )}
      empty={
        <Page title="Call for proposals" eyebrow="Console">
          <EmptyState icon="lock" title="There is no such call">
            It may be a draft of a community you do not organise.
          </EmptyState>
        </Page>
      }
    >
      {(call) =>
        call.viewerIsOrganiser ? (
          <CallInConsole call={call} saved={saved} refresh={refresh} />
        ) : (
          <Page title={call.title} eyebrow={`Console · ${call.community.name}`}>
            <NotAnOrganiserState communityName={call.community.name} />
          </Page>
        )
      }
    </QueryState>
  );
}

function CallInConsole({ call, saved, refresh }: { call: ConsoleCall; saved: boolean; refresh(): void }) {
  const zone = viewerTimeZone();
  const publish = useCommand(PublishCallMutation, { refresh });
  const open = useCommand(OpenCallMutation, { refresh });
  const close = useCommand(CloseCallMutation, { refresh });
  const busy = publish.fetching || open.fetching || close.fetching;
  const notOpenYet = Date.parse(call.opensAt) > Date.now();
  const closed = !call.accepting && !notOpenYet;
  return (
    <Page
      title={call.title}
      eyebrow={`Console · ${call.community.name}`}
      lead={callStateWords(call)}
      actions={
        <>
          {call.status === "DRAFT" && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => publish.run({ callId: call.id })}
            >
              Publish
            </button>
          )}
          {notOpenYet && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => open.run({ callId: call.id })}
            >
              Open now
            </button>
          )}
          {call.accepting && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => close.run({ callId: call.id })}
            >
              Close now
            </button>
          )}
          <Link to={`${callConsolePath(call)}/edit`} className="button button--secondary">
            Edit
          </Link>
          {call.status === "PUBLISHED" && (
            <Link to={reviewBoardPath(call)} className="button button--secondary">
              Review board
            </Link>
          )}
        </>
      }
    >
      {saved && <Notice tone="success" title="The call is saved" />}
      <CommandFailure title="The call did not change" commands={[publish, open, close]} />
      {call.status === "DRAFT" && (
        <Notice tone="info" title="A draft">
          <p>Only organisers see it until it is published; it takes proposals from its opening on.</p>
        </Notice>
      )}
      {closed && call.status === "PUBLISHED" && (
        <Notice tone="info" title="Closed">
          <p>It takes no more proposals: its reviewers score what came in.</p>
        </Notice>
      )}
      <div className="stack">
        <dl className="details-list card">
          <dt>Opens</dt>
          <dd>{formatInZone(call.opensAt, zone)}</dd>
          <dt>Closes</dt>
          <dd>{formatInZone(call.closesAt, zone)}</dd>
          <dt>Formats</dt>
          <dd>{call.formats.map((format) => `${format.name} (${format.minutes} min)`).join(", ")}</dd>
          <dt>Criteria</dt>
          <dd>
            {call.criteria
              .map(
                (criterion) => `${criterion.name} (weight ${criterion.weight}, 1–${criterion.maximumScore})`,
              )
              .join(", ")}
          </dd>
          <dt>Review</dt>
          <dd>{call.anonymised ? "Anonymised: reviewers see no speaker" : "Reviewers see the speakers"}</dd>
          {call.meetup && (
            <>
              <dt>For</dt>
              <dd>
                <Link to={`/admin/meetups/${call.meetup.publicId}`}>{call.meetup.title}</Link>
              </dd>
            </>
          )}
        </dl>
        {call.descriptionHtml && (
          <section className="card" aria-labelledby="call-description-heading">
            <h2 id="call-description-heading">Description</h2>
            <Markdown html={call.descriptionHtml} />
          </section>
        )}
        <Reviewers call={call} refresh={refresh} />
      </div>
    </Page>
  );
}

/** The members appointed to review; organisers review without appointment. */
function Reviewers({ call, refresh }: { call: ConsoleCall; refresh(): void }) {
  const client = useClient();
  const [handle, setHandle] = useState("");
  const [unknown, setUnknown] = useState<string | null>(null);
  const appoint = useCommand(AppointReviewerMutation, {
    refresh: () => {
      setHandle("");
      refresh();
    },
  });
  const remove = useCommand(RemoveReviewerMutation, { refresh });
  const reviewers = call.reviewers ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    appoint.clear();
    const wanted = handle.trim().replace(/^@/, "").toLowerCase();
    if (wanted === "") {
      setUnknown("Enter the handle of a member of the community.");
      return;
    }
    const answer = await client
      .query(ReviewerCandidateQuery, { handle: wanted }, { requestPolicy: "network-only" })
      .toPromise();
    const member = answer.data?.member;
    if (!member || member.erased) {
      setUnknown(`No member has the handle @${wanted}.`);
      return;
    }
    setUnknown(null);
    await appoint.run({ callId: call.id, memberId: member.id, idempotencyKey: crypto.randomUUID() });
  };
  const error = unknown ?? appoint.rejection ?? undefined;
  return (
    <section className="card" aria-labelledby="reviewers-heading">
      <h2 id="reviewers-heading">Reviewers</h2>
      <p className="muted">
        The organisers of {call.community.name} review every call. Appointed members review this call's
        proposals and see nothing else of the console.
      </p>
      {reviewers.length === 0 ? (
        <p className="muted">No member is appointed yet.</p>
      ) : (
        <ul className="row-list" aria-label="Appointed reviewers">
          {reviewers.map((reviewer) => (
            <li key={reviewer.id} className="row-list__row">
              <MemberName member={reviewer} />
              <button
                type="button"
                className="button button--quiet button--small"
                disabled={remove.fetching}
                onClick={() => remove.run({ callId: call.id, memberId: reviewer.id })}
              >
                Remove<span className="visually-hidden"> {reviewer.displayName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          id="reviewer-handle"
          label="Appoint a reviewer by handle"
          hint="A member of the community, e.g. @emma."
          error={error}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              autoComplete="off"
              value={handle}
              onChange={(event) => {
                setUnknown(null);
                setHandle(event.target.value);
              }}
            />
          )}
        </FormField>
        {appoint.error && <ErrorState title="The reviewer was not appointed" error={appoint.error} />}
        <CommandFailure title="The reviewer was not removed" commands={[remove]} />
        <div>
          <button type="submit" className="button button--secondary" disabled={appoint.fetching}>
            Appoint
          </button>
        </div>
      </form>
    </section>
  );
}

/** Drafting a call for a community: the form, with the community's upcoming meetups to aim it at. */
export function NewCallPage() {
  const slug = useParams().slug ?? "";
  const [result] = useQuery({ query: CommunityCallsQuery, variables: { slug } });
  const community = result.data?.community;
  return (
    <Page title="New call for proposals" eyebrow={community ? `Console · ${community.name}` : "Console"}>
      <QueryState
        result={result}
        of={(data) => data.community}
        loading="Loading the community…"
        failed="The community could not be loaded"
        empty={<ErrorState title={`No community at /communities/${slug}`} />}
      >
        {(community) =>
          community.viewerRole === "ORGANISER" ? (
            <CallForm
              communityId={community.id}
              meetups={community.upcomingMeetups.edges.map((edge) => edge.node)}
            />
          ) : (
            <NotAnOrganiserState communityName={community.name} />
          )
        }
      </QueryState>
    </Page>
  );
}

export function EditCallPage() {
  const id = useParams().id ?? "";
  const [result] = useQuery({ query: ConsoleCallQuery, variables: { id }, requestPolicy: "network-only" });
  const call = result.data?.call;
  const [meetupsResult] = useQuery({
    query: CommunityCallsQuery,
    variables: { slug: call?.community.slug ?? "" },
    pause: !call,
  });
  const meetups = meetupsResult.data?.community?.upcomingMeetups.edges.map((edge) => edge.node) ?? [];
  return (
    <Page title={call ? `Edit ${call.title}` : "Edit the call"} eyebrow="Console">
      <QueryState
        result={result}
        of={(data) => data.call}
        loading="Loading the call…"
        failed="The call could not be loaded"
        empty={<ErrorState title="There is no such call" />}
      >
        {(call) =>
          call.viewerIsOrganiser ? (
            <CallForm
              communityId={call.community.id}
              // The target meetup stays offered even once it is past.
              meetups={
                call.meetup && !meetups.some((meetup) => meetup.id === call.meetup?.id)
                  ? [call.meetup, ...meetups]
                  : meetups
              }
              call={call}
            />
          ) : (
            <NotAnOrganiserState communityName={call.community.name} />
          )
        }
      </QueryState>
    </Page>
  );
}
