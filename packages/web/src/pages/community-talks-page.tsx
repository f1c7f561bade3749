import { useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork } from "../graphql/command";
import type { ResultOf } from "../graphql/graphql";
import { formatInZone } from "../meetup/time-zones";
import { CommunityTalksQuery } from "../talk/proposal-documents";
import { formatWords } from "../talk/proposal-words";
import { speakerLine } from "../talk/speaker-names";
import { talkPath } from "../talk/talk-address";
import { NotFoundPage } from "./not-found-page";

/** A community's talks archive: its confirmed talks, latest first, one page of 20 after another. */
export function CommunityTalksPage() {
  const slug = (useParams().slug ?? "").toLowerCase();
  const [result, reexecute] = useQuery({ query: CommunityTalksQuery, variables: { slug } });
  return (
    <QueryState
      result={result}
      of={(data) => data.community}
      loading="Loading the talks…"
      failed="The talks could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title="Talks">{state}</Page>}
      empty={<NotFoundPage>There is no community at /communities/{slug}.</NotFoundPage>}
    >
      {(community) => (
        <Page
          title={`Talks at ${community.name}`}
          eyebrow="Talks archive"
          lead={<Link to={`/communities/${community.slug}`}>Back to {community.name}</Link>}
        >
          {community.talks.edges.length === 0 ? (
            <EmptyState icon="meetups" title="No talks yet">
              Talks show here once their speakers confirm them.
            </EmptyState>
          ) : (
            <section className="card" aria-label="Talks">
              <ul className="plain-list talk-list">
                <TalkItems talks={community.talks.edges.map((edge) => edge.node)} />
              </ul>
              <NextPages slug={slug} pageInfo={community.talks.pageInfo} />
            </section>
          )}
        </Page>
      )}
    </QueryState>
  );
}

type TalkEdges = NonNullable<ResultOf<typeof CommunityTalksQuery>["community"]>["talks"];

function TalkItems({ talks }: { talks: readonly TalkEdges["edges"][number]["node"][] }) {
  return (
    <>
      {talks.map((talk) => (
        <li key={talk.id} className="talk-list__item">
          <h2 className="meetup-card__title">
            <Link to={talkPath(talk)}>{talk.title}</Link>
          </h2>
          <p className="muted">
            {[speakerLine(talk.speakers ?? []), talk.format && formatWords(talk.format)]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {(talk.slides || talk.recording) && (
            <p className="muted">{attachmentWords(Boolean(talk.slides), Boolean(talk.recording))}</p>
          )}
          {talk.call?.meetup && (
            <p className="muted">
              At {talk.call.meetup.title},{" "}
              <time dateTime={talk.call.meetup.startsAt}>
                {formatInZone(talk.call.meetup.startsAt, talk.call.meetup.timeZone)}
              </time>
            </p>
          )}
        </li>
      ))}
    </>
  );
}

/** What a talk of the archive comes with, so a reader knows which to open for its slides or its video. */
function attachmentWords(slides: boolean, recording: boolean): string {
  if (slides && recording) return "With slides and a recording";
  return slides ? "With slides" : "With a recording";
}

/** The pages after the first, each asked for when the member asks for more. */
function NextPages({ slug, pageInfo }: { slug: string; pageInfo: TalkEdges["pageInfo"] }) {
  const [asked, setAsked] = useState(false);
  if (!pageInfo.hasNextPage || !pageInfo.endCursor) return null;
  if (!asked) {
    return (
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setAsked(true)}>
          Older talks
        </button>
      </div>
    );
  }
  return <NextPage slug={slug} after={pageInfo.endCursor} />;
}

function NextPage({ slug, after }: { slug: string; after: string }) {
  const [result, reexecute] = useQuery({ query: CommunityTalksQuery, variables: { slug, after } });
  const talks = result.data?.community?.talks;
  if (result.fetching && !talks) return <LoadingState label="Loading older talks…" />;
  if (result.error)
    return (
      <ErrorState
        title="Older talks could not be loaded"
        error={result.error}
        onRetry={fromNetwork(reexecute)}
      />
    );
  if (!talks) return null;
  return (
    <>
      <ul className="plain-list talk-list">
        <TalkItems talks={talks.edges.map((edge) => edge.node)} />
      </ul>
      <NextPages slug={slug} pageInfo={talks.pageInfo} />
    </>
  );
}
