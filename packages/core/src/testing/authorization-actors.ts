/**
 * The rows of every authorization matrix, over GraphQL (packages/functions) and against core's queries
 * alike: a visitor, the community's own people, the organiser of another community, and three who were
 * members and are no longer (one left, one was removed, one was erased).
 */
export const actors = [
  "anonymous",
  "member",
  "strangerOrganiser",
  "host",
  "organiser",
  "departed",
  "removed",
  "erased",
] as const;
export type Actor = (typeof actors)[number];

/** Who sees a read: true where the read answers, false where it is refused (null, empty or `NotAnOrganiser`). */
export type Visibility = Record<Actor, boolean>;

const nobody: Visibility = {
  anonymous: false,
  member: false,
  strangerOrganiser: false,
  host: false,
  organiser: false,
  departed: false,
  removed: false,
  erased: false,
};
const everyone: Visibility = Object.fromEntries(actors.map((actor) => [actor, true])) as Visibility;
const organisers: Visibility = { ...nobody, organiser: true };
const organisersAndHosts: Visibility = { ...organisers, host: true };

/**
 * Who sees what, read by read. The community's own people (member, host, organiser) and the three who
 * left, were removed or were erased all RSVPed to the published meetup while they were members.
 */
export const readVisibility = {
  /** A published meetup, by id. */
  publishedMeetup: everyone,
  /** A draft, by id. */
  draft: organisers,
  /** The community's drafts. */
  drafts: organisers,
  /** The published meetup's attendee list. */
  attendees: organisersAndHosts,
  waitlist: organisersAndHosts,
  timeline: organisersAndHosts,
  history: organisers,
  /** Every change to the community's meetups. */
  communityHistory: organisers,
  asOf: organisers,
  /** The published meetup's join URL: confirmed attendees who are members now, and organisers. */
  joinUrl: { ...nobody, member: true, host: true, organiser: true },
  /** How many are going to the published meetup. */
  goingCount: everyone,
  /**
   * The names of who is going: the community's members now, as Meetup shows a group's attendee list to
   * its members; a member who chose to be listed chose to be seen by the people they meet there.
   */
  guestList: { ...nobody, member: true, host: true, organiser: true },
  /** Who runs the published meetup: its community's organisers and hosts, public as the community's are. */
  hosts: everyone,
  /** The community's members (every role). */
  members: everyone,
  /** The community's pending requests. */
  pendingMembers: organisersAndHosts,
  /** A member's speaker profile with a headline: public, read by anyone but about no community. */
  speakerProfile: everyone,
  /** One without a headline yet: only its owner, who is none of these actors. */
  unpublishedSpeakerProfile: nobody,
} satisfies Record<string, Visibility>;

export type Read = keyof typeof readVisibility;

/** The rows the speaker context's test asks (speaker/commands.test.ts); the meetup's test asks the rest. */
export const speakerReads = [
  "speakerProfile",
  "unpublishedSpeakerProfile",
] as const satisfies readonly Read[];

/**
 * The rows of the talk context's matrices: a visitor, a member of the community, the speaker of the
 * proposal under test, a speaker of another proposal to the same call, a member appointed to review the
 * call, a host, an organiser, and the organiser of another community. The call is anonymised.
 */
export const talkActors = [
  "anonymous",
  "member",
  "speaker",
  "otherSpeaker",
  "reviewer",
  "host",
  "organiser",
  "strangerOrganiser",
] as const;
export type TalkActor = (typeof talkActors)[number];

export type TalkVisibility = Record<TalkActor, boolean>;

const noTalkActor: TalkVisibility = {
  anonymous: false,
  member: false,
  speaker: false,
  otherSpeaker: false,
  reviewer: false,
  host: false,
  organiser: false,
  strangerOrganiser: false,
};
const everyTalkActor: TalkVisibility = Object.fromEntries(
  talkActors.map((actor) => [actor, true]),
) as TalkVisibility;
const speakerAndOrganiser: TalkVisibility = { ...noTalkActor, speaker: true, organiser: true };
const reviewerAndOrganiser: TalkVisibility = { ...noTalkActor, reviewer: true, organiser: true };

