import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { Markdown } from "../components/markdown";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { TagList } from "../components/tag-list";
import { fromNetwork } from "../graphql/command";
import { meetupPath } from "../meetup/meetup-address";
import { MeetupWhen } from "../meetup/meetup-when";
import { TalkPaths } from "../path/talk-paths";
import { TalkPageQuery, type TalkPageTalk } from "../talk/proposal-documents";
import { formatWords, levelWords } from "../talk/proposal-words";
import { SpeakerNames } from "../talk/speaker-names";
import { talksArchivePath } from "../talk/talk-address";
import { TalkRecording } from "../talk/talk-recording";
import { fileSizeWords } from "../upload/file-size";
import { NotFoundPage } from "./not-found-page";

export function TalkPage() {
  const id = useParams().id ?? "";
  const [result, reexecute] = useQuery({ query: TalkPageQuery, variables: { id } });
  return (
    <QueryState
      result={result}
      of={(data) => data.talk}
      loading="Loading the talk…"
      failed="This talk could not be loaded"
      onRetry={fromNetwork(reexecute)}
      frame={(state) => <Page title="Talk">{state}</Page>}
      empty={
        <NotFoundPage>
          There is no talk at this address. A talk shows here once its speakers confirm it, or the address may
          be mistyped.
        </NotFoundPage>
      }
    >
      {(talk) => <TalkDetails talk={talk} />}
    </QueryState>
  );
}

function TalkDetails({ talk }: { talk: TalkPageTalk }) {
  // Its slot on a released agenda says where and when it is given; else the meetup its call was for.
  const meetup = talk.slot?.meetup ?? talk.call?.meetup;
  return (
    <Page
      title={talk.title}
      eyebrow={`${talk.community.name} · talk`}
      lead={`${talk.format ? formatWords(talk.format) : "A talk"} · ${levelWords[talk.level]}`}
    >
      <div className="two-columns">
        <div className="stack">
          <section className="card talk-card" aria-labelledby="talk-abstract-heading">
            <h2 id="talk-abstract-heading">Abstract</h2>
            <Markdown html={talk.abstractHtml} />
            <TagList tags={talk.tags} />
            {talk.slides && (
              <p className="talk-slides">
                <a href={talk.slides.url} type="application/pdf">
                  Slides (PDF, {fileSizeWords(talk.slides.bytes)})
                </a>
              </p>
            )}
            <p>
              <Link to={talksArchivePath(talk.community.slug)}>More talks at {talk.community.name}</Link>
            </p>
          </section>
          {talk.recording && <TalkRecording recording={talk.recording} title={talk.title} />}
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="talk-speakers-heading">
            <h2 id="talk-speakers-heading">
              {talk.speakers && talk.speakers.length > 1 ? "Speakers" : "Speaker"}
            </h2>
            <SpeakerNames speakers={talk.speakers ?? []} />
          </section>
          <TalkPaths talkId={talk.publicId} />
          {meetup && (
            <section className="card talk-card" aria-labelledby="talk-meetup-heading">
              <h2 id="talk-meetup-heading">At the meetup</h2>
              <p>
                <Link to={meetupPath(meetup)}>{meetup.title}</Link>
              </p>
              <MeetupWhen startsAt={meetup.startsAt} endsAt={meetup.endsAt} timeZone={meetup.timeZone} />
              {talk.slot && (
                <>
                  <h3>On the agenda</h3>
                  <MeetupWhen
                    startsAt={talk.slot.startsAt}
                    endsAt={talk.slot.endsAt}
                    timeZone={meetup.timeZone}
                  />
                </>
              )}
            </section>
          )}
        </div>
      </div>
    </Page>
  );
}
