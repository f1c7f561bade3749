import { useParams } from "react-router";
import { useQuery } from "urql";
import { CommunityQuery } from "../../community/community-documents";
import { ErrorState } from "../../components/error-state";
import { LoadingState } from "../../components/loading-state";
import { Page } from "../../components/page";
import { MeetupQuery } from "../../meetup/meetup-documents";
import { MeetupForm } from "../../meetup/meetup-form";
import { NotAnOrganiserState } from "./organisers-only-page";

export function ScheduleMeetupPage() {
  const slug = useParams().slug ?? "";
  const [result] = useQuery({ query: CommunityQuery, variables: { slug } });
  const community = result.data?.community;
  return (
    <Page title="Schedule a meetup" eyebrow={community ? `Console · ${community.name}` : "Console"}>
      {result.fetching && !result.data && <LoadingState label="Loading the community…" />}
      {result.error && <ErrorState title="The community could not be loaded" error={result.error} />}
      {result.data && !community && <ErrorState title={`No community at /communities/${slug}`} />}
      {community &&
        (community.viewerRole === "ORGANISER" ? (
          <MeetupForm communityId={community.id} />
        ) : (
          <NotAnOrganiserState communityName={community.name} />
        ))}
    </Page>
  );
}

export function EditMeetupPage() {
  const id = useParams().id ?? "";
  const [result] = useQuery({ query: MeetupQuery, variables: { id }, requestPolicy: "network-only" });
  const meetup = result.data?.meetup;
  return (
    <Page title={meetup ? `Edit ${meetup.title}` : "Edit meetup"} eyebrow="Console · Meetup">
      {result.fetching && !result.data && <LoadingState label="Loading the meetup…" />}
      {result.error && <ErrorState title="The meetup could not be loaded" error={result.error} />}
      {result.data && !meetup && <ErrorState title="There is no such meetup" />}
      {meetup &&
        (meetup.community.viewerRole === "ORGANISER" ? (
          <MeetupForm communityId={meetup.community.id} meetup={meetup} />
        ) : (
          <NotAnOrganiserState communityName={meetup.community.name} />
        ))}
    </Page>
  );
}
