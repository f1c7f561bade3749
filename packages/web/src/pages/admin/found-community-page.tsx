import { CommunityForm } from "../../community/community-form";
import { Page } from "../../components/page";

export function FoundCommunityPage() {
  return (
    <Page
      title="Found a community"
      eyebrow="Console"
      lead="You will be its first organiser. You can change everything here later."
    >
      <CommunityForm />
    </Page>
  );
}
