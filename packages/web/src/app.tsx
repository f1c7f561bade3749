import { useMemo, useSyncExternalStore } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { Provider as GraphqlProvider } from "urql";
import { RequireSignIn } from "./auth/require-sign-in";
import { SessionProvider } from "./auth/session";
import type { SessionTokens } from "./auth/session-tokens";
import { signInCallbackPath } from "./auth/sign-in-flow";
import { createGraphqlClient } from "./graphql/graphql-client";
import { SiteLayout } from "./layout/site-layout";
import { AgendaConsolePage } from "./pages/admin/agenda-console-page";
import { CallConsolePage, EditCallPage, NewCallPage } from "./pages/admin/call-console-page";
import { CommunityConsolePage } from "./pages/admin/community-console-page";
import { ConsoleCommunitiesPage } from "./pages/admin/console-communities-page";
import { ConsoleHistoryPage } from "./pages/admin/console-history-page";
import { ConsoleLayout } from "./pages/admin/console-layout";
import { ConsoleMeetupsPage } from "./pages/admin/console-meetups-page";
import { ConsoleOverviewPage } from "./pages/admin/console-overview-page";
import { ConsolePathsPage } from "./pages/admin/console-paths-page";
import { ConsoleTalksListPage } from "./pages/admin/console-talks-list-page";
import { ConsoleTalksPage } from "./pages/admin/console-talks-page";
import { ConsoleWebhooksPage } from "./pages/admin/console-webhooks-page";
import { DoorCheckInPage } from "./pages/admin/door-check-in-page";
import { FoundCommunityPage } from "./pages/admin/found-community-page";
import { MeetupConsolePage } from "./pages/admin/meetup-console-page";
import { EditMeetupPage, ScheduleMeetupPage } from "./pages/admin/meetup-editor-page";
import { ProposalConsolePage } from "./pages/admin/proposal-console-page";
import { CallPage } from "./pages/call-page";
import { CommunitiesPage } from "./pages/communities-page";
import { CommunityPage } from "./pages/community-page";
import { CommunityTalksPage } from "./pages/community-talks-page";
import { EditProposalPage } from "./pages/edit-proposal-page";
import { EraseAccountPage } from "./pages/erase-account-page";
import { HomePage } from "./pages/home-page";
import { MeetupPage } from "./pages/meetup-page";
import { MeetupsPage } from "./pages/meetups-page";
import { MemberPage } from "./pages/member-page";
import { MyLearningPage } from "./pages/my-learning-page";
import { MyMeetupsPage } from "./pages/my-meetups-page";
import { MyProfilePage } from "./pages/my-profile-page";
import { MyProposalsPage } from "./pages/my-proposals-page";
import { NotFoundPage } from "./pages/not-found-page";
import { NotificationSettingsPage } from "./pages/notification-settings-page";
import { EditPathPage, NewPathPage } from "./pages/path-editor-page";
import { PathPage } from "./pages/path-page";
import { PathsPage } from "./pages/paths-page";
import { ProfileEditorPage } from "./pages/profile-editor-page";
import { MyReviewsPage } from "./pages/review/my-reviews-page";
import { ReviewBoardPage } from "./pages/review/review-board-page";
import { ReviewProposalPage } from "./pages/review/review-proposal-page";
import { SignInCallbackPage } from "./pages/sign-in-callback-page";
import { SignInPage } from "./pages/sign-in-page";
import { SpeakerEditorPage } from "./pages/speaker-editor-page";
import { SpeakerPage } from "./pages/speaker-page";
import { TalkPage } from "./pages/talk-page";
import { UnsubscribePage } from "./pages/unsubscribe-page";
import { WelcomePage } from "./pages/welcome-page";