/** Who sees what of calls and proposals, read by read. */
export const talkReadVisibility = {
  /** A published call, by id. */
  publishedCall: everyTalkActor,
  /** A draft call, by id. */
  draftCall: { ...noTalkActor, organiser: true },
  /** The community's draft calls. */
  callDrafts: { ...noTalkActor, organiser: true },
  /** Who was appointed to review the call. */
  callReviewers: { ...noTalkActor, organiser: true },
  /** The submitted proposal, by id. */
  submittedProposal: { ...speakerAndOrganiser, reviewer: true },
  /** Who speaks on the submitted proposal: with anonymised review, never its reviewer. */
  speakerIdentity: speakerAndOrganiser,
  /** The private note to the organisers. */
  privateNote: speakerAndOrganiser,
  /** A rejected proposal, by id. */
  rejectedProposal: speakerAndOrganiser,
  /** A withdrawn proposal, by id. */
  withdrawnProposal: speakerAndOrganiser,
  /** A confirmed talk, by id, and in its community's archive. */
  confirmedTalk: everyTalkActor,
  talksArchive: everyTalkActor,
  /** The call's review board. */
  board: reviewerAndOrganiser,
  /** The submitted proposal's reviews (a reviewer sees the others' only after their own). */
  reviews: reviewerAndOrganiser,
  /** The scores a reviewer gave, to someone else. */
  othersScores: { ...noTalkActor, organiser: true },
  history: speakerAndOrganiser,
  asOf: speakerAndOrganiser,
  /** The submitted proposal, among the viewer's own proposals. */
  ownProposals: { ...noTalkActor, speaker: true },
} satisfies Record<string, TalkVisibility>;

export type TalkRead = keyof typeof talkReadVisibility;

/**
 * Who sees what of a meetup's agenda (a published meetup, the talk on it confirmed), among the talk
 * actors: the speaker gives the talk on it.
 */
export const agendaReadVisibility = {
  /** The released versions, the latest and by number. */
  releasedAgenda: everyTalkActor,
  /** The draft and the talks to fill it with: the community's organisers, not its hosts. */
  draft: { ...noTalkActor, organiser: true },
  /** Where the talk is on the released agenda. */
  talkSlot: everyTalkActor,
} satisfies Record<string, TalkVisibility>;

export type AgendaRead = keyof typeof agendaReadVisibility;

/** Who edits and releases the agenda: the community's organisers, not its hosts. */
export const agendaEditors: readonly TalkActor[] = ["organiser"];

/**
 * The rows of the paths' matrix: a path of a community, curated by one of its members. A member of the
 * community, a member of none, the community's organiser and another community's organiser beside them.
 */
export const pathActors = [
  "anonymous",
  "member",
  "curator",
  "otherMember",
  "organiser",
  "strangerOrganiser",
] as const;
export type PathActor = (typeof pathActors)[number];
export type PathVisibility = Record<PathActor, boolean>;

const everyPathActor: PathVisibility = Object.fromEntries(
  pathActors.map((actor) => [actor, true]),
) as PathVisibility;
const pathCaretakers: PathVisibility = {
  anonymous: false,
  member: false,
  curator: true,
  otherMember: false,
  organiser: true,
  strangerOrganiser: false,
};

/** Who sees what of a community's path. */
export const pathReadVisibility = {
  /** A published path, by slug, and its revisions. */
  publishedPath: everyPathActor,
  revisions: everyPathActor,
  /** The published path among the paths browsed, the community's and the curator's. */
  browse: everyPathActor,
  /** A draft, and a path unpublished after its first publish, by slug. */
  draftPath: pathCaretakers,
  unpublishedPath: pathCaretakers,
  /** A path archived while published: by its address, for anyone who could read it then. */
  archivedPath: everyPathActor,
  /** The draft among the viewer's own paths (`Me.paths`). */
  ownPaths: { ...pathCaretakers, organiser: false },
  /** The draft among the community's paths its organisers look after (`Community.managedPaths`). */
  managedPaths: { ...pathCaretakers, curator: false },
  /** The editor's search of the community's talks and meetups: signed-in members. */
  resourceSearch: { ...everyPathActor, anonymous: false },
} satisfies Record<string, PathVisibility>;

export type PathRead = keyof typeof pathReadVisibility;

/** Who edits, publishes, unpublishes and archives a community's path: its curator and the community's organisers. */
export const pathEditors: readonly PathActor[] = ["curator", "organiser"];

/**
 * The rows of the progress matrix: a community's path, curated by one of its members and followed by
 * another (the learner), who marked a checkpoint with a note. A member of no community, the community's
 * organiser and another community's organiser beside them. Each member's progress is their own: every
 * mutation acts on the actor's own progress, never on the learner's.
 */
