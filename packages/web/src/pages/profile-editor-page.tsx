import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { Page } from "../components/page";
import { useCurrentMember } from "../member/current-member";
import { ProfileEditor } from "../profile/profile-editor";

export function ProfileEditorPage() {
  const { me, loading, error, retry } = useCurrentMember();
  return (
    <Page title="Edit your profile" lead="Changes show on your public page as soon as you save them.">
      <div className="reading-column">
        {loading && <LoadingState label="Loading your profile…" />}
        {error && <ErrorState title="Your profile could not be loaded" error={error} onRetry={retry} />}
        {/* Keyed by member so the form starts again from the profile if the member changes. */}
        {me && <ProfileEditor key={me.member.id} profile={me.member} />}
      </div>
    </Page>
  );
}
