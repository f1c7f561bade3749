import { type ReactElement, useMemo, useSyncExternalStore } from "react";
import { BrowserRouter, createRoutesFromElements, matchRoutes, Route, Routes } from "react-router";
import { Provider as GraphqlProvider } from "urql";
import { RequireSignIn } from "./auth/require-sign-in";
import { SessionProvider } from "./auth/session";
import type { SessionTokens } from "./auth/session-tokens";
import { signInCallbackPath } from "./auth/sign-in-flow";
import { createGraphqlClient } from "./graphql/graphql-client";
import { isLazyPage, lazyPage } from "./layout/lazy-page";
import { SiteLayout } from "./layout/site-layout";

// Each page's code is fetched when it is first opened, so a first load brings the app's frame and one page:
// a visitor never downloads the console, the editors or the review board (vite.config.ts names their chunks).
// Public pages.
const HomePage = lazyPage(() => import("./pages/home-page"), "HomePage");
const CommunitiesPage = lazyPage(() => import("./pages/communities-page"), "CommunitiesPage");
const CommunityPage = lazyPage(() => import("./pages/community-page"), "CommunityPage");
const CommunityTalksPage = lazyPage(() => import("./pages/community-talks-page"), "CommunityTalksPage");
const CallPage = lazyPage(() => import("./pages/call-page"), "CallPage");
const MeetupsPage = lazyPage(() => import("./pages/meetups-page"), "MeetupsPage");
const MeetupPage = lazyPage(() => import("./pages/meetup-page"), "MeetupPage");
const TalkPage = lazyPage(() => import("./pages/talk-page"), "TalkPage");
const PathsPage = lazyPage(() => import("./pages/paths-page"), "PathsPage");
const PathPage = lazyPage(() => import("./pages/path-page"), "PathPage");
const MemberPage = lazyPage(() => import("./pages/member-page"), "MemberPage");
const SpeakerPage = lazyPage(() => import("./pages/speaker-page"), "SpeakerPage");
const SignInPage = lazyPage(() => import("./pages/sign-in-page"), "SignInPage");
const SignInCallbackPage = lazyPage(() => import("./pages/sign-in-callback-page"), "SignInCallbackPage");
const UnsubscribePage = lazyPage(() => import("./pages/unsubscribe-page"), "UnsubscribePage");
const ApiPage = lazyPage(() => import("./pages/api-page"), "ApiPage");
const NotFoundPage = lazyPage(() => import("./pages/not-found-page"), "NotFoundPage");

// A member's own pages.
const WelcomePage = lazyPage(() => import("./pages/welcome-page"), "WelcomePage");
const MyProfilePage = lazyPage(() => import("./pages/my-profile-page"), "MyProfilePage");
const EraseAccountPage = lazyPage(() => import("./pages/erase-account-page"), "EraseAccountPage");
const MyMeetupsPage = lazyPage(() => import("./pages/my-meetups-page"), "MyMeetupsPage");
const MyLearningPage = lazyPage(() => import("./pages/my-learning-page"), "MyLearningPage");
const NotificationSettingsPage = lazyPage(
  () => import("./pages/notification-settings-page"),
  "NotificationSettingsPage",
);
const MyProposalsPage = lazyPage(() => import("./pages/my-proposals-page"), "MyProposalsPage");

// The editors.
const ProfileEditorPage = lazyPage(() => import("./pages/profile-editor-page"), "ProfileEditorPage");
const SpeakerEditorPage = lazyPage(() => import("./pages/speaker-editor-page"), "SpeakerEditorPage");
const EditProposalPage = lazyPage(() => import("./pages/edit-proposal-page"), "EditProposalPage");
const NewPathPage = lazyPage(() => import("./pages/path-editor-page"), "NewPathPage");
const EditPathPage = lazyPage(() => import("./pages/path-editor-page"), "EditPathPage");

// The review board.
const MyReviewsPage = lazyPage(() => import("./pages/review/my-reviews-page"), "MyReviewsPage");
const ReviewBoardPage = lazyPage(() => import("./pages/review/review-board-page"), "ReviewBoardPage");
const ReviewProposalPage = lazyPage(
  () => import("./pages/review/review-proposal-page"),
  "ReviewProposalPage",
);