export function App({ tokens }: { tokens: SessionTokens }) {
  // A new GraphQL client (and so an empty cache) for each sign-in, but not for each token refresh.
  const signedInAt = useSyncExternalStore(tokens.subscribe, () => tokens.current()?.signedInAt ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the client is per sign-in, on purpose
  const client = useMemo(() => createGraphqlClient(tokens), [tokens, signedInAt]);

  return (
    <SessionProvider tokens={tokens}>
      <GraphqlProvider value={client}>
        <BrowserRouter>
          <Routes>
            <Route element={<SiteLayout />}>
              <Route index element={<HomePage />} />
              <Route path="communities" element={<CommunitiesPage />} />
              <Route path="communities/:slug" element={<CommunityPage />} />
              <Route path="meetups" element={<MeetupsPage />} />
              <Route path="meetups/:id" element={<MeetupPage />} />
              <Route path="signin" element={<SignInPage />} />
              <Route path={signInCallbackPath} element={<SignInCallbackPage />} />
              <Route path="members/:handle" element={<MemberPage />} />
              <Route path="speakers/:handle" element={<SpeakerPage />} />
              <Route path="communities/:slug/calls/:callId" element={<CallPage />} />
              <Route path="communities/:slug/talks" element={<CommunityTalksPage />} />
              <Route path="talks/:id" element={<TalkPage />} />
              <Route path="paths" element={<PathsPage />} />
              <Route path="paths/:slug" element={<PathPage />} />
              {/* The link at the foot of every message: no sign-in, its token is the authority. */}
              <Route path="unsubscribe" element={<UnsubscribePage />} />
              <Route element={<RequireSignIn />}>
                <Route path="welcome" element={<WelcomePage />} />
                <Route path="me" element={<MyProfilePage />} />
                <Route path="me/edit" element={<ProfileEditorPage />} />
                <Route path="me/erase" element={<EraseAccountPage />} />
                <Route path="me/meetups" element={<MyMeetupsPage />} />
                <Route path="me/learning" element={<MyLearningPage />} />
                <Route path="me/notifications" element={<NotificationSettingsPage />} />
                <Route path="me/speaker" element={<SpeakerEditorPage />} />
                <Route path="review" element={<MyReviewsPage />} />
                <Route path="review/:callId" element={<ReviewBoardPage />} />
                <Route path="review/:callId/proposals/:proposalId" element={<ReviewProposalPage />} />
                <Route path="me/proposals" element={<MyProposalsPage />} />
                <Route path="me/proposals/:id/edit" element={<EditProposalPage />} />
                <Route path="paths/new" element={<NewPathPage />} />
                <Route path="paths/:slug/edit" element={<EditPathPage />} />
                <Route path="admin" element={<ConsoleLayout />}>
                  <Route index element={<ConsoleOverviewPage />} />
                  <Route path="communities" element={<ConsoleCommunitiesPage />} />
                  <Route path="communities/new" element={<FoundCommunityPage />} />
                  <Route path="communities/:slug" element={<CommunityConsolePage />} />
                  <Route path="communities/:slug/meetups/new" element={<ScheduleMeetupPage />} />
                  <Route path="meetups" element={<ConsoleMeetupsPage />} />
                  <Route path="meetups/:id" element={<MeetupConsolePage />} />
                  <Route path="meetups/:id/edit" element={<EditMeetupPage />} />
                  <Route path="meetups/:id/door" element={<DoorCheckInPage />} />
                  <Route path="meetups/:id/agenda" element={<AgendaConsolePage />} />
                  <Route path="history" element={<ConsoleHistoryPage />} />
                  <Route path="webhooks" element={<ConsoleWebhooksPage />} />
                  <Route path="talks" element={<ConsoleTalksPage />} />
                  <Route path="talks/:slug" element={<ConsoleTalksListPage />} />
                  <Route path="talks/:slug/calls/new" element={<NewCallPage />} />
                  <Route path="talks/calls/:id" element={<CallConsolePage />} />
                  <Route path="talks/calls/:id/edit" element={<EditCallPage />} />
                  <Route path="talks/proposals/:id" element={<ProposalConsolePage />} />
                  <Route path="paths" element={<ConsolePathsPage />} />
                </Route>
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </GraphqlProvider>
    </SessionProvider>
  );
}
