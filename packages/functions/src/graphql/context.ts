import type { AgendaModule } from "@meetstream/core/agenda";
import type { ApiTokenModule } from "@meetstream/core/api-token";
import type { UploadsModule } from "@meetstream/core/blob";
import type { CommunityModule, CommunityStanding, CommunitySummary } from "@meetstream/core/community";
import type { MeetupDocument, MeetupModule } from "@meetstream/core/meetup";
import type { MemberModule, MemberProfile } from "@meetstream/core/member";
import type { NotificationModule } from "@meetstream/core/notification";
import type { PathCounts, PathModule, PathView } from "@meetstream/core/path";
import type { PathProgressView, PathReader, ProgressModule } from "@meetstream/core/progress";
import type { SpeakerModule } from "@meetstream/core/speaker";
import type { CallView, ProposalView, TalkModule } from "@meetstream/core/talk";
import type { WebhookModule } from "@meetstream/core/webhook";
import type DataLoader from "dataloader";
import type { Viewer } from "../auth/verify";
import type { CalendarFeeds } from "../feeds/calendar-feed-links";

/** What the API uses of the member context. */
export type Members = Pick<
  MemberModule,
  "updateProfile" | "erase" | "emailOf" | "isNewcomer" | "byIds" | "byHandle"
>;

/** What the API uses of the community context. */
export type Communities = CommunityModule;

/** What the API uses of the meetup context. */
export type Meetups = MeetupModule;

/** What the API uses of the uploads: attaching one is the talk's and the speaker's, through their modules. */
export type Uploads = Pick<UploadsModule, "startUpload" | "publicUrl">;
/** What the API uses of the speaker context. */
export type Speakers = SpeakerModule;
/** What the API uses of the talk context. */
export type Talks = TalkModule;
/** What the API uses of the agenda context. */
export type Agendas = AgendaModule;
/** What the API uses of the path context. */
export type Paths = PathModule;
/** What the API uses of the progress context. */
export type Progress = ProgressModule;
/** What the API uses of the notification context: a member's settings, and the one-click link. */
export type Notifications = Pick<
  NotificationModule,
  "settingsOf" | "setPreference" | "resume" | "unsubscribe"
>;

/** What the API uses of the webhook context: an organiser's subscriptions and their delivery log. */
export type Webhooks = Pick<
  WebhookModule,
  "webhooksOf" | "deliveriesOf" | "subscribe" | "rotateSecret" | "disable" | "enable" | "delete" | "redeliver"
>;

/** What the API uses of the API token context: a member's tokens, and whom a request's token speaks for. */
export type ApiTokens = Pick<ApiTokenModule, "create" | "revoke" | "tokensOf" | "holderOf">;

/** What every resolver of one request sees. Loaders live here so that their batches and caches are per request. */
export interface GraphqlContext {
  viewer: Viewer;
  members: Members;
  /** Members by id, batched into one `byIds` per tick: a list of ten speakers costs one read, not ten. */
  memberById: DataLoader<string, MemberProfile | undefined>;
  communities: Communities;
  /** Communities by id, batched into one `byIds` per tick. */
  communityById: DataLoader<string, CommunitySummary | undefined>;
  /** The viewer's standing in communities by id (null when anonymous or not a member), batched. */
  viewerStanding: DataLoader<string, CommunityStanding | null>;
  /**
   * The viewer's standing as the community's stream has it (as writes are authorized, where
   * `viewerStanding` reads documents), once per community per request: the talk reads authorize by it,
   * and a review board asks it for the call, the board and its proposals.
   */
  viewerRole: DataLoader<string, CommunityStanding | null>;
  meetups: Meetups;
  /** Meetups by id as the viewer may see them (drafts for their organisers only), batched into one `byIds` per tick. */
  meetupById: DataLoader<string, MeetupDocument | undefined>;
  speakers: Speakers;
  talks: Talks;
  /** Calls by id as the viewer may see them (drafts for their organisers only), batched into one read per tick. */
  callById: DataLoader<string, CallView | undefined>;
  /**
   * Proposals by id as the viewer may see them (the review board's rows, a speaker's list, the talks
   * archive), batched into one read per tick: a board page of 50 costs one read, not 50.
   */
  proposalById: DataLoader<string, ProposalView | undefined>;
  agendas: Agendas;
  paths: Paths;
  /** Paths by id as the viewer may see them (drafts for who may edit them), batched into one read per tick. */
  pathById: DataLoader<string, PathView | undefined>;
  /** A path's public counts (learners, completions, forks), batched: a list of 20 paths costs one read of each. */
  pathCounts: DataLoader<string, PathCounts>;
  progress: Progress;
  /** `pathById` as progress reads paths: a path a share is worked out on is not read again for its fields. */
  readPaths: PathReader;
  /** The viewer's own progress on paths by id, batched: a list of 20 paths costs one read. */
  viewerProgress: DataLoader<string, PathProgressView | undefined>;
  notifications: Notifications;
  apiTokens: ApiTokens;
  /** Absent where the deployment has no webhook outbox: its fields then answer WEBHOOKS_UNAVAILABLE. */
  webhooks?: Webhooks;
  calendarFeeds: CalendarFeeds;
  uploads: Uploads;
  /** Where the web app is served: the base of the addresses the API hands out. */
  appOrigin: string;
  /** Ends every sign-in of a member, as when they are erased. */
  revokeSessions(memberId: string): Promise<void>;
}
