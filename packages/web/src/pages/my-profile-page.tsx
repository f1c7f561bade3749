import { Link, useLocation } from "react-router";
import { EmailAddress } from "../components/email-address";
import { EmptyState } from "../components/empty-state";
import { Notice } from "../components/notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { useCurrentMember } from "../member/current-member";
import { MyPathsSection } from "../path/my-paths-section";
import { ProfileCard } from "../profile/profile-card";
import { SpeakerProfileSection } from "../speaker/speaker-profile-section";
import { notificationSettingsPath } from "./notification-settings-page";

export function MyProfilePage() {
  const { me, retry, result } = useCurrentMember();
  const location = useLocation();
  const saved = (location.state as { notice?: string } | null)?.notice === "profile-saved";

  return (
    <Page
      title="Your profile"
      lead="This is how other members see you. Only you see your email address."
      actions={
        me && (
          <Link to="/me/edit" className="button">
            Edit profile
          </Link>
        )
      }
    >
      {saved && <Notice tone="success" title="Your profile is saved" />}
      <QueryState
        result={result}
        loading="Loading your profile…"
        failed="Your profile could not be loaded"
        onRetry={retry}
      >
        {(me) => (
          <div className="stack">
            {!me.member.handle && (
              <EmptyState
                icon="member"
                title="Choose a handle"
                action={
                  <Link to="/me/edit" className="button button--secondary">
                    Choose a handle
                  </Link>
                }
              >
                A handle gives your profile its own address, so other members can find you.
              </EmptyState>
            )}
            <ProfileCard profile={me.member}>
              <dl className="details-list">
                <dt>Email</dt>
                <dd>
                  <EmailAddress address={me.email} />
                </dd>
                <dt>Public page</dt>
                <dd>
                  {me.member.handle ? (
                    <Link to={`/members/${me.member.handle}`}>/members/{me.member.handle}</Link>
                  ) : (
                    <span className="muted">Once you choose a handle</span>
                  )}
                </dd>
              </dl>
            </ProfileCard>
            <SpeakerProfileSection />
            <section className="card" aria-labelledby="proposals-heading">
              <h2 id="proposals-heading">Your talks</h2>
              <p className="muted">The talks you proposed to calls, and invitations to speak with others.</p>
              <Link to="/me/proposals" className="button button--secondary">
                My proposals
              </Link>
            </section>
            <MyPathsSection />
            {/* On a phone the header has no room for "My learning": this is its way there. */}
            <section className="card" aria-labelledby="learning-heading">
              <h2 id="learning-heading">Your learning</h2>
              <p className="muted">The learning paths you follow, and how far along you are.</p>
              <Link to="/me/learning" className="button button--secondary">
                My learning
              </Link>
            </section>
            <section className="card" aria-labelledby="notifications-heading">
              <h2 id="notifications-heading">Email notifications</h2>
              <p className="muted">
                Which emails you get: about your RSVPs, the meetups you are going to, your talks and your
                communities' news.
              </p>
              <Link to={notificationSettingsPath} className="button button--secondary">
                Choose what you get
              </Link>
            </section>
            <section className="card danger-zone" aria-labelledby="erase-heading">
              <h2 id="erase-heading">Erase your account</h2>
              <p className="muted">
                Removes your profile and personal details for good and signs you out everywhere. It cannot be
                undone.
              </p>
              <Link to="/me/erase" className="button button--secondary">
                Erase my account…
              </Link>
            </section>
          </div>
        )}
      </QueryState>
    </Page>
  );
}
