import { Link } from "react-router";
import { Page } from "../../components/page";
import { useCurrentMember } from "../../member/current-member";
import { hostedCommunities } from "../../member/organiser";
import { CommunityMeetupsCard } from "./community-meetups-card";

/**
 * Meetups live with their community: organisers see the drafts, upcoming and past meetups of each community
 * they organise, and schedule the next there; hosts see the meetups of the communities they host, each a step
 * from its attendee list and check-in.
 */
export function ConsoleMeetupsPage() {
  const { me } = useCurrentMember();
  const organised = me?.organises ?? [];
  const hosted = me ? hostedCommunities(me) : [];
  return (
    <Page
      title="Meetups"
      eyebrow="Console"
      lead={
        organised.length > 0
          ? "Schedule meetups, set capacity, run check-in and export attendees."
          : "Check people in at the meetups of the communities you host, and export their attendees."
      }
    >
      <div className="stack">
        {organised.map((community) => (
          <div key={community.id} className="stack">
            <CommunityMeetupsCard
              slug={community.slug}
              title={community.name}
              badge="You organise it"
              organiser
            />
            <p className="button-row">
              <Link to={`/admin/communities/${community.slug}/meetups/new`} className="button button--small">
                Schedule a meetup<span className="visually-hidden"> for {community.name}</span>
              </Link>
            </p>
          </div>
        ))}
        {hosted.map((community) => (
          <CommunityMeetupsCard
            key={community.id}
            slug={community.slug}
            title={community.name}
            badge="You host it"
            organiser={false}
          />
        ))}
      </div>
    </Page>
  );
}
