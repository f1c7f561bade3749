import { useParams } from "react-router";
import { useQuery } from "urql";
import { CommunityQuery } from "../../community/community-documents";
import { ErrorState } from "../../components/error-state";
import { Page } from "../../components/page";
import { QueryState } from "../../components/query-state";
import { MeetupQuery } from "../../meetup/meetup-documents";
import { MeetupForm } from "../../meetup/meetup-form";
import { NotAnOrganiserState } from "./organisers-only-page";

export function ScheduleMeetupPage() {
  const slug = useParams().slug ?? "";
  const [result] = useQuery({ query: CommunityQuery, variables: { slug } });
  const community = result.data?.community;
  return (
    <Page title="Schedule a meetup" eyebrow={community ? `Console · ${community.name}` : "Console"}>
      <QueryState
        result={result}
        of={(data) => data.community}
        loading="Loading the community…"
        failed="The community could not be loaded"
        empty={<ErrorState title={`No community at /communities/${slug}`} />}
      >
        {(community) =>
          community.viewerRole === "ORGANISER" ? (
            <MeetupForm communityId={community.id} />
          ) : (
            <NotAnOrganiserState communityName={community.name} />
          )
        }
      </QueryState>
    </Page>
  );
}

export function EditMeetupPage() {
  const id = useParams().id ?? "";
  const [result] = useQuery({ query: MeetupQuery, variables: { id }, requestPolicy: "network-only" });
  const meetup = result.data?.meetup;
  return (
    <Page title={meetup ? `Edit ${meetup.title}` : "Edit meetup"} eyebrow="Console · Meetup">
      <QueryState
        result={result}
        of={(data) => data.meetup}
        loading="Loading the meetup…"
        failed="The meetup could not be loaded"
        empty={<ErrorState title="There is no such meetup" />}
      >
        {(meetup) =>
          meetup.community.viewerRole === "ORGANISER" ? (
            <MeetupForm communityId={meetup.community.id} meetup={meetup} />
          ) : (
            <NotAnOrganiserState communityName={meetup.community.name} />
          )
        }
      </QueryState>
    </Page>
  );
}