export const progressActors = [
  "anonymous",
  "learner",
  "otherMember",
  "curator",
  "organiser",
  "strangerOrganiser",
] as const;
export type ProgressActor = (typeof progressActors)[number];
export type ProgressVisibility = Record<ProgressActor, boolean>;

const noProgressActor: ProgressVisibility = {
  anonymous: false,
  learner: false,
  otherMember: false,
  curator: false,
  organiser: false,
  strangerOrganiser: false,
};
const everyProgressActor: ProgressVisibility = Object.fromEntries(
  progressActors.map((actor) => [actor, true]),
) as ProgressVisibility;
const theLearner: ProgressVisibility = { ...noProgressActor, learner: true };

/** Who sees what of the learner's progress. */
export const progressReadVisibility = {
  /** The learner's progress among `Me.learning`: the viewer's own list. */
  meLearning: theLearner,
  /** `Path.viewerProgress` showing the learner's progress: to anyone else it is their own (none). */
  viewerProgress: theLearner,
  /** The learner's note (`CheckpointProgress.note`), wherever their progress shows. */
  note: theLearner,
  /** The learner's `Member.learning`, holding a progress they did not make public: no one, the learner neither. */
  profileHidden: noProgressActor,
  /** The learner's `Member.learning`, holding the progress they made public: anyone. */
  profileShown: everyProgressActor,
  /** `Path.learnerCount` and `Path.completionCount`: public, with the learner counted. */
  counts: everyProgressActor,
  /** The learner's progress on a path unpublished since: out of every list, and the path is the caretakers' now. */
  unpublishedPathProgress: noProgressActor,
  /** The learner's progress on a path archived since: shown on the path (read by anyone), to the learner. */
  archivedPathProgress: theLearner,
} satisfies Record<string, ProgressVisibility>;

export type ProgressRead = keyof typeof progressReadVisibility;

/**
 * Who reads a path that is not published, so that following or marking it is refused as `PathNotPublished`
 * (and as `PathNotFound` to any other member, who is not told it is there): a draft and an unpublished
 * path, its curator and its community's organisers; an archived one (archived while published), anyone.
 */
export const unpublishedPathReaders = {
  draft: ["curator", "organiser"],
  unpublished: ["curator", "organiser"],
  archived: ["learner", "otherMember", "curator", "organiser", "strangerOrganiser"],
} as const satisfies Record<string, readonly ProgressActor[]>;

export type UnpublishedPathState = keyof typeof unpublishedPathReaders;

/**
 * The rows of the notification matrix: a member with settings of their own (announcements on for their
 * community, reminders off everywhere), another member, and the organiser of the member's community.
 * Settings are each member's own: the mutations act on the actor's own settings, and only the member's
 * one-click link (whoever follows it, signed in or not) changes the member's.
 */
export const notificationActors = ["anonymous", "member", "otherMember", "organiser"] as const;
export type NotificationActor = (typeof notificationActors)[number];
export type NotificationVisibility = Record<NotificationActor, boolean>;

/** Who sees what of the member's notification settings. */
export const notificationReadVisibility = {
  /** `Member.notificationSettings` of the member, on their profile and by node id: the member alone. */
  memberSettings: { anonymous: false, member: true, otherMember: false, organiser: false },
  /** `me.member.notificationSettings`: every signed-in viewer's own. */
  ownSettings: { anonymous: false, member: true, otherMember: true, organiser: true },
} satisfies Record<string, NotificationVisibility>;

export type NotificationRead = keyof typeof notificationReadVisibility;

/** Who changes the member's settings, mutation by mutation: the member, or anyone holding the member's link. */
export const notificationSettingsChangers = {
  setNotificationPreference: ["member"],
  resumeNotifications: ["member"],
  unsubscribe: ["anonymous", "member", "otherMember", "organiser"],
} as const satisfies Record<string, readonly NotificationActor[]>;

/**
 * The rows of the webhook matrix: the organiser of a community, a member of it, the organiser of another
 * community, and a visitor. A community's webhooks, their delivery log and every change to them are its
 * organisers' alone: everyone else sees none of them and changes nothing.
 */
export const webhookActors = ["anonymous", "member", "otherOrganiser", "organiser"] as const;
export type WebhookActor = (typeof webhookActors)[number];

/** Who may read and manage a community's webhooks. */
export const webhookManagers: readonly WebhookActor[] = ["organiser"];