// The organiser console.
const ConsoleLayout = lazyPage(() => import("./pages/admin/console-layout"), "ConsoleLayout");
const ConsoleOverviewPage = lazyPage(
  () => import("./pages/admin/console-overview-page"),
  "ConsoleOverviewPage",
);
const ConsoleCommunitiesPage = lazyPage(
  () => import("./pages/admin/console-communities-page"),
  "ConsoleCommunitiesPage",
);
const FoundCommunityPage = lazyPage(() => import("./pages/admin/found-community-page"), "FoundCommunityPage");
const CommunityConsolePage = lazyPage(
  () => import("./pages/admin/community-console-page"),
  "CommunityConsolePage",
);
const ScheduleMeetupPage = lazyPage(() => import("./pages/admin/meetup-editor-page"), "ScheduleMeetupPage");
const ConsoleMeetupsPage = lazyPage(() => import("./pages/admin/console-meetups-page"), "ConsoleMeetupsPage");
const MeetupConsolePage = lazyPage(() => import("./pages/admin/meetup-console-page"), "MeetupConsolePage");
const EditMeetupPage = lazyPage(() => import("./pages/admin/meetup-editor-page"), "EditMeetupPage");
const DoorCheckInPage = lazyPage(() => import("./pages/admin/door-check-in-page"), "DoorCheckInPage");
const AgendaConsolePage = lazyPage(() => import("./pages/admin/agenda-console-page"), "AgendaConsolePage");
const ConsoleHistoryPage = lazyPage(() => import("./pages/admin/console-history-page"), "ConsoleHistoryPage");
const ConsoleWebhooksPage = lazyPage(
  () => import("./pages/admin/console-webhooks-page"),
  "ConsoleWebhooksPage",
);
const ConsoleTalksPage = lazyPage(() => import("./pages/admin/console-talks-page"), "ConsoleTalksPage");
const ConsoleTalksListPage = lazyPage(
  () => import("./pages/admin/console-talks-list-page"),
  "ConsoleTalksListPage",
);
const NewCallPage = lazyPage(() => import("./pages/admin/call-console-page"), "NewCallPage");
const CallConsolePage = lazyPage(() => import("./pages/admin/call-console-page"), "CallConsolePage");
const EditCallPage = lazyPage(() => import("./pages/admin/call-console-page"), "EditCallPage");
const ProposalConsolePage = lazyPage(
  () => import("./pages/admin/proposal-console-page"),
  "ProposalConsolePage",
);
const ConsolePathsPage = lazyPage(() => import("./pages/admin/console-paths-page"), "ConsolePathsPage");

const routes = (
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
    {/* For developers: the public API, and a member's tokens for it. */}
    <Route path="api" element={<ApiPage />} />
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
);

/**
 * Starts fetching the code of the page at `pathname` (and of its layouts) at once, as the app starts,
 * rather than when React first renders it: the page's chunk and the app's first render overlap.
 */
export function preloadPageAt(pathname: string) {
  for (const { route } of matchRoutes(createRoutesFromElements(routes), pathname) ?? []) {
    const type = (route.element as ReactElement | undefined)?.type;
    if (isLazyPage(type)) void type.preload().catch(() => undefined);
  }
}

export function App({ tokens }: { tokens: SessionTokens }) {
  // A new GraphQL client (and so an empty cache) for each sign-in, but not for each token refresh.
  const signedInAt = useSyncExternalStore(tokens.subscribe, () => tokens.current()?.signedInAt ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the client is per sign-in, on purpose
  const client = useMemo(() => createGraphqlClient(tokens), [tokens, signedInAt]);

  return (
    <SessionProvider tokens={tokens}>
      <GraphqlProvider value={client}>
        <BrowserRouter>
          <Routes>{routes}</Routes>
        </BrowserRouter>
      </GraphqlProvider>
    </SessionProvider>
  );
}
