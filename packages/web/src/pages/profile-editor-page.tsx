import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { useCurrentMember } from "../member/current-member";
import { ProfileEditor } from "../profile/profile-editor";

export function ProfileEditorPage() {
  const { retry, result } = useCurrentMember();
  return (
    <Page title="Edit your profile" lead="Changes show on your public page as soon as you save them.">
      <div className="reading-column">
        <QueryState
          result={result}
          loading="Loading your profile…"
          failed="Your profile could not be loaded"
          onRetry={retry}
        >
          {/* Keyed by member so the form starts again from the profile if the member changes. */}
          {(me) => <ProfileEditor key={me.member.id} profile={me.member} />}
        </QueryState>
      </div>
    </Page>
  );
}
