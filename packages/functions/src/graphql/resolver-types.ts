// Written by write-resolver-types.ts from schema.graphql (`pnpm --filter @meetstream/functions schema`): do not edit.
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphqlContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AcceptProposalResult = InvalidProposal | NotAnOrganiser | NotSignedIn | Proposal | ProposalNotFound | ProposalNotSubmitted;

export type AddAgendaSlotInput = {
  meetupId: Scalars['ID']['input'];
  /** 1 to 600; for a talk, left out means the talk's format's minutes. */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** A confirmed talk of the meetup's community (a TALK slot); leave out for a free item. */
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO-8601 instant (with an offset or Z), inside the meetup's start and end. */
  startsAt: Scalars['String']['input'];
  /** A free item's label, 1 to 120 characters; ignored for a talk. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Where "Add to calendar" leads: one entry, the same in each. */
export type AddToCalendarLinks = {
  __typename?: 'AddToCalendarLinks';
  /** Google Calendar's form, prefilled. */
  google: Scalars['String']['output'];
  /** The meetup's iCalendar file. */
  ics: Scalars['String']['output'];
  /** Outlook's form (outlook.live.com), prefilled. */
  outlook: Scalars['String']['output'];
};

/** One slot that is new, gone, or different between two versions. MOVED: its start changed; RETIMED: its length changed (a slot both moved and retimed is MOVED, with both pairs of values). */
export type AgendaChange = {
  __typename?: 'AgendaChange';
  kind: AgendaChangeKind;
  /** The slot's length in the later version (null for REMOVED). */
  minutes?: Maybe<Scalars['Int']['output']>;
  /** The slot's length in the earlier version (null for ADDED). */
  previousMinutes?: Maybe<Scalars['Int']['output']>;
  /** ISO-8601 instant in UTC, in the earlier version (null for ADDED). */
  previousStartsAt?: Maybe<Scalars['String']['output']>;
  /** The slot's title in the earlier version, for RENAMED (null otherwise). */
  previousTitle?: Maybe<Scalars['String']['output']>;
  slotId: Scalars['ID']['output'];
  /** ISO-8601 instant in UTC, in the later version (null for REMOVED). */
  startsAt?: Maybe<Scalars['String']['output']>;
  /** The slot's title (in the later version; in the earlier one for REMOVED). */
  title: Scalars['String']['output'];
};

export type AgendaChangeKind =
  | 'added'
  | 'moved'
  | 'removed'
  | 'renamed'
  | 'retimed';

/** What changed between two released versions of an agenda. */
export type AgendaChanges = {
  __typename?: 'AgendaChanges';
  changes: Array<AgendaChange>;
  /** The earlier version compared against. */
  since: Scalars['Int']['output'];
};

/** The meetup is over (or cancelled): its agenda is kept as it was. */
export type AgendaClosed = Error & {
  __typename?: 'AgendaClosed';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The agenda being edited, before (or after) its latest release. The community's organisers only. */
export type AgendaDraft = {
  __typename?: 'AgendaDraft';
  /** The community's confirmed talks that are not on this draft yet: what a TALK slot can be made of. */
  availableTalks: Array<Proposal>;
  /** Whether `releaseAgenda` would succeed now: the draft has a slot and differs from the latest release. */
  releasable: Scalars['Boolean']['output'];
  /** Every released version, newest first. */
  releases: Array<AgendaVersion>;
  /** Ordered by start. */
  slots: Array<AgendaSlot>;
};

export type AgendaDraftResult = AgendaClosed | AgendaDraft | InvalidAgendaSlot | MeetupNotFound | NotAnOrganiser | NotSignedIn | SlotNotFound | SlotOutsideMeetup | SlotOverlaps | TalkAlreadyOnAgenda | TalkNotConfirmed;

/** One rule an agenda slot's input breaks. */
export type AgendaIssue = {
  __typename?: 'AgendaIssue';
  message: Scalars['String']['output'];
  /** Where in the input, e.g. ["minutes"]; empty for the input as a whole. */
  path: Array<Scalars['String']['output']>;
};

/** One slot of an agenda: a confirmed talk or a free item, at a start instant for some minutes. */
export type AgendaSlot = {
  __typename?: 'AgendaSlot';
  /** ISO-8601 instant in UTC: `startsAt` plus `minutes`. */
  endsAt: Scalars['String']['output'];
  /** Stable across edits and moves, and across versions. */
  id: Scalars['ID']['output'];
  kind: AgendaSlotKind;
  /** 1 to 600. */
  minutes: Scalars['Int']['output'];
  /** ISO-8601 instant in UTC. */
  startsAt: Scalars['String']['output'];
  /** The talk, for a TALK slot while the viewer may see it (a confirmed talk is public); null for an ITEM. */
  talk?: Maybe<Proposal>;
  /** The talk's title, or the item's label. */
  title: Scalars['String']['output'];
};

export type AgendaSlotKind =
  /** A free item: "Doors open", "Pizza". */
  | 'item'
  /** A confirmed talk. */
  | 'talk';

/** A meetup's agenda as the public sees it: one released version, numbered from 1. */
export type AgendaVersion = {
  __typename?: 'AgendaVersion';
  /** What changed between version `since` and this one: slots added, removed, moved or retimed, renamed. `since` defaults to the version before this one; null for version 1 without `since`, or when `since` is not an earlier version. */
  changesSince?: Maybe<AgendaChanges>;
  /** The organiser's note on what this version changed (plain text, up to 500 characters; may be empty). */
  note: Scalars['String']['output'];
  /** 1, 2, … in the order they were released. */
  number: Scalars['Int']['output'];
  /** ISO-8601 instant in UTC. */
  releasedAt: Scalars['String']['output'];
  /** Ordered by start. */
  slots: Array<AgendaSlot>;
};


/** A meetup's agenda as the public sees it: one released version, numbered from 1. */
export type AgendaVersionChangesSinceArgs = {
  since?: InputMaybe<Scalars['Int']['input']>;
};

/** The member is a member of the community already. */
export type AlreadyAMember = Error & {
  __typename?: 'AlreadyAMember';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The member already holds a confirmed or waitlisted RSVP: change it (changeRsvp) rather than RSVP again. */
export type AlreadyRsvped = Error & {
  __typename?: 'AlreadyRsvped';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** An invited co-speaker accepts or declines. */
export type AnswerCoSpeakerInvitationResult = InvitationAnswered | NotInvited | NotSignedIn | ProposalClosed | ProposalNotFound;

/**
 * One of my API tokens, for scripts: sent as `Authorization: Bearer <secret>`. Its secret is shown once, when
 * it is made.
 */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** ISO-8601 instant in UTC. */
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** My name for it, to tell my tokens apart. */
  name: Scalars['String']['output'];
  scope: ApiTokenScope;
};

/** I have no token with this id, or it was revoked. */
export type ApiTokenNotFound = Error & {
  __typename?: 'ApiTokenNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A token was revoked: a request that carries it is refused from now on. */
export type ApiTokenRevoked = {
  __typename?: 'ApiTokenRevoked';
  tokenId: Scalars['ID']['output'];
};

/**
 * What an API token may do: READ answers queries alone; READ_WRITE runs mutations too. Neither makes or revokes
 * tokens, nor erases the account: that takes a sign-in.
 */
export type ApiTokenScope =
  | 'read'
  | 'read-write';

/** A token just made, with its secret: answered this once and never again (only a hash of it is kept). */
export type ApiTokenWithSecret = {
  __typename?: 'ApiTokenWithSecret';
  /** `mst_` and 43 characters: send it as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

export type AppointHostResult = Community | CommunityNotFound | LastOrganiser | NotAMember | NotAnOrganiser | NotSignedIn;

export type AppointOrganiserResult = Community | CommunityNotFound | NotAMember | NotAnOrganiser | NotSignedIn;

export type AppointReviewerResult = CallForProposals | CallNotFound | NotAMember | NotAnOrganiser | NotSignedIn;

export type ApproveMembershipResult = Community | CommunityNotFound | NoPendingRequest | NotAnOrganiser | NotSignedIn;

export type AttachSlidesResult = NotASpeaker | NotAnAcceptedTalk | NotSignedIn | Proposal | ProposalNotFound | UploadEmpty | UploadMissing | UploadTooLarge | UploadWrongType;

/** Whether a confirmed attendee came: derived when read, from check-ins and the meetup's end. */
export type Attendance =
  | 'checked in'
  /** Confirmed, not checked in, and the meetup has not ended. */
  | 'expected'
  /** Confirmed, never checked in, and the meetup has ended. */
  | 'no-show';

/** One member's RSVP, as organisers and hosts see it. */
export type Attendee = {
  __typename?: 'Attendee';
  attendance?: Maybe<Attendance>;
  checkedIn: Scalars['Boolean']['output'];
  checkedInAt?: Maybe<Scalars['String']['output']>;
  guests: Scalars['Int']['output'];
  /** Of the party's guests, how many came: 0 while the member is not checked in. */
  guestsCheckedIn: Scalars['Int']['output'];
  /** Null only for a moment after a new member signs up. */
  member?: Maybe<Member>;
  /** When the member last RSVPed. */
  rsvpAt: Scalars['String']['output'];
  status: RsvpStatus;
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

export type CacheControlScope =
  /** About the viewer, or only for some viewers (organisers, reviewers, the member themself): never kept. */
  | 'PRIVATE'
  /** The same for every anonymous reader: shared caches (the CDN) may keep it. */
  | 'PUBLIC';

/** A member's private calendar feed of their RSVPs (join URLs included): keep the URL secret. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  url: Scalars['String']['output'];
};

/** The call takes no proposals now: it is a draft, not open yet, or closed. */
export type CallClosed = Error & {
  __typename?: 'CallClosed';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A call for proposals of a community: the talks it asks for, when, in which formats, and how they are reviewed. Published calls are public; drafts only for the community's organisers. */
export type CallForProposals = Node & {
  __typename?: 'CallForProposals';
  /** Whether it takes proposals now: published, opened and not closed. */
  accepting: Scalars['Boolean']['output'];
  /** With anonymised review on, its reviewers see no speaker: no name, handle, photo or profile. */
  anonymised: Scalars['Boolean']['output'];
  /** The review board: proposals by weighted mean, highest first, unreviewed ones last. For the community's organisers (every proposal past its draft) and the call's reviewers (submitted proposals only); null for anyone else. */
  board?: Maybe<ReviewBoardConnection>;
  /** ISO-8601 instant in UTC: no proposal is submitted from then on. */
  closesAt: Scalars['String']['output'];
  community: Community;
  criteria: Array<ReviewCriterion>;
  /** Markdown source, for editing. */
  description: Scalars['String']['output'];
  /** The description as safe HTML. */
  descriptionHtml: Scalars['String']['output'];
  formats: Array<TalkFormat>;
  id: Scalars['ID']['output'];
  /** The meetup it gathers talks for, if one (and the viewer may see it). */
  meetup?: Maybe<Meetup>;
  /** ISO-8601 instant in UTC: proposals are submitted from then on. */
  opensAt: Scalars['String']['output'];
  /** The plain id, as the web app's addresses carry it. */
  publicId: Scalars['ID']['output'];
  /** The members appointed to review (organisers review without appointment). Organisers only (null for anyone else). */
  reviewers?: Maybe<Array<Member>>;
  status: CallStatus;
  title: Scalars['String']['output'];
  /** Whether the viewer organises the call's community, and so manages it. */
  viewerIsOrganiser: Scalars['Boolean']['output'];
  /** Whether the viewer reviews its proposals: an organiser of its community, or a member appointed. */
  viewerIsReviewer: Scalars['Boolean']['output'];
};


/** A call for proposals of a community: the talks it asks for, when, in which formats, and how they are reviewed. Published calls are public; drafts only for the community's organisers. */
export type CallForProposalsBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  formatId?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  notReviewedByMe?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ProposalStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type CallNotFound = Error & {
  __typename?: 'CallNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A call not open yet cannot be closed now: move its opening instead. */
export type CallNotOpen = Error & {
  __typename?: 'CallNotOpen';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type CallStatus =
  | 'draft'
  | 'published';

export type CancelMeetupResult = InvalidMeetup | Meetup | MeetupCancelled | MeetupIsPast | MeetupNotFound | MeetupNotPublished | NotAnOrganiser | NotSignedIn;

export type CancelRsvpResult = Meetup | MeetupCancelled | MeetupNotFound | MeetupNotPublished | NoRsvp | NotSignedIn | RsvpClosed;

export type CancelTalkResult = InvalidProposal | NotAnOrganiser | NotSignedIn | Proposal | ProposalNotConfirmed | ProposalNotFound;

/** A member forks other curators' paths, not their own. */
export type CannotForkOwnPath = Error & {
  __typename?: 'CannotForkOwnPath';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The capacity asked for is below the seats already taken: ask again with `keepSeated: true` to keep everyone seated. */
export type CapacityBelowSeatsTaken = Error & {
  __typename?: 'CapacityBelowSeatsTaken';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  /** The capacity asked for. Not `capacity`: Meetup.capacity shares a result union with it. */
  requestedCapacity: Scalars['Int']['output'];
  /** Seats held by confirmed RSVPs, guests included. */
  seatsTaken: Scalars['Int']['output'];
};

export type ChangeMeetupCapacityResult = CapacityBelowSeatsTaken | InvalidMeetup | Meetup | MeetupCancelled | MeetupIsPast | MeetupNotFound | MeetupNotPublished | NotAnOrganiser | NotSignedIn;

export type ChangeRsvpResult = InvalidMeetup | Meetup | MeetupCancelled | MeetupNotFound | MeetupNotPublished | NoRsvp | NotAMember | NotEnoughSeats | NotSignedIn | RsvpClosed | TooManyGuests;

/** What the viewer may do at the door now. */
export type CheckInAccess =
  /** Before the door opens, or closed for good (or, after the end, for a host). */
  | 'closed'
  /** Organisers only, for a week after the end: check-ins may still be corrected. */
  | 'corrections'
  /** The door opens an hour before the start. */
  | 'not yet'
  /** The door is open: from an hour before the start to the end. */
  | 'open';

/** Check-in runs from an hour before the start to the end, for organisers and hosts; organisers may correct it for a week after the end. */
export type CheckInClosed = Error & {
  __typename?: 'CheckInClosed';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type CheckInGuestsResult = CheckInClosed | GuestsBeyondParty | InvalidMeetup | Meetup | MeetupCancelled | MeetupNotFound | MeetupNotPublished | NoRsvp | NotAnOrganiser | NotConfirmed | NotSignedIn;

export type CheckInResult = CheckInClosed | Meetup | MeetupCancelled | MeetupNotFound | MeetupNotPublished | NoRsvp | NotAnOrganiser | NotConfirmed | NotSignedIn;

/** A step of a path: a task and one resource. */
export type Checkpoint = {
  __typename?: 'Checkpoint';
  /** Stable across revisions: progress is kept by it. */
  id: Scalars['ID']['output'];
  /** 0-based. */
  position: Scalars['Int']['output'];
  resource: CheckpointResource;
  task: Scalars['String']['output'];
};

/** How one checkpoint changed between two revisions. */
export type CheckpointChange = {
  __typename?: 'CheckpointChange';
  checkpointId: Scalars['ID']['output'];
  /** 0-based position before; null for an added checkpoint. */
  fromPosition?: Maybe<Scalars['Int']['output']>;
  kind: CheckpointChangeKind;
  /** The checkpoint's task (for a removed one, as it was). */
  task: Scalars['String']['output'];
  /** 0-based position after; null for a removed checkpoint. */
  toPosition?: Maybe<Scalars['Int']['output']>;
};

export type CheckpointChangeKind =
  | 'added'
  | 'edited'
  | 'moved'
  | 'removed';

/** A checkpoint as the editor sends it. */
export type CheckpointInput = {
  /** An existing checkpoint's `id`, to keep it (and the progress made on it); none for a new checkpoint. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** A meetup's plain id (`Meetup.publicId`). */
  meetupId?: InputMaybe<Scalars['ID']['input']>;
  /** A confirmed talk's plain id (`Proposal.publicId`). */
  talkId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–200 characters. */
  task: Scalars['String']['input'];
  /** The link's title, 1–120 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** An https URL; with `title`. Exactly one of `url`, `talkId` and `meetupId`. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The path has no such checkpoint in its current revision. */
export type CheckpointNotFound = Error & {
  __typename?: 'CheckpointNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Whether one checkpoint is done. */
export type CheckpointProgress = {
  __typename?: 'CheckpointProgress';
  checkpointId: Scalars['ID']['output'];
  done: Scalars['Boolean']['output'];
  /** ISO-8601 instant in UTC; null while not done. */
  doneAt?: Maybe<Scalars['String']['output']>;
  /** The member's own note; only to the member (null for anyone else). */
  note?: Maybe<Scalars['String']['output']>;
  /** How it was done; null while not done. */
  source?: Maybe<ProgressSource>;
};

export type CheckpointResource = LinkResource | MeetupResource | TalkResource;

export type CheckpointResourceHit = MeetupResource | TalkResource;

export type CloseCallResult = CallForProposals | CallNotFound | CallNotOpen | NotAnOrganiser | NotSignedIn;

/** A member invited to speak on a proposal, and their answer. */
export type CoSpeaker = {
  __typename?: 'CoSpeaker';
  /** Null only for a moment after a new member signs up. */
  member?: Maybe<Member>;
  status: InvitationStatus;
};

/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type Community = Node & {
  __typename?: 'Community';
  /** Its published calls for proposals, latest opening first. */
  calls: CommunityCallsConnection;
  /** Markdown source, for editing. */
  description: Scalars['String']['output'];
  /** The description as safe HTML, to show as it is: no raw HTML, links only to http(s) and mailto addresses. */
  descriptionHtml: Scalars['String']['output'];
  /** Its draft calls, latest opening first. Organisers only (null for anyone else). */
  draftCalls?: Maybe<CommunityCallsConnection>;
  /** Drafts, by start. Organisers only (null for anyone else). */
  draftMeetups?: Maybe<CommunityDraftMeetupsConnection>;
  /** ISO-8601 instant in UTC. */
  foundedAt: Scalars['String']['output'];
  /** Every change to it and to its meetups, drafts included, newest first. Organisers only (null for anyone else). */
  history?: Maybe<CommunityHistoryConnection>;
  hosts: Array<Member>;
  id: Scalars['ID']['output'];
  joinMode: JoinMode;
  /** Every path of the community but the archived ones, drafts and unpublished ones included, latest change first: what its organisers look after; up to 50 a page. Its organisers only (null for anyone else). */
  managedPaths?: Maybe<QueryPathsConnection>;
  /** Members of every role; pending requests do not count. */
  memberCount: Scalars['Int']['output'];
  /** Members of every role, oldest first; with `pending`, the requests waiting for approval, which only organisers and hosts see (null for anyone else). */
  members?: Maybe<CommunityMembersConnection>;
  name: Scalars['String']['output'];
  organisers: Array<Member>;
  /** Meetups that started before now, latest first. */
  pastMeetups: CommunityPastMeetupsConnection;
  /** Its published paths, newest first; up to 50 a page. */
  paths: QueryPathsConnection;
  /** Unique; the community's address, e.g. /c/rust-berlin. */
  slug: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  /** Its confirmed talks, latest confirmed first: the talks archive. */
  talks: CommunityTalksConnection;
  /** Published and cancelled meetups from now on, soonest first. */
  upcomingMeetups: CommunityUpcomingMeetupsConnection;
  /** The signed-in member's standing here; null when anonymous or not a member. */
  viewerRole?: Maybe<CommunityRole>;
  /** Its webhooks, oldest first. Organisers only (null for anyone else). */
  webhooks?: Maybe<Array<Webhook>>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityDraftCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityDraftMeetupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityManagedPathsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  pending?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityPastMeetupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityPathsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A community: its members, organisers and hosts, and (soon) its meetups. */
export type CommunityUpcomingMeetupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type CommunityCallsConnection = {
  __typename?: 'CommunityCallsConnection';
  edges: Array<CommunityCallsConnectionEdge>;
  pageInfo: PageInfo;
};

export type CommunityCallsConnectionEdge = {
  __typename?: 'CommunityCallsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: CallForProposals;
};

export type CommunityDraftMeetupsConnection = {
  __typename?: 'CommunityDraftMeetupsConnection';
  edges: Array<CommunityDraftMeetupsConnectionEdge>;
  pageInfo: PageInfo;
};

export type CommunityDraftMeetupsConnectionEdge = {
  __typename?: 'CommunityDraftMeetupsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Meetup;
};

export type CommunityHistoryConnection = {
  __typename?: 'CommunityHistoryConnection';
  edges: Array<CommunityHistoryConnectionEdge>;
  pageInfo: PageInfo;
};

export type CommunityHistoryConnectionEdge = {
  __typename?: 'CommunityHistoryConnectionEdge';
  cursor: Scalars['String']['output'];
  node: MeetupHistoryEntry;
};

/** One rule a community's details break. */
export type CommunityIssue = {
  __typename?: 'CommunityIssue';
  message: Scalars['String']['output'];
  /** Where in the input, e.g. ["tags", "2"]; empty for the input as a whole. */
  path: Array<Scalars['String']['output']>;
};

export type CommunityMembersConnection = {
  __typename?: 'CommunityMembersConnection';
  edges: Array<CommunityMembersConnectionEdge>;
  pageInfo: PageInfo;
};

export type CommunityMembersConnectionEdge = {
  __typename?: 'CommunityMembersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: CommunityMembership;
};

/** One member's place in a community. */
export type CommunityMembership = {
  __typename?: 'CommunityMembership';
  /** Null only for a moment after a new member signs up. */
  member?: Maybe<Member>;
  role: CommunityRole;
  /** When they joined, were approved, or asked to join (pending). */
  since: Scalars['String']['output'];
};

/** A member's choice for one kind in one community. */
export type CommunityMessageSetting = {
  __typename?: 'CommunityMessageSetting';
  /** Null if the community is gone. */
  community?: Maybe<Community>;
  enabled: Scalars['Boolean']['output'];
};

/** There is no such community. */
export type CommunityNotFound = Error & {
  __typename?: 'CommunityNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type CommunityPastMeetupsConnection = {
  __typename?: 'CommunityPastMeetupsConnection';
  edges: Array<CommunityPastMeetupsConnectionEdge>;
  pageInfo: PageInfo;
};

export type CommunityPastMeetupsConnectionEdge = {
  __typename?: 'CommunityPastMeetupsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Meetup;
};

/** A member's standing in a community: a role, or a request to join that waits for an organiser. */
export type CommunityRole =
  /** Checks people in at meetups and sees their attendee lists. */
  | 'host'
  | 'member'
  /** Runs the community: everything. */
  | 'organiser'
  /** Asked to join; an organiser approves or declines. */
  | 'pending';

export type CommunityTalksConnection = {
  __typename?: 'CommunityTalksConnection';
  edges: Array<CommunityTalksConnectionEdge>;
  pageInfo: PageInfo;
};

export type CommunityTalksConnectionEdge = {
  __typename?: 'CommunityTalksConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Proposal;
};

export type CommunityUpcomingMeetupsConnection = {
  __typename?: 'CommunityUpcomingMeetupsConnection';
  edges: Array<CommunityUpcomingMeetupsConnectionEdge>;
  pageInfo: PageInfo;
};

export type CommunityUpcomingMeetupsConnectionEdge = {
  __typename?: 'CommunityUpcomingMeetupsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Meetup;
};

export type ConfirmTalkResult = NotASpeaker | NotSignedIn | Proposal | ProposalNotAccepted | ProposalNotFound;

export type Coordinates = {
  __typename?: 'Coordinates';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type CoordinatesInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

export type CreateApiTokenResult = ApiTokenWithSecret | InvalidApiToken | NotSignedIn | TooManyApiTokens;

export type CreateWebhookResult = NotAWebhookOrganiser | NotSignedIn | TooManyWebhooks | UnknownWebhookKind | WebhookUrlRefused | WebhookWithSecret;

/** One criterion's score in a review. */
export type CriterionScore = {
  __typename?: 'CriterionScore';
  /** The criterion's `id`. */
  criterionId: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  /** The criterion's weight when the review was made. */
  weight: Scalars['Float']['output'];
};

export type CriterionScoreInput = {
  /** The criterion's `id`. */
  criterionId: Scalars['String']['input'];
  /** A whole number inside the criterion's scale. */
  score: Scalars['Int']['input'];
};

export type DeclineMembershipResult = Community | CommunityNotFound | NoPendingRequest | NotAnOrganiser | NotSignedIn;

export type DeclineTalkResult = NotASpeaker | NotSignedIn | Proposal | ProposalNotAccepted | ProposalNotFound;

export type DeleteWebhookResult = NotAWebhookOrganiser | NotSignedIn | WebhookDeleted | WebhookNotFound;

export type DraftCallInput = {
  /** Reviewers see no speaker while on. */
  anonymised?: InputMaybe<Scalars['Boolean']['input']>;
  /** After `opensAt`, ISO-8601. */
  closesAt: Scalars['String']['input'];
  communityId: Scalars['ID']['input'];
  /** 1 to 10 criteria. */
  criteria: Array<ReviewCriterionInput>;
  /** Markdown, up to 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 10 formats. */
  formats: Array<TalkFormatInput>;
  /** The meetup the call gathers talks for. */
  meetupId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO-8601. */
  opensAt: Scalars['String']['input'];
  /** 3 to 120 characters. */
  title: Scalars['String']['input'];
};

export type DraftCallResult = CallForProposals | InvalidCall | NotAnOrganiser | NotSignedIn;

export type DraftPathResult = InvalidPath | NotSignedIn | Path | ResourceNotFound;

export type EditAgendaSlotInput = {
  meetupId: Scalars['ID']['input'];
  /** 1 to 600; left out keeps it. */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  slotId: Scalars['ID']['input'];
  /** Left out keeps it. */
  startsAt?: InputMaybe<Scalars['String']['input']>;
  /** A free item's label; left out keeps it (a talk's title is the talk's). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; a list given replaces the list. */
export type EditCallInput = {
  anonymised?: InputMaybe<Scalars['Boolean']['input']>;
  closesAt?: InputMaybe<Scalars['String']['input']>;
  criteria?: InputMaybe<Array<ReviewCriterionInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  formats?: InputMaybe<Array<TalkFormatInput>>;
  /** Null takes the target meetup away. */
  meetupId?: InputMaybe<Scalars['ID']['input']>;
  opensAt?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type EditCallResult = CallForProposals | CallNotFound | InvalidCall | NotAnOrganiser | NotSignedIn;

/** The details to change; a field left out (or null) keeps its value. */
export type EditCommunityInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Requests already pending stay pending when a community opens up. */
  joinMode?: InputMaybe<JoinMode>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new slug frees the old one for other communities. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every tag. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type EditCommunityResult = Community | CommunityNotFound | InvalidCommunity | NotAnOrganiser | NotSignedIn | SlugTaken;

/** The details to change; a field left out keeps its value. Null clears venue, joinUrl, rsvpOpensAt and rsvpClosesAt, and keeps the others. */
export type EditMeetupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  guestLimit?: InputMaybe<Scalars['Int']['input']>;
  joinUrl?: InputMaybe<Scalars['String']['input']>;
  rsvpClosesAt?: InputMaybe<Scalars['String']['input']>;
  rsvpOpensAt?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<VenueInput>;
  waitlist?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EditMeetupResult = InvalidMeetup | Meetup | MeetupCancelled | MeetupIsPast | MeetupNotFound | MeetupNotPublished | NotAnOrganiser | NotSignedIn;

export type EditPathResult = InvalidPath | NotSignedIn | NotTheCurator | NothingChanged | Path | PathArchived | PathNotFound | ResourceNotFound;

/** Only the fields given change; `coSpeakerHandles`, when given, is the whole list of co-speakers after the edit. */
export type EditProposalInput = {
  abstract?: InputMaybe<Scalars['String']['input']>;
  coSpeakerHandles?: InputMaybe<Array<Scalars['String']['input']>>;
  formatId?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<TalkLevel>;
  note?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type EditProposalResult = CallClosed | CallNotFound | FormatNotOffered | InvalidProposal | NotSignedIn | NotTheOwner | Proposal | ProposalClosed | ProposalNotFound | UnknownHandle;

export type EraseMeResult = EraseMeSuccess | NotSignedIn;

export type EraseMeSuccess = {
  __typename?: 'EraseMeSuccess';
  erased: Scalars['Boolean']['output'];
};

/** A rejection: the request was understood, and refused by a rule of the domain. */
export type Error = {
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type ForkPathResult = CannotForkOwnPath | NotSignedIn | Path | PathNotFound | PathNotPublished;

/** The call does not offer that format. */
export type FormatNotOffered = Error & {
  __typename?: 'FormatNotOffered';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type FoundCommunityInput = {
  /** Markdown, up to 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Default OPEN. */
  joinMode?: InputMaybe<JoinMode>;
  /** 3 to 80 characters. */
  name: Scalars['String']['input'];
  /** Unique: 3 to 40 lower-case letters, digits or hyphens, not starting or ending with a hyphen. */
  slug: Scalars['String']['input'];
  /** Up to 10, each 2 to 30 lower-case letters, digits or hyphens. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type FoundCommunityResult = Community | InvalidCommunity | NotSignedIn | SlugTaken;

/** A party is checked in with at most the guests it RSVPed with. */
export type GuestsBeyondParty = Error & {
  __typename?: 'GuestsBeyondParty';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Another member holds this handle. */
export type HandleTaken = Error & {
  __typename?: 'HandleTaken';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  takenHandle: Scalars['String']['output'];
};

/** The input breaks agenda rules; nothing was changed. */
export type InvalidAgendaSlot = Error & {
  __typename?: 'InvalidAgendaSlot';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  issues: Array<AgendaIssue>;
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The token's name is missing, too long (60 characters at most) or not on one line. */
export type InvalidApiToken = Error & {
  __typename?: 'InvalidApiToken';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Call details that break the rules; nothing was changed. */
export type InvalidCall = Error & {
  __typename?: 'InvalidCall';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  issues: Array<TalkIssue>;
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The details break community rules; nothing was changed. */
export type InvalidCommunity = Error & {
  __typename?: 'InvalidCommunity';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  issues: Array<CommunityIssue>;
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The input breaks meetup rules; nothing was changed. */
export type InvalidMeetup = Error & {
  __typename?: 'InvalidMeetup';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  issues: Array<MeetupIssue>;
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The input breaks path rules; nothing was changed. Too many checkpoints is an issue on ["checkpoints"]. */
export type InvalidPath = Error & {
  __typename?: 'InvalidPath';
  code: Scalars['String']['output'];
  issues: Array<PathIssue>;
  message: Scalars['String']['output'];
};

/** The profile change breaks profile rules; nothing was changed. */
export type InvalidProfile = Error & {
  __typename?: 'InvalidProfile';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  issues: Array<ProfileIssue>;
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The input breaks progress rules (a note over 500 characters); nothing was changed. */
export type InvalidProgress = Error & {
  __typename?: 'InvalidProgress';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A proposal, review or decision message that breaks the rules; nothing was changed. */
export type InvalidProposal = Error & {
  __typename?: 'InvalidProposal';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  issues: Array<TalkIssue>;
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A recording's address must be https. */
export type InvalidRecording = Error & {
  __typename?: 'InvalidRecording';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The speaker profile change breaks its rules; nothing was changed. */
export type InvalidSpeakerProfile = Error & {
  __typename?: 'InvalidSpeakerProfile';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  issues: Array<SpeakerProfileIssue>;
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A co-speaker's answer to an invitation, and the proposal as they may see it after: null once they declined, as they no longer speak on it. */
export type InvitationAnswered = {
  __typename?: 'InvitationAnswered';
  accepted: Scalars['Boolean']['output'];
  proposal?: Maybe<Proposal>;
};

export type InvitationStatus =
  | 'accepted'
  | 'declined'
  | 'invited';

export type JoinCommunityResult = AlreadyAMember | Community | CommunityNotFound | NotSignedIn;

export type JoinMode =
  /** An organiser approves every request to join. */
  | 'approval'
  /** Whoever joins is a member at once. */
  | 'open';

/** A community always keeps an organiser: the last one cannot leave, be removed or step down. */
export type LastOrganiser = Error & {
  __typename?: 'LastOrganiser';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type LearningFilter =
  | 'all'
  | 'completed'
  | 'in-progress';

export type LeaveCommunityResult = Community | CommunityNotFound | LastOrganiser | NotAMember | NotSignedIn;

export type Link = {
  __typename?: 'Link';
  label: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type LinkInput = {
  label: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type LinkRecordingResult = InvalidRecording | NotASpeaker | NotAnAcceptedTalk | NotSignedIn | Proposal | ProposalNotFound;

/** A page elsewhere on the web. */
export type LinkResource = {
  __typename?: 'LinkResource';
  title: Scalars['String']['output'];
  /** An https URL. */
  url: Scalars['String']['output'];
};

/** The signed-in member: their public profile and what only they may see. */
export type Me = {
  __typename?: 'Me';
  /** My API tokens in use, newest first (never their secrets). */
  apiTokens: Array<ApiToken>;
  /** My private iCalendar feed: my RSVPs, with join URLs where I am confirmed. Anyone with the URL can read it: reset it if it leaks. */
  calendarFeedUrl: Scalars['String']['output'];
  /** Every community I organise, host, belong to or asked to join, by name. */
  communities: Array<MyCommunity>;
  /** Where sign-in codes are sent. Only the member sees it. */
  email: Scalars['String']['output'];
  /** The paths the viewer follows, latest activity first; up to 50 a page, as every list of paths. */
  learning: MeLearningConnection;
  member: Member;
  /** True while I have neither a name of my own nor a handle, as after my first sign-in: the web app welcomes me then. */
  newcomer: Scalars['Boolean']['output'];
  /** The communities I organise: the organiser console is for them. */
  organises: Array<Community>;
  /** Every path the viewer curates, drafts and unpublished ones included, latest change first; up to 50 a page. */
  paths: QueryPathsConnection;
  /** The proposals I speak on or am invited to, newest first. */
  proposals: MeProposalsConnection;
  /** The calls I was appointed to review. */
  reviewerCalls: Array<CallForProposals>;
  /** My confirmed and waitlisted RSVPs: upcoming soonest first (default), or past latest first. */
  rsvps: MeRsvpsConnection;
  /** Communities I might join: those I neither belong to nor asked to join, most members first; `first` from 1 to 20. */
  suggestedCommunities: Array<Community>;
};


/** The signed-in member: their public profile and what only they may see. */
export type MeLearningArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LearningFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in member: their public profile and what only they may see. */
export type MePathsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in member: their public profile and what only they may see. */
export type MeProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in member: their public profile and what only they may see. */
export type MeRsvpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The signed-in member: their public profile and what only they may see. */
export type MeSuggestedCommunitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MeLearningConnection = {
  __typename?: 'MeLearningConnection';
  edges: Array<MeLearningConnectionEdge>;
  pageInfo: PageInfo;
};

export type MeLearningConnectionEdge = {
  __typename?: 'MeLearningConnectionEdge';
  cursor: Scalars['String']['output'];
  node: PathProgress;
};

export type MeProposalsConnection = {
  __typename?: 'MeProposalsConnection';
  edges: Array<MeProposalsConnectionEdge>;
  pageInfo: PageInfo;
};

export type MeProposalsConnectionEdge = {
  __typename?: 'MeProposalsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Proposal;
};

export type MeRsvpsConnection = {
  __typename?: 'MeRsvpsConnection';
  edges: Array<MeRsvpsConnectionEdge>;
  pageInfo: PageInfo;
};

export type MeRsvpsConnectionEdge = {
  __typename?: 'MeRsvpsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: MyRsvp;
};

/** A gathering of a community. Everyone who may see it sees these fields; the join URL, attendees, waitlist and history only those entitled. */
export type Meetup = Node & {
  __typename?: 'Meetup';
  /** The .ics file, and the same entry for Google Calendar and Outlook: the public entry, without the join URL. */
  addToCalendar: AddToCalendarLinks;
  /** The latest released version of its agenda; null until one is released. Public with the meetup. */
  agenda?: Maybe<AgendaVersion>;
  /** The draft of its agenda: the community's organisers only (null for anyone else, hosts included). */
  agendaDraft?: Maybe<AgendaDraft>;
  /** A released version by its number; null if there is no such version. */
  agendaVersion?: Maybe<AgendaVersion>;
  /** The meetup as it stood at an instant (ISO-8601); null before it was scheduled. Organisers only (null for anyone else). */
  asOf?: Maybe<MeetupSnapshot>;
  /** Confirmed first, then the waitlist in line, then cancelled and removed. Organisers and hosts only (null for anyone else). */
  attendees?: Maybe<MeetupAttendeesConnection>;
  cancellationMessage?: Maybe<Scalars['String']['output']>;
  /** Seats, guests included; null for unlimited. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Whether the door takes check-ins now: from an hour before the start to the end. */
  checkInOpen: Scalars['Boolean']['output'];
  /** Seats of the people checked in, guests included: how many came. */
  checkedInSeats: Scalars['Int']['output'];
  community: Community;
  /** Seats held, guests included. */
  confirmedSeats: Scalars['Int']['output'];
  /** Markdown source, for editing. */
  description: Scalars['String']['output'];
  /** The description as safe HTML, to show as it is: no raw HTML, links only to http(s) and mailto addresses. */
  descriptionHtml: Scalars['String']['output'];
  /** ISO-8601 instant in UTC. */
  endsAt: Scalars['String']['output'];
  /** Who is going: how many for anyone who may see the meetup, and the names of those who chose to be listed for members of its community. Null for a cancelled meetup. */
  going?: Maybe<MeetupGoing>;
  /** Guests one RSVP may bring. */
  guestLimit: Scalars['Int']['output'];
  /** Every change, oldest first. Organisers only (null for anyone else). */
  history?: Maybe<Array<MeetupHistoryEntry>>;
  /** Who runs it: its community's organisers, then its hosts (a meetup has no hosts of its own). Public, as the community's are. */
  hosts: Array<MeetupHost>;
  id: Scalars['ID']['output'];
  /** The online join URL: for confirmed attendees and organisers only (null for anyone else). */
  joinUrl?: Maybe<Scalars['String']['output']>;
  /** Whether there is an online join URL. */
  online: Scalars['Boolean']['output'];
  /** How many published paths have this meetup as a checkpoint. */
  pathCount: Scalars['Int']['output'];
  /** Where the meetup stands now, whatever its status. */
  phase: MeetupPhase;
  /** The id the meetup's addresses carry: its page (/meetups/<publicId>), its console, its .ics file, calendar entries and feed items. `meetup(id)` takes it as well as `id`. */
  publicId: Scalars['ID']['output'];
  rsvpClosesAt: Scalars['String']['output'];
  rsvpOpensAt?: Maybe<Scalars['String']['output']>;
  /** Null for unlimited. */
  spotsLeft?: Maybe<Scalars['Int']['output']>;
  /** ISO-8601 instant in UTC. */
  startsAt: Scalars['String']['output'];
  status: MeetupStatus;
  /** IANA time zone the meetup is shown in. */
  timeZone: Scalars['String']['output'];
  /** Confirmed, waitlisted and checked-in people over time. Organisers and hosts only. */
  timeline?: Maybe<Array<MeetupTimelinePoint>>;
  title: Scalars['String']['output'];
  venue?: Maybe<Venue>;
  /** What the viewer may do at the door now. Organisers and hosts only (null for anyone else). */
  viewerCheckIn?: Maybe<CheckInAccess>;
  /** The signed-in member's RSVP; null when anonymous or never RSVPed. */
  viewerRsvp?: Maybe<ViewerRsvp>;
  /** First in line first. Organisers and hosts only (null for anyone else). */
  waitlist?: Maybe<Array<WaitlistedParty>>;
  waitlistEnabled: Scalars['Boolean']['output'];
  /** Parties waiting. */
  waitlistLength: Scalars['Int']['output'];
};


/** A gathering of a community. Everyone who may see it sees these fields; the join URL, attendees, waitlist and history only those entitled. */
export type MeetupAgendaVersionArgs = {
  number: Scalars['Int']['input'];
};


/** A gathering of a community. Everyone who may see it sees these fields; the join URL, attendees, waitlist and history only those entitled. */
export type MeetupAsOfArgs = {
  instant: Scalars['String']['input'];
};


/** A gathering of a community. Everyone who may see it sees these fields; the join URL, attendees, waitlist and history only those entitled. */
export type MeetupAttendeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A gathering of a community. Everyone who may see it sees these fields; the join URL, attendees, waitlist and history only those entitled. */
export type MeetupGoingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MeetupAttendeesConnection = {
  __typename?: 'MeetupAttendeesConnection';
  edges: Array<MeetupAttendeesConnectionEdge>;
  pageInfo: PageInfo;
};

export type MeetupAttendeesConnectionEdge = {
  __typename?: 'MeetupAttendeesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Attendee;
};

/** The meetup is cancelled: it changes no more and takes no RSVPs. */
export type MeetupCancelled = Error & {
  __typename?: 'MeetupCancelled';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** No seats for the party, and the meetup keeps no waitlist. */
export type MeetupFull = Error & {
  __typename?: 'MeetupFull';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Who is going to a meetup, as the viewer may see it. */
export type MeetupGoing = {
  __typename?: 'MeetupGoing';
  /** People holding confirmed seats, guests included. */
  count: Scalars['Int']['output'];
  /** The first members going who chose to be listed, in the order they RSVPed; never an erased member. Members of the community only (null for anyone else). */
  members?: Maybe<Array<Member>>;
  /** People going who are not in `members`: guests, members who chose not to be listed (or beyond `first`); everyone, for a viewer who may not see names. */
  othersCount: Scalars['Int']['output'];
};

/** One change to a meetup (or, in a community's history, to the community), from the log. */
export type MeetupHistoryEntry = {
  __typename?: 'MeetupHistoryEntry';
  /** Who did it; null for Meetstream (a promotion follows from the change that freed the seats) or an erased member. */
  actor?: Maybe<Member>;
  /** For a promotion: the version of the change whose freed seats it followed. */
  causeVersion?: Maybe<Scalars['Int']['output']>;
  /** When it happened, in the meetup's time zone as it stood then (a community's own change: its latest meetup's), e.g. "24 Dec 2026, 17:30 CET". */
  localTime: Scalars['String']['output'];
  /** The meetup it changed; null for a change of the community itself, or if the viewer may no longer see it. */
  meetup?: Maybe<Meetup>;
  /** ISO-8601 instant in UTC. */
  occurredAt: Scalars['String']['output'];
  /** Plain words, members by name ("an erased member" once erased). */
  summary: Scalars['String']['output'];
  /** The meetup's IANA time zone as it stood then. */
  timeZone: Scalars['String']['output'];
  /** The event type, e.g. RsvpConfirmed. */
  type: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A person who runs a meetup. */
export type MeetupHost = {
  __typename?: 'MeetupHost';
  member: Member;
  role: CommunityRole;
};

/** The meetup has ended: its details, time, capacity and status change no more (check-ins may still be corrected). */
export type MeetupIsPast = Error & {
  __typename?: 'MeetupIsPast';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** One rule a meetup's input breaks. */
export type MeetupIssue = {
  __typename?: 'MeetupIssue';
  message: Scalars['String']['output'];
  /** Where in the input, e.g. ["endsAt"]; empty for the input as a whole. */
  path: Array<Scalars['String']['output']>;
};

/** There is no such meetup. */
export type MeetupNotFound = Error & {
  __typename?: 'MeetupNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The meetup is a draft: it takes no RSVPs and no check-ins yet. */
export type MeetupNotPublished = Error & {
  __typename?: 'MeetupNotPublished';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Where a meetup stands in time. */
export type MeetupPhase =
  /** From its end: the attendance recap. */
  | 'past'
  /** From its start until its end. */
  | 'running'
  /** Before its start: RSVPs, the waitlist, calendars. */
  | 'upcoming';

/** A meetup of Meetstream to attend: being checked in at it completes the checkpoint. */
export type MeetupResource = {
  __typename?: 'MeetupResource';
  /** Null if the viewer may not see the meetup. */
  meetup?: Maybe<Meetup>;
};

/** A meetup as it stood at an instant in the past. */
export type MeetupSnapshot = {
  __typename?: 'MeetupSnapshot';
  cancellationMessage?: Maybe<Scalars['String']['output']>;
  capacity?: Maybe<Scalars['Int']['output']>;
  confirmedSeats: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  endsAt: Scalars['String']['output'];
  guestLimit: Scalars['Int']['output'];
  startsAt: Scalars['String']['output'];
  status: MeetupStatus;
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  venue?: Maybe<Venue>;
  waitlistLength: Scalars['Int']['output'];
};

export type MeetupStatus =
  /** Final: it changes no more and takes no RSVPs. */
  | 'cancelled'
  /** Only the community's organisers see it. */
  | 'draft'
  | 'published';

/** People (guests included) after one RSVP change. */
export type MeetupTimelinePoint = {
  __typename?: 'MeetupTimelinePoint';
  at: Scalars['String']['output'];
  checkedIn: Scalars['Int']['output'];
  confirmed: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};

/** A member's public profile: what anyone may see. An erased member keeps only their id. */
export type Member = Node & {
  __typename?: 'Member';
  avatarUrl?: Maybe<Scalars['String']['output']>;
  bio: Scalars['String']['output'];
  /** The paths they curate that are published, newest first; up to 50 a page. */
  curatedPaths: QueryPathsConnection;
  displayName: Scalars['String']['output'];
  erased: Scalars['Boolean']['output'];
  /** Unique; null until the member chooses one. */
  handle?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The paths they follow and chose to show on their profile, latest activity first; up to 50 a page, as every list of paths. */
  learning: MeLearningConnection;
  links: Array<Link>;
  /** The member's notification settings: to the member only (null to anyone else). */
  notificationSettings?: Maybe<NotificationSettings>;
  /** ISO-8601 instant in UTC. */
  registeredAt: Scalars['String']['output'];
  /** The member's speaker profile: null until it has a headline (except for the member themself), and once they are erased. */
  speakerProfile?: Maybe<SpeakerProfile>;
};


/** A member's public profile: what anyone may see. An erased member keeps only their id. */
export type MemberCuratedPathsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member's public profile: what anyone may see. An erased member keeps only their id. */
export type MemberLearningArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The member was erased: nothing about them can change any more. */
export type MemberErased = Error & {
  __typename?: 'MemberErased';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A kind of message Meetstream sends a member. */
export type MessageKind =
  | 'agenda-released'
  | 'meetup-announced'
  | 'meetup-cancelled'
  | 'meetup-reminder'
  | 'meetup-rescheduled'
  | 'path-completed'
  | 'proposal-decided'
  | 'rsvp-confirmed'
  | 'rsvp-removed'
  | 'rsvp-waitlisted'
  | 'waitlist-promoted'
  | 'webhook-disabled';

/** One kind of message, as the member set it. */
export type MessageKindSetting = {
  __typename?: 'MessageKindSetting';
  /** The communities the member chose for apart from their choice everywhere. */
  communities: Array<CommunityMessageSetting>;
  /** Whether it arrives from communities the member made no choice for. */
  enabled: Scalars['Boolean']['output'];
  kind: MessageKind;
  /** What the kind is, in words, e.g. "Reminders before a meetup you are going to". */
  label: Scalars['String']['output'];
  /** Whether a member who never chose gets it: what concerns their own RSVPs and talks yes, announcements no. */
  onByDefault: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a submitted proposal, with a message to its speakers. Organisers only. */
  acceptProposal: AcceptProposalResult;
  /** Adds a slot to the meetup's agenda draft: a confirmed talk or a free item. Organisers of its community only. */
  addAgendaSlot: AgendaDraftResult;
  /** Accepts or declines the signed-in member's invitation to speak on a proposal. */
  answerCoSpeakerInvitation: AnswerCoSpeakerInvitationResult;
  /** Makes a member a host (check-in and attendee lists at meetups). Organisers only. */
  appointHost: AppointHostResult;
  /** Makes a member an organiser. Organisers only. */
  appointOrganiser: AppointOrganiserResult;
  /** Appoints a member of the community to review the call's proposals (organisers review without appointment). Organisers only. */
  appointReviewer: AppointReviewerResult;
  /** Approves a pending request to join. Organisers only. */
  approveMembership: ApproveMembershipResult;
  /** Retires the path for good: it stays readable at its address and changes no more. */
  archivePath: PathChangeResult;
  /** A speaker of an accepted or confirmed talk (or an organiser) attaches slides uploaded with startUpload(kind: SLIDES), replacing any before. */
  attachSlides: AttachSlidesResult;
  /** Cancels a meetup for good, with a message for its attendees. Organisers only. */
  cancelMeetup: CancelMeetupResult;
  /** Withdraws the signed-in member's RSVP; the waitlist moves up. */
  cancelRsvp: CancelRsvpResult;
  /** Calls off a confirmed talk, with a message to its speakers. Organisers only. */
  cancelTalk: CancelTalkResult;
  /** Sets the seats (guests included; null for unlimited). An increase promotes from the waitlist; a capacity below the seats taken is refused unless `keepSeated` (nobody seated loses a seat). Organisers only. */
  changeMeetupCapacity: ChangeMeetupCapacityResult;
  /** Changes the signed-in member's RSVP without cancelling it: the guests, whether the guest list shows them, or both (what is left out stays). Fewer guests free seats and the waitlist moves up; more guests must fit in the seats left (else NotEnoughSeats, and the RSVP stays as it was) and need RSVPs open. Members of the community only. */
  changeRsvp: ChangeRsvpResult;
  /** Checks a confirmed attendee in at the door, with all their guests. Organisers and hosts, from an hour before the start to the end; organisers alone for a week after it. */
  checkIn: CheckInResult;
  /** Checks a confirmed attendee in at the door with the number of their guests who came (0 up to the party's guests); again to change it. Organisers and hosts, from an hour before the start to the end; organisers alone for a week after it. */
  checkInGuests: CheckInGuestsResult;
  /** Ends the call's window now. Organisers only. */
  closeCall: CloseCallResult;
  /** A speaker confirms an accepted talk: from then on it is public. */
  confirmTalk: ConfirmTalkResult;
  /** Makes an API token for my scripts. Only with a sign-in, not with another token. */
  createApiToken: CreateApiTokenResult;
  /**
   * Subscribes an https URL to kinds of the community's events (its organisers only). The answer holds the signing
   * secret: it is shown this once.
   */
  createWebhook: CreateWebhookResult;
  /** Declines a pending request to join. Organisers only. */
  declineMembership: DeclineMembershipResult;
  /** A speaker declines an accepted talk. */
  declineTalk: DeclineTalkResult;
  /** Deletes a webhook: nothing more is sent to it. */
  deleteWebhook: DeleteWebhookResult;
  /** Stops sending to a webhook until it is enabled again. */
  disableWebhook: WebhookResult;
  /** Drafts a call for proposals of a community. Organisers only. */
  draftCall: DraftCallResult;
  /** A new path, a draft of the viewer's. */
  draftPath: DraftPathResult;
  /** Changes a slot of the draft: its start, its length, a free item's label. */
  editAgendaSlot: AgendaDraftResult;
  /** Changes a call's details. Organisers only. */
  editCall: EditCallResult;
  /** Changes a community's details. Organisers only. */
  editCommunity: EditCommunityResult;
  /** Changes a meetup's details. Organisers only. */
  editMeetup: EditMeetupResult;
  /** Before the first publish, changes the draft. After it, makes the next revision, which needs a change note (1–300 characters). Checkpoints keep their progress by `id`. */
  editPath: EditPathResult;
  /** The owner edits their proposal: a draft until the call closes, a submitted one while the call takes proposals. */
  editProposal: EditProposalResult;
  /** Sends to a webhook again, its failures forgotten; what failed meanwhile is redelivered by hand. */
  enableWebhook: WebhookResult;
  /** Erases the signed-in member for good: their personal data is made unreadable everywhere and every sign-in ends. */
  eraseMe: EraseMeResult;
  /** Follows a published path. Meetups of its checkpoints the viewer was checked in at count as done. */
  followPath: ProgressResult;
  /** A draft of the viewer's that starts as the path's latest revision and records where it came from. */
  forkPath: ForkPathResult;
  /** Founds a community; the signed-in member becomes its organiser. */
  foundCommunity: FoundCommunityResult;
  /** Joins a community: a member at once if it is open, otherwise a pending request (see Community.viewerRole). */
  joinCommunity: JoinCommunityResult;
  /** Leaves a community, or takes back a pending request to join it. */
  leaveCommunity: LeaveCommunityResult;
  /** An https address; YouTube, Vimeo and PeerTube pages get an embed. */
  linkRecording: LinkRecordingResult;
  /** Marks a checkpoint of the path's current revision done or not done; follows the path if the viewer does not yet. */
  markCheckpoint: ProgressResult;
  /** Moves a slot to another place in the order (0 is first). The slots keep their lengths; in their new order they are laid out from the first slot's start, keeping the gaps between positions as they were. */
  moveAgendaSlot: AgendaDraftResult;
  /** Starts the call's window now. Organisers only. */
  openCall: OpenCallResult;
  /** Seats a waitlisted member's party now, ahead of the line, until the meetup starts. When the seats free cannot hold it, refused (NoSeatsForParty) unless `overCapacity`. Organisers only. */
  promoteFromWaitlist: PromoteFromWaitlistResult;
  /** Publishes a draft call: from then on it is public. Organisers only. */
  publishCall: PublishCallResult;
  /** Publishes a draft: members see it and may RSVP. Organisers only. */
  publishMeetup: PublishMeetupResult;
  /** Makes the path public: the first publish is revision 1; after an unpublish, the latest revision again. */
  publishPath: PublishPathResult;
  /** Sends a delivered or failed delivery again, at once, under the same `webhook-id`. */
  redeliverWebhook: RedeliverWebhookResult;
  /** Rejects a submitted proposal, with a message to its speakers. Organisers only. */
  rejectProposal: RejectProposalResult;
  /** Releases the draft as the next numbered version, with a note on what changed. The public sees released versions only. */
  releaseAgenda: ReleaseAgendaResult;
  /** Takes a slot off the draft. */
  removeAgendaSlot: AgendaDraftResult;
  /** Removes a member from a community. Organisers only; the last organiser stays. */
  removeMember: RemoveMemberResult;
  /** Takes a member off the call's reviewers. Organisers only. */
  removeReviewer: RemoveReviewerResult;
  /** Removes a member's RSVP; the waitlist moves up. Organisers only. */
  removeRsvp: RemoveRsvpResult;
  removeSlides: RemoveSlidesResult;
  removeSpeakerPhoto: RemoveSpeakerPhotoResult;
  /** Moves a meetup in time. Organisers only. */
  rescheduleMeetup: RescheduleMeetupResult;
  /** Issues a new private calendar feed URL; the old one stops working at once. */
  resetCalendarFeed: ResetCalendarFeedResult;
  /** Lets mail reach the signed-in member's address again after a bounce or a complaint stopped it. */
  resumeNotifications: ResumeNotificationsResult;
  /** A reviewer of the call (an organiser of its community, or a member appointed) scores each criterion and may comment; reviewing again revises the review. Nobody reviews a proposal they speak on. */
  reviewProposal: ReviewProposalResult;
  /** Revokes one of my API tokens at once. Only with a sign-in, not with another token. */
  revokeApiToken: RevokeApiTokenResult;
  /** Makes an organiser or host a plain member again. Organisers only; the last organiser stays. */
  revokeRole: RevokeRoleResult;
  /**
   * Makes a new signing secret (shown this once); the previous one signs beside it for a day, so receivers switch
   * without losing a delivery.
   */
  rotateWebhookSecret: RotateWebhookSecretResult;
  /** RSVPs for the signed-in member (members of the community only), with guests: confirmed if the party fits, else waitlisted. See Meetup.viewerRsvp. */
  rsvp: RsvpResult;
  /** Schedules a meetup as a draft. Organisers of the community only. */
  scheduleMeetup: ScheduleMeetupResult;
  /**
   * Turns a kind of message on or off for the signed-in member: in one community, or everywhere when communityId is
   * null (a choice for a community wins over the choice everywhere).
   */
  setNotificationPreference: SetNotificationPreferenceResult;
  /** Shows the progress on the viewer's profile, or hides it. */
  setProgressVisibility: ProgressResult;
  /** The signed-in member's photo, uploaded with startUpload(kind: PHOTO). */
  setSpeakerPhoto: SetSpeakerPhotoResult;
  /** Starts an upload of the signed-in member's: a fresh address for one file, valid for 15 minutes. */
  startUpload: StartUploadResult;
  /** The owner submits their draft, while the call takes proposals. */
  submitDraftProposal: SubmitDraftProposalResult;
  /** Proposes a talk to a call, owned by the signed-in member (a member of the call's community): submitted at once, while the call takes proposals, or kept a draft with `draft: true`. Co-speakers are invited by handle and must accept. */
  submitProposal: SubmitProposalResult;
  /** Takes back a check-in, the member's guests included. Who may, and when, as for checkIn. */
  undoCheckIn: UndoCheckInResult;
  /** Stops following; the marks are kept. */
  unfollowPath: ProgressResult;
  unlinkRecording: UnlinkRecordingResult;
  /** Takes the path out of public view; its learners keep their progress. */
  unpublishPath: PathChangeResult;
  /**
   * The link at the foot of a message: stops that kind of message for the member it was sent to, everywhere, with no
   * sign-in (the token is the authority). Mail clients' one-click unsubscribe (RFC 8058) posts to
   * /unsubscribe/one-click?token=… instead.
   */
  unsubscribe: UnsubscribeResult;
  /** Changes the signed-in member's profile and returns it as it now is. */
  updateProfile: UpdateProfileResult;
  /** Changes the signed-in member's speaker profile and returns it as it now is. */
  updateSpeakerProfile: UpdateSpeakerProfileResult;
  /** A speaker withdraws their proposal: before a decision, or after acceptance. */
  withdrawProposal: WithdrawProposalResult;
};


export type MutationAcceptProposalArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationAddAgendaSlotArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddAgendaSlotInput;
};


export type MutationAnswerCoSpeakerInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationAppointHostArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


export type MutationAppointOrganiserArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


export type MutationAppointReviewerArgs = {
  callId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


export type MutationApproveMembershipArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


export type MutationArchivePathArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pathId: Scalars['ID']['input'];
};


export type MutationAttachSlidesArgs = {
  proposalId: Scalars['ID']['input'];
  uploadId: Scalars['ID']['input'];
};


export type MutationCancelMeetupArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


export type MutationCancelRsvpArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
};


export type MutationCancelTalkArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  message: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
};


export type MutationChangeMeetupCapacityArgs = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  keepSeated?: InputMaybe<Scalars['Boolean']['input']>;
  meetupId: Scalars['ID']['input'];
};


export type MutationChangeRsvpArgs = {
  guests?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  meetupId: Scalars['ID']['input'];
};


export type MutationCheckInArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationCheckInGuestsArgs = {
  guests: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationCloseCallArgs = {
  callId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmTalkArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  scope: ApiTokenScope;
};


export type MutationCreateWebhookArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kinds: Array<WebhookKind>;
  url: Scalars['String']['input'];
};


export type MutationDeclineMembershipArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


export type MutationDeclineTalkArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationDisableWebhookArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationDraftCallArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DraftCallInput;
};


export type MutationDraftPathArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: PathInput;
};


export type MutationEditAgendaSlotArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EditAgendaSlotInput;
};


export type MutationEditCallArgs = {
  callId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EditCallInput;
};


export type MutationEditCommunityArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EditCommunityInput;
};


export type MutationEditMeetupArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EditMeetupInput;
  meetupId: Scalars['ID']['input'];
};


export type MutationEditPathArgs = {
  changeNote?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: PathInput;
  pathId: Scalars['ID']['input'];
};


export type MutationEditProposalArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EditProposalInput;
  proposalId: Scalars['ID']['input'];
};


export type MutationEnableWebhookArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationFollowPathArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pathId: Scalars['ID']['input'];
};


export type MutationForkPathArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pathId: Scalars['ID']['input'];
};


export type MutationFoundCommunityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: FoundCommunityInput;
};


export type MutationJoinCommunityArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLeaveCommunityArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLinkRecordingArgs = {
  proposalId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
};


export type MutationMarkCheckpointArgs = {
  checkpointId: Scalars['ID']['input'];
  done: Scalars['Boolean']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  pathId: Scalars['ID']['input'];
};


export type MutationMoveAgendaSlotArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
  slotId: Scalars['ID']['input'];
};


export type MutationOpenCallArgs = {
  callId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPromoteFromWaitlistArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
  overCapacity?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationPublishCallArgs = {
  callId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPublishMeetupArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
};


export type MutationPublishPathArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pathId: Scalars['ID']['input'];
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
  webhookId: Scalars['ID']['input'];
};


export type MutationRejectProposalArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationReleaseAgendaArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveAgendaSlotArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


export type MutationRemoveReviewerArgs = {
  callId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


export type MutationRemoveRsvpArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationRemoveSlidesArgs = {
  proposalId: Scalars['ID']['input'];
};


export type MutationRescheduleMeetupArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RescheduleMeetupInput;
  meetupId: Scalars['ID']['input'];
};


export type MutationReviewProposalArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ReviewInput;
  proposalId: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  tokenId: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  communityId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationRsvpArgs = {
  guests?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  meetupId: Scalars['ID']['input'];
};


export type MutationScheduleMeetupArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ScheduleMeetupInput;
};


export type MutationSetNotificationPreferenceArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  enabled: Scalars['Boolean']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: MessageKind;
};


export type MutationSetProgressVisibilityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pathId: Scalars['ID']['input'];
  public: Scalars['Boolean']['input'];
};


export type MutationSetSpeakerPhotoArgs = {
  uploadId: Scalars['ID']['input'];
};


export type MutationStartUploadArgs = {
  kind: UploadKind;
};


export type MutationSubmitDraftProposalArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationSubmitProposalArgs = {
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SubmitProposalInput;
};


export type MutationUndoCheckInArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetupId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationUnfollowPathArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pathId: Scalars['ID']['input'];
};


export type MutationUnlinkRecordingArgs = {
  proposalId: Scalars['ID']['input'];
};


export type MutationUnpublishPathArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  pathId: Scalars['ID']['input'];
};


export type MutationUnsubscribeArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateProfileArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProfileInput;
};


export type MutationUpdateSpeakerProfileArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SpeakerProfileInput;
};


export type MutationWithdrawProposalArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
};

/** A community the signed-in member organises, hosts, belongs to or asked to join. */
export type MyCommunity = {
  __typename?: 'MyCommunity';
  community: Community;
  role: CommunityRole;
};

/** One of the signed-in member's RSVPs. */
export type MyRsvp = {
  __typename?: 'MyRsvp';
  attendance?: Maybe<Attendance>;
  checkedIn: Scalars['Boolean']['output'];
  guests: Scalars['Int']['output'];
  /** Null only if the meetup is no longer visible. */
  meetup?: Maybe<Meetup>;
  status: RsvpStatus;
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** The member has no pending request to join the community. */
export type NoPendingRequest = Error & {
  __typename?: 'NoPendingRequest';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The member holds no confirmed or waitlisted RSVP to act on. */
export type NoRsvp = Error & {
  __typename?: 'NoRsvp';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The party needs more seats than are free: ask again with `overCapacity: true` to seat it over the capacity. */
export type NoSeatsForParty = Error & {
  __typename?: 'NoSeatsForParty';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  /** Seats free now; never below zero. */
  seatsLeft: Scalars['Int']['output'];
  /** The member and their guests. */
  seatsNeeded: Scalars['Int']['output'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** The member is not a member of the community (a pending request is not a membership). */
export type NotAMember = Error & {
  __typename?: 'NotAMember';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Only a reviewer of the call (an organiser of its community, or a member appointed) may do that. */
export type NotAReviewer = Error & {
  __typename?: 'NotAReviewer';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Only a speaker of the talk may do that. */
export type NotASpeaker = Error & {
  __typename?: 'NotASpeaker';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Webhooks are a community's organisers' to manage, and theirs alone. */
export type NotAWebhookOrganiser = Error & {
  __typename?: 'NotAWebhookOrganiser';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Slides and recordings are for an accepted or confirmed talk. */
export type NotAnAcceptedTalk = Error & {
  __typename?: 'NotAnAcceptedTalk';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Only an organiser of the community may do this. */
export type NotAnOrganiser = Error & {
  __typename?: 'NotAnOrganiser';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Only confirmed attendees are checked in. */
export type NotConfirmed = Error & {
  __typename?: 'NotConfirmed';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** More guests than the seats left hold: the RSVP stays as it was. */
export type NotEnoughSeats = Error & {
  __typename?: 'NotEnoughSeats';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** Guests the change asked to add. */
  guestsAdded: Scalars['Int']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  /** Seats left now. Not `spotsLeft`: Meetup.spotsLeft shares a result union with it. */
  seatsAvailable: Scalars['Int']['output'];
};

/** The viewer does not follow the path. */
export type NotFollowing = Error & {
  __typename?: 'NotFollowing';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The member has no open invitation to speak on the proposal. */
export type NotInvited = Error & {
  __typename?: 'NotInvited';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Only a signed-in member may do this. */
export type NotSignedIn = Error & {
  __typename?: 'NotSignedIn';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Only the path's curator (or, for a community's path, its organisers) may do this. */
export type NotTheCurator = Error & {
  __typename?: 'NotTheCurator';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Only the speaker who proposed the talk may do that. */
export type NotTheOwner = Error & {
  __typename?: 'NotTheOwner';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The member is not on the waitlist: confirmed already, withdrawn or removed. */
export type NotWaitlisted = Error & {
  __typename?: 'NotWaitlisted';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The edit changes nothing: no revision was made. */
export type NothingChanged = Error & {
  __typename?: 'NothingChanged';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Nothing to release: the draft has no slot, or it is the same as the latest release. */
export type NothingToRelease = Error & {
  __typename?: 'NothingToRelease';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** What the signed-in member gets, by kind, and where they chose apart for one community. */
export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  kinds: Array<MessageKindSetting>;
  /** Why nothing is sent to the member's address, if it bounced or was reported; null while mail goes out. */
  suppressed?: Maybe<NotificationSuppression>;
};

/** Why nothing reaches a member's address now. */
export type NotificationSuppression =
  /** Mail to the address bounced for good. */
  | 'bounce'
  /** A message was reported as spam. */
  | 'complaint';

export type OpenCallResult = CallForProposals | CallNotFound | InvalidCall | NotAnOrganiser | NotSignedIn;

/** Nobody reviews a proposal they speak on. */
export type OwnProposal = Error & {
  __typename?: 'OwnProposal';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A learning path: a goal and a short ordered list of checkpoints, each a task with one resource. Anyone signed in curates one; a path of a community may be edited by its organisers too. Published paths are public; drafts only for who may edit them. */
export type Path = Node & {
  __typename?: 'Path';
  /** The latest revision's checkpoints in order (a draft's, for who may edit it). */
  checkpoints: Array<Checkpoint>;
  /** The community it belongs to, if one (and the viewer may see it). */
  community?: Maybe<Community>;
  /** How many members have completed it: each counts while every checkpoint of its latest revision is done, whether or not they still follow it. Undoing a checkpoint ends a completion at once; a revision that adds a checkpoint ends the completions it leaves open, and one that removes the last checkpoints a member had not done completes it for them. A revision is recounted shortly after it is made (as the bus delivers it), while each learner's own share follows it at once. */
  completionCount: Scalars['Int']['output'];
  /** Who curates it; null once that member is erased (then `curatorErased` is true). */
  curator?: Maybe<Member>;
  curatorErased: Scalars['Boolean']['output'];
  /** Markdown source, for editing. */
  description: Scalars['String']['output'];
  /** The description as safe HTML. */
  descriptionHtml: Scalars['String']['output'];
  /** How many published forks it has. */
  forkCount: Scalars['Int']['output'];
  /** The path it was forked from, and the revision it was forked at; null unless a fork. */
  forkedFrom?: Maybe<PathOrigin>;
  /** Its published forks, newest first; up to 50 a page. */
  forks: PathForksConnection;
  /** What a learner reaches by following it, 5–80 characters. */
  goal: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** How many members follow it now. Public; who they are is not. */
  learnerCount: Scalars['Int']['output'];
  /** The plain id, as the web app's addresses may carry it. */
  publicId: Scalars['ID']['output'];
  /** ISO-8601 instant in UTC of the first publish; null while never published. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** The latest revision's number: 1 at the first publish, one up with each edit after it; 0 while a draft never published. */
  revision: Scalars['Int']['output'];
  /** Every revision, newest first, each with its change note and what changed against the one before. */
  revisions: Array<PathRevision>;
  /** Its address in the web app, `/paths/<slug>`. It follows the goal; former slugs still find the path (then this one differs from the one asked for). */
  slug: Scalars['String']['output'];
  status: PathStatus;
  /** Lower-case, up to 5. */
  tags: Array<Scalars['String']['output']>;
  /** ISO-8601 instant in UTC of the latest revision (or, for a draft, its latest edit). */
  updatedAt: Scalars['String']['output'];
  /** Whether the viewer may edit, publish, unpublish and archive it: its curator, or an organiser of its community. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether the viewer may fork it: signed in, published, and not their own. */
  viewerCanFork: Scalars['Boolean']['output'];
  /** The viewer's progress on it; null unless they follow it or once did. */
  viewerProgress?: Maybe<PathProgress>;
};


/** A learning path: a goal and a short ordered list of checkpoints, each a task with one resource. Anyone signed in curates one; a path of a community may be edited by its organisers too. Published paths are public; drafts only for who may edit them. */
export type PathForksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The path is archived: it changes no more. */
export type PathArchived = Error & {
  __typename?: 'PathArchived';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PathChangeResult = NotSignedIn | NotTheCurator | Path | PathArchived | PathNotFound;

export type PathForksConnection = {
  __typename?: 'PathForksConnection';
  edges: Array<PathForksConnectionEdge>;
  pageInfo: PageInfo;
};

export type PathForksConnectionEdge = {
  __typename?: 'PathForksConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Path;
};

/** A path's content: what a draft holds and each revision publishes. */
export type PathInput = {
  /** 1–30, in order. */
  checkpoints: Array<CheckpointInput>;
  /** The plain id of a community the curator belongs to; its organisers may then edit the path too. Read on the first draft only. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Markdown, up to 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 5–80 characters. */
  goal: Scalars['String']['input'];
  /** Up to 5, each 1–30 characters; stored lower-case. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One rule a path's input breaks. */
export type PathIssue = {
  __typename?: 'PathIssue';
  message: Scalars['String']['output'];
  /** Where in the input, e.g. ["checkpoints", "2", "url"]; empty for the input as a whole. */
  path: Array<Scalars['String']['output']>;
};

export type PathNotFound = Error & {
  __typename?: 'PathNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Only a published path is forked or followed. */
export type PathNotPublished = Error & {
  __typename?: 'PathNotPublished';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PathOrder =
  /** Most learners first (among the newest 2,000 that match), then latest published. */
  | 'most-followed'
  /** Latest published first. */
  | 'newest';

/** Where a fork came from. */
export type PathOrigin = {
  __typename?: 'PathOrigin';
  /** What changed in the original since: its revisions after `revision`, newest first (empty if the original is not visible). */
  changesSince: Array<PathRevision>;
  /** The original; null if the viewer may no longer see it (unpublished, archived or hidden). */
  path?: Maybe<Path>;
  /** The original's revision the fork was made from. */
  revision: Scalars['Int']['output'];
};

/** A member's progress on a path: the checkpoints of its current revision they have done. Only to the member, or to anyone on their profile if they chose to show it. */
export type PathProgress = {
  __typename?: 'PathProgress';
  checkpointCount: Scalars['Int']['output'];
  /** One per checkpoint of the current revision, in order. */
  checkpoints: Array<CheckpointProgress>;
  /** Every checkpoint of the current revision done. */
  completed: Scalars['Boolean']['output'];
  /** ISO-8601 instant in UTC of the mark that completed it; null while not completed. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** The share of the current revision's checkpoints done, 0–1: a removed checkpoint leaves it, an added one counts as not done. */
  completion: Scalars['Float']['output'];
  doneCount: Scalars['Int']['output'];
  /** ISO-8601 instant in UTC. */
  followedAt: Scalars['String']['output'];
  /** Whether they follow it now (marks are kept after an unfollow, and count again on following again). */
  following: Scalars['Boolean']['output'];
  path: Path;
  /** Whether the member shows it on their profile (off until they choose). */
  public: Scalars['Boolean']['output'];
};

/** One published revision of a path. */
export type PathRevision = {
  __typename?: 'PathRevision';
  /** The curator's note on what changed; empty for the first revision. */
  changeNote: Scalars['String']['output'];
  /** Its checkpoints' changes against the revision before (none for the first). */
  changes: Array<CheckpointChange>;
  /** Whether the goal changed against the revision before. */
  goalChanged: Scalars['Boolean']['output'];
  /** ISO-8601 instant in UTC. */
  publishedAt: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
};

export type PathStatus =
  | 'archived'
  | 'draft'
  | 'published'
  | 'unpublished';

/** The profile fields to change; a field left out keeps its value. */
export type ProfileInput = {
  /** null removes the avatar. */
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  handle?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every link. */
  links?: InputMaybe<Array<LinkInput>>;
};

/** One rule a profile change breaks. */
export type ProfileIssue = {
  __typename?: 'ProfileIssue';
  message: Scalars['String']['output'];
  /** Where in the input, e.g. ["links", "0", "url"]; empty for the input as a whole. */
  path: Array<Scalars['String']['output']>;
};

export type ProgressResult = CheckpointNotFound | InvalidProgress | NotFollowing | NotSignedIn | PathNotFound | PathNotPublished | PathProgress;

export type ProgressSource =
  /** The member was checked in at the checkpoint's meetup. */
  | 'checked-in'
  /** The member ticked it off. */
  | 'marked';

export type PromoteFromWaitlistResult = Meetup | MeetupCancelled | MeetupNotFound | MeetupNotPublished | NoRsvp | NoSeatsForParty | NotAnOrganiser | NotSignedIn | NotWaitlisted | RsvpClosed;

/** A talk on its way through a call; once confirmed, public as a talk (same id). What the viewer sees follows `viewerAccess`: organisers of its community everything, its speakers everything but the reviews, a reviewer of its call the talk without the private note (and, with anonymised review, no speaker), everyone else a confirmed talk. */
export type Proposal = Node & {
  __typename?: 'Proposal';
  /** Markdown source. */
  abstract: Scalars['String']['output'];
  /** The abstract as safe HTML. */
  abstractHtml: Scalars['String']['output'];
  /** The proposal as it stood at an instant (ISO-8601); null before it was drafted. Speakers and organisers only (null for anyone else). */
  asOf?: Maybe<ProposalSnapshot>;
  call?: Maybe<CallForProposals>;
  /** Every co-speaker invited, and their answer. Speakers and organisers only (null for anyone else). */
  coSpeakers?: Maybe<Array<CoSpeaker>>;
  community: Community;
  confirmedAt?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** The organisers' message with the acceptance, rejection or cancellation. Speakers and organisers only. */
  decisionMessage?: Maybe<Scalars['String']['output']>;
  draftedAt: Scalars['String']['output'];
  /** The call's format, as the call offers it now; null if it stopped offering it. */
  format?: Maybe<TalkFormat>;
  formatId: Scalars['String']['output'];
  /** Every change, oldest first (speakers read it without the reviews). Speakers and organisers only (null for anyone else). */
  history?: Maybe<Array<ProposalHistoryEntry>>;
  id: Scalars['ID']['output'];
  level: TalkLevel;
  /** A private note to the organisers. Speakers and organisers only. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who proposed it. Speakers and organisers only. */
  owner?: Maybe<Member>;
  /** How many published paths have this talk as a checkpoint. */
  pathCount: Scalars['Int']['output'];
  /** The published paths that have this talk as a checkpoint, most followed first. */
  paths: Array<Path>;
  /** The plain id, as the web app's addresses carry it. */
  publicId: Scalars['ID']['output'];
  /** Null without a recording, and for a reviewer of an anonymised call. Public with a confirmed talk. */
  recording?: Maybe<Recording>;
  /** Organisers read every review; a reviewer of the call their own, and the others' once they reviewed it themselves. Null for anyone else, its speakers included. */
  reviews?: Maybe<Array<Review>>;
  /** Null without slides, and for a reviewer of an anonymised call (slides carry the speaker's name). Public with a confirmed talk. */
  slides?: Maybe<Slides>;
  /** Its slot on a released agenda, if it has one (the latest release that lists it). */
  slot?: Maybe<TalkSlot>;
  /** Who gives the talk: the owner and the co-speakers who accepted. Null for a reviewer of an anonymised call. */
  speakers?: Maybe<Array<Member>>;
  status: ProposalStatus;
  submittedAt?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  viewerAccess: ProposalAccess;
  /** Whether the viewer has an open invitation to speak on it. */
  viewerIsInvited: Scalars['Boolean']['output'];
  /** Whether the viewer speaks on it (owner, or co-speaker invited or accepted). */
  viewerIsSpeaker: Scalars['Boolean']['output'];
};


/** A talk on its way through a call; once confirmed, public as a talk (same id). What the viewer sees follows `viewerAccess`: organisers of its community everything, its speakers everything but the reviews, a reviewer of its call the talk without the private note (and, with anonymised review, no speaker), everyone else a confirmed talk. */
export type ProposalAsOfArgs = {
  instant: Scalars['String']['input'];
};


/** A talk on its way through a call; once confirmed, public as a talk (same id). What the viewer sees follows `viewerAccess`: organisers of its community everything, its speakers everything but the reviews, a reviewer of its call the talk without the private note (and, with anonymised review, no speaker), everyone else a confirmed talk. */
export type ProposalPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why the viewer sees a proposal, which decides how much. */
export type ProposalAccess =
  | 'organiser'
  | 'public'
  | 'reviewer'
  | 'speaker';

/** The proposal reached an end (rejected, declined, withdrawn, cancelled) or is past the point of that change. */
export type ProposalClosed = Error & {
  __typename?: 'ProposalClosed';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** One change of a proposal. */
export type ProposalHistoryEntry = {
  __typename?: 'ProposalHistoryEntry';
  /** Who did it; null for Meetstream or an erased member. */
  actor?: Maybe<Member>;
  /** ISO-8601 instant in UTC. */
  occurredAt: Scalars['String']['output'];
  /** Plain words, members by name. */
  summary: Scalars['String']['output'];
  /** The event's type, e.g. ProposalSubmitted. */
  type: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A speaker confirms or declines only an accepted talk. */
export type ProposalNotAccepted = Error & {
  __typename?: 'ProposalNotAccepted';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Only a confirmed talk is cancelled. */
export type ProposalNotConfirmed = Error & {
  __typename?: 'ProposalNotConfirmed';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** There is no such proposal, or the viewer may not see it: the same answer for both. */
export type ProposalNotFound = Error & {
  __typename?: 'ProposalNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** Reviews, acceptance and rejection are for submitted proposals. */
export type ProposalNotSubmitted = Error & {
  __typename?: 'ProposalNotSubmitted';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A proposal as it stood at an instant, as its speakers and organisers read it. */
export type ProposalSnapshot = {
  __typename?: 'ProposalSnapshot';
  abstract: Scalars['String']['output'];
  coSpeakers?: Maybe<Array<CoSpeaker>>;
  decisionMessage?: Maybe<Scalars['String']['output']>;
  formatId: Scalars['String']['output'];
  level: TalkLevel;
  note?: Maybe<Scalars['String']['output']>;
  status: ProposalStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type ProposalStatus =
  | 'accepted'
  | 'cancelled'
  | 'confirmed'
  | 'declined'
  | 'draft'
  | 'rejected'
  | 'submitted'
  | 'withdrawn';

export type PublishCallResult = CallForProposals | CallNotFound | NotAnOrganiser | NotSignedIn;

export type PublishMeetupResult = InvalidMeetup | Meetup | MeetupCancelled | MeetupIsPast | MeetupNotFound | MeetupNotPublished | NotAnOrganiser | NotSignedIn;

export type PublishPathResult = NotSignedIn | NotTheCurator | Path | PathArchived | PathNotFound;

export type Query = {
  __typename?: 'Query';
  /** The call with this id (its global `id` or its `publicId`), if the viewer may see it (drafts only for their organisers). */
  call?: Maybe<CallForProposals>;
  /** For the path editor: a community's public talks and its meetups whose titles match the text, as the viewer may see them. */
  checkpointResourceSearch: Array<CheckpointResourceHit>;
  /** Every community, by name. */
  communities: QueryCommunitiesConnection;
  /** The community with this slug, if any. */
  community?: Maybe<Community>;
  /** The signed-in member; null when anonymous, or once the member is erased. */
  me?: Maybe<Me>;
  /** The meetup with this id (its global `id` or its `publicId`), if the viewer may see it (drafts only for their organisers); null for an id that names no meetup. */
  meetup?: Maybe<Meetup>;
  /** The member with this handle, if any. */
  member?: Maybe<Member>;
  node?: Maybe<Node>;
  /** A path by its slug, current or former (then `slug` is the current one). Drafts and unpublished paths only for who may edit them. */
  path?: Maybe<Path>;
  /** Published paths, filtered by any of tag, curator and community; up to 50 a page. */
  paths: QueryPathsConnection;
  /** The proposal with this id (its global `id` or its `publicId`), if the viewer may see it; null otherwise, as for an id that names none. */
  proposal?: Maybe<Proposal>;
  /** The public speaker profile of the member with this handle, if they have one. */
  speakerProfile?: Maybe<SpeakerProfile>;
  /** The confirmed talk with this id (its global `id` or its `publicId`): public; null for any proposal not confirmed. */
  talk?: Maybe<Proposal>;
  /** Published meetups of every community from now on, soonest first; never a draft or a cancelled meetup. With `communitySlug`, only that community's (none for a slug no community has); with `tag`, only those of communities with that tag (a meetup's tags are its community's). */
  upcomingMeetups: QueryUpcomingMeetupsConnection;
  /** The kinds of webhook an organiser may subscribe to. */
  webhookKinds: Array<WebhookKindDescription>;
};


export type QueryCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCheckpointResourceSearchArgs = {
  communityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommunityArgs = {
  slug: Scalars['String']['input'];
};


export type QueryMeetupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemberArgs = {
  handle: Scalars['String']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPathArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPathsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communitySlug?: InputMaybe<Scalars['String']['input']>;
  curatorHandle?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<PathOrder>;
  tag?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySpeakerProfileArgs = {
  handle: Scalars['String']['input'];
};


export type QueryTalkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUpcomingMeetupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  communitySlug?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type QueryCommunitiesConnection = {
  __typename?: 'QueryCommunitiesConnection';
  edges: Array<QueryCommunitiesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryCommunitiesConnectionEdge = {
  __typename?: 'QueryCommunitiesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Community;
};

export type QueryPathsConnection = {
  __typename?: 'QueryPathsConnection';
  edges: Array<QueryPathsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryPathsConnectionEdge = {
  __typename?: 'QueryPathsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Path;
};

export type QueryUpcomingMeetupsConnection = {
  __typename?: 'QueryUpcomingMeetupsConnection';
  edges: Array<QueryUpcomingMeetupsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryUpcomingMeetupsConnectionEdge = {
  __typename?: 'QueryUpcomingMeetupsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Meetup;
};

/**
 * A talk's recording: a link to the provider's page, and for a known provider a privacy-friendly player
 * address (youtube-nocookie.com, player.vimeo.com with do-not-track, the PeerTube host's embed).
 */
export type Recording = {
  __typename?: 'Recording';
  /** Null for a provider we do not embed: link to `url` only. */
  embedUrl?: Maybe<Scalars['String']['output']>;
  provider: RecordingProvider;
  url: Scalars['String']['output'];
};

/** Who hosts a recording: the web app offers an embed (loaded only on request) for the providers it knows. */
export type RecordingProvider =
  | 'other'
  | 'peertube'
  | 'vimeo'
  | 'youtube';

export type RedeliverWebhookResult = NotAWebhookOrganiser | NotSignedIn | WebhookDelivery | WebhookDeliveryNotFound | WebhookNotFound;

export type RejectProposalResult = InvalidProposal | NotAnOrganiser | NotSignedIn | Proposal | ProposalNotFound | ProposalNotSubmitted;

export type ReleaseAgendaResult = AgendaClosed | AgendaVersion | InvalidAgendaSlot | MeetupNotFound | NotAnOrganiser | NotSignedIn | NothingToRelease;

export type RemoveMemberResult = Community | CommunityNotFound | LastOrganiser | NotAMember | NotAnOrganiser | NotSignedIn;

export type RemoveReviewerResult = CallForProposals | CallNotFound | NotAnOrganiser | NotSignedIn;

export type RemoveRsvpResult = Meetup | MeetupCancelled | MeetupNotFound | MeetupNotPublished | NoRsvp | NotAnOrganiser | NotSignedIn | RsvpClosed;

export type RemoveSlidesResult = NotASpeaker | NotAnAcceptedTalk | NotSignedIn | Proposal | ProposalNotFound;

export type RemoveSpeakerPhotoResult = NotSignedIn | SpeakerNotFound | SpeakerProfile;

export type RescheduleMeetupInput = {
  endsAt: Scalars['String']['input'];
  startsAt: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

export type RescheduleMeetupResult = InvalidMeetup | Meetup | MeetupCancelled | MeetupIsPast | MeetupNotFound | MeetupNotPublished | NotAnOrganiser | NotSignedIn;

export type ResetCalendarFeedResult = CalendarFeed | NotSignedIn;

/** A checkpoint's talk or meetup does not exist, or is not public. */
export type ResourceNotFound = Error & {
  __typename?: 'ResourceNotFound';
  /** The checkpoint's 0-based position in the input. */
  checkpointPosition: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ResumeNotificationsResult = NotSignedIn | NotificationSettings;

/** A reviewer's latest review of a proposal. */
export type Review = {
  __typename?: 'Review';
  comment: Scalars['String']['output'];
  /** When the reviewer first reviewed it. */
  firstReviewedAt: Scalars['String']['output'];
  /** Whether it is the viewer's own. */
  mine: Scalars['Boolean']['output'];
  /** When the review was last revised. */
  reviewedAt: Scalars['String']['output'];
  /** Null for an erased member. */
  reviewer?: Maybe<Member>;
  scores: Array<CriterionScore>;
  /** Σ weight·score / Σ weight. */
  weightedScore: Scalars['Float']['output'];
};

export type ReviewBoardConnection = {
  __typename?: 'ReviewBoardConnection';
  edges: Array<ReviewBoardConnectionEdge>;
  pageInfo: PageInfo;
};

export type ReviewBoardConnectionEdge = {
  __typename?: 'ReviewBoardConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ReviewBoardRow;
};

/** A proposal on the review board. */
export type ReviewBoardRow = {
  __typename?: 'ReviewBoardRow';
  formatId: Scalars['String']['output'];
  level: TalkLevel;
  /** The proposal, as the viewer may see it (with anonymised review, without speakers). */
  proposal?: Maybe<Proposal>;
  /** The proposal's id, as mutations take it (acceptProposal, rejectProposal): a board decides from its rows without reading their proposals. */
  proposalId: Scalars['ID']['output'];
  /** The proposal's plain id, as the web app's addresses carry it: a board links each row to its proposal without reading the proposal. */
  publicId: Scalars['ID']['output'];
  /** How many reviewers reviewed it. */
  reviewCount: Scalars['Int']['output'];
  /** Whether the viewer reviewed it. */
  reviewedByMe: Scalars['Boolean']['output'];
  /** Who gives the talk, as the viewer may see it: null for an appointed reviewer of an anonymised call. */
  speakers?: Maybe<Array<Member>>;
  status: ProposalStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Whether the viewer speaks on it, and so cannot review it. */
  viewerIsSpeaker: Scalars['Boolean']['output'];
  /** The mean of the reviews' weighted scores: for organisers, and for a reviewer once they reviewed it themselves; null otherwise, or before any review. */
  weightedMean?: Maybe<Scalars['Float']['output']>;
};

/** A criterion proposals are scored by. */
export type ReviewCriterion = {
  __typename?: 'ReviewCriterion';
  /** Stable within the call: scores name it. */
  id: Scalars['String']['output'];
  maximumScore: Scalars['Int']['output'];
  minimumScore: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type ReviewCriterionInput = {
  /** Lower-case letters, digits and hyphens; from the name when left out. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** The highest score, 2 to 5: scores run from 1 to it. */
  maximumScore?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Above 0, up to 10. */
  weight: Scalars['Float']['input'];
};

export type ReviewInput = {
  /** Up to 5,000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** One score for each criterion of the call. */
  scores: Array<CriterionScoreInput>;
};

export type ReviewProposalResult = CallNotFound | InvalidProposal | NotAReviewer | NotSignedIn | OwnProposal | Proposal | ProposalNotFound | ProposalNotSubmitted | ScoreOutOfRange | ScoresIncomplete;

export type RevokeApiTokenResult = ApiTokenNotFound | ApiTokenRevoked | NotSignedIn;

export type RevokeRoleResult = Community | CommunityNotFound | LastOrganiser | NotAMember | NotAnOrganiser | NotSignedIn;

export type RotateWebhookSecretResult = NotAWebhookOrganiser | NotSignedIn | WebhookNotFound | WebhookWithSecret;

/** RSVPs have closed (or the meetup has started). */
export type RsvpClosed = Error & {
  __typename?: 'RsvpClosed';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** RSVPs open later. */
export type RsvpNotOpenYet = Error & {
  __typename?: 'RsvpNotOpenYet';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  opensAt: Scalars['String']['output'];
};

export type RsvpResult = AlreadyRsvped | InvalidMeetup | Meetup | MeetupCancelled | MeetupFull | MeetupNotFound | MeetupNotPublished | NotAMember | NotSignedIn | RsvpClosed | RsvpNotOpenYet | TooManyGuests;

export type RsvpStatus =
  /** Withdrawn by the member. */
  | 'cancelled'
  /** Holds a seat (and one per guest). */
  | 'confirmed'
  /** Removed by an organiser. */
  | 'removed'
  /** Waits for a seat, first in first out. */
  | 'waitlisted';

/** A new meetup (a draft until published). Times are ISO-8601 instants in UTC. */
export type ScheduleMeetupInput = {
  /** Seats, guests included; null or left out for unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  communityId: Scalars['ID']['input'];
  /** Markdown, up to 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** After the start. */
  endsAt: Scalars['String']['input'];
  /** Guests one RSVP may bring, 0 to 10 (default 0). */
  guestLimit?: InputMaybe<Scalars['Int']['input']>;
  /** An https URL: shown to confirmed attendees and organisers only. */
  joinUrl?: InputMaybe<Scalars['String']['input']>;
  /** By the start (default: the start). */
  rsvpClosesAt?: InputMaybe<Scalars['String']['input']>;
  rsvpOpensAt?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['String']['input'];
  /** IANA time zone, like Europe/Berlin. */
  timeZone: Scalars['String']['input'];
  /** 3 to 120 characters. */
  title: Scalars['String']['input'];
  venue?: InputMaybe<VenueInput>;
  /** Default true. */
  waitlist?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ScheduleMeetupResult = InvalidMeetup | Meetup | NotAnOrganiser | NotSignedIn;

/** A score outside its criterion's scale. */
export type ScoreOutOfRange = Error & {
  __typename?: 'ScoreOutOfRange';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** The criterion whose score was out of range. */
  criterionId: Scalars['String']['output'];
  maximumScore: Scalars['Int']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  minimumScore: Scalars['Int']['output'];
};

/** A review scores each criterion of the call exactly once. */
export type ScoresIncomplete = Error & {
  __typename?: 'ScoresIncomplete';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  /** The criteria left unscored. */
  missingCriteria: Array<Scalars['String']['output']>;
  /** Criteria the call does not have, or scored twice. */
  unknownCriteria: Array<Scalars['String']['output']>;
};

export type SetNotificationPreferenceResult = NotSignedIn | NotificationSettings | UnknownMessageKind | UnknownNotificationCommunity;

export type SetSpeakerPhotoResult = NotSignedIn | SpeakerNotFound | SpeakerProfile | UploadEmpty | UploadMissing | UploadTooLarge | UploadWrongType;

/** A talk's slides: a PDF, served from where uploads are served. */
export type Slides = {
  __typename?: 'Slides';
  /** The file's size in bytes. */
  bytes: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

/** There is no such slot on the agenda's draft. */
export type SlotNotFound = Error & {
  __typename?: 'SlotNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The slot would start before the meetup starts or end after it ends. */
export type SlotOutsideMeetup = Error & {
  __typename?: 'SlotOutsideMeetup';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The slot would overlap another one of the agenda. */
export type SlotOverlaps = Error & {
  __typename?: 'SlotOverlaps';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  /** The slot it would overlap. */
  overlapping: AgendaSlot;
};

/** Another community holds this slug. */
export type SlugTaken = Error & {
  __typename?: 'SlugTaken';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  takenSlug: Scalars['String']['output'];
};

/** There is no such member to speak: never registered, or erased. */
export type SpeakerNotFound = Error & {
  __typename?: 'SpeakerNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A member's speaker profile, reusable across communities. It is theirs: erasing the member erases it. */
export type SpeakerProfile = {
  __typename?: 'SpeakerProfile';
  /** Markdown, as the member wrote it. */
  bio: Scalars['String']['output'];
  /** The bio rendered as safe HTML. */
  bioHtml: Scalars['String']['output'];
  /** One line, up to 120 characters; empty while the profile is unpublished. */
  headline: Scalars['String']['output'];
  links: Array<Link>;
  member: Member;
  /** Where the member's photo is served; null without one. */
  photoUrl?: Maybe<Scalars['String']['output']>;
  /** The talks the member gave, or is to give: confirmed talks they speak in. */
  talks: Array<TalkGiven>;
};

/** The speaker profile fields to change; a field left out keeps its value. */
export type SpeakerProfileInput = {
  /** Markdown, up to 2,000 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** Up to 120 characters; empty unpublishes the profile. */
  headline?: InputMaybe<Scalars['String']['input']>;
  /** Up to 5, each https; replaces every link. */
  links?: InputMaybe<Array<LinkInput>>;
};

/** One rule a speaker profile change breaks. */
export type SpeakerProfileIssue = {
  __typename?: 'SpeakerProfileIssue';
  message: Scalars['String']['output'];
  /** Where in the input, e.g. ["links", "0", "url"]; empty for the input as a whole. */
  path: Array<Scalars['String']['output']>;
};

export type StartUploadResult = NotSignedIn | UploadTarget;

export type SubmitDraftProposalResult = CallClosed | CallNotFound | FormatNotOffered | NotSignedIn | NotTheOwner | Proposal | ProposalClosed | ProposalNotFound;

export type SubmitProposalInput = {
  /** Markdown, up to 10,000 characters. */
  abstract: Scalars['String']['input'];
  callId: Scalars['ID']['input'];
  /** Up to 3 handles (with or without "@"). */
  coSpeakerHandles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One of the call's formats (its `id`). */
  formatId: Scalars['String']['input'];
  level?: InputMaybe<TalkLevel>;
  /** For the organisers only: never shown to reviewers or the public. Up to 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Up to 10. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 3 to 120 characters. */
  title: Scalars['String']['input'];
};

export type SubmitProposalResult = CallClosed | CallNotFound | FormatNotOffered | InvalidProposal | NotAMember | NotSignedIn | Proposal | UnknownHandle;

/** The talk already has a slot on this agenda. */
export type TalkAlreadyOnAgenda = Error & {
  __typename?: 'TalkAlreadyOnAgenda';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A format a call offers. */
export type TalkFormat = {
  __typename?: 'TalkFormat';
  /** Stable within the call: proposals name it. */
  id: Scalars['String']['output'];
  minutes: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type TalkFormatInput = {
  /** Lower-case letters, digits and hyphens; from the name when left out. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 480. */
  minutes: Scalars['Int']['input'];
  name: Scalars['String']['input'];
};

/** A confirmed talk a member speaks in. */
export type TalkGiven = {
  __typename?: 'TalkGiven';
  /** Where the talk was proposed; null if the community is gone. */
  community?: Maybe<Community>;
  /** The meetup whose agenda has it, once it has one the viewer may see. */
  meetup?: Maybe<Meetup>;
  /** The talk's id (its proposal's). */
  proposalId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** One rule a call's or a proposal's input breaks. */
export type TalkIssue = {
  __typename?: 'TalkIssue';
  message: Scalars['String']['output'];
  /** Where in the input, e.g. ["formats", "0", "minutes"]; empty for the input as a whole. */
  path: Array<Scalars['String']['output']>;
};

export type TalkLevel =
  | 'advanced'
  | 'beginner'
  | 'intermediate';

/** Only a confirmed talk of the meetup's community goes on its agenda. */
export type TalkNotConfirmed = Error & {
  __typename?: 'TalkNotConfirmed';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A talk given at a community of Meetstream: its slides and recording are the resource. */
export type TalkResource = {
  __typename?: 'TalkResource';
  /** Null if the talk is no longer public (cancelled or withdrawn). */
  talk?: Maybe<Proposal>;
};

/** Where a confirmed talk is on an agenda: its meetup's latest released version. */
export type TalkSlot = {
  __typename?: 'TalkSlot';
  /** ISO-8601 instant in UTC. */
  endsAt: Scalars['String']['output'];
  meetup: Meetup;
  /** ISO-8601 instant in UTC. */
  startsAt: Scalars['String']['output'];
};

/** I have as many tokens as there may be (20): revoke one first. */
export type TooManyApiTokens = Error & {
  __typename?: 'TooManyApiTokens';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  limit: Scalars['Int']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The RSVP brings more guests than the meetup allows. */
export type TooManyGuests = Error & {
  __typename?: 'TooManyGuests';
  allowedGuests: Scalars['Int']['output'];
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A community has at most so many webhooks: every event goes to each. */
export type TooManyWebhooks = Error & {
  __typename?: 'TooManyWebhooks';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  limit: Scalars['Int']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type UndoCheckInResult = CheckInClosed | Meetup | MeetupCancelled | MeetupNotFound | MeetupNotPublished | NoRsvp | NotAnOrganiser | NotConfirmed | NotSignedIn;

/** No member has that handle. */
export type UnknownHandle = Error & {
  __typename?: 'UnknownHandle';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  /** The handle no member has. Not `handle`: Member.handle shares no union with it, but may one day. */
  unknownHandle: Scalars['String']['output'];
};

/** There is no such kind of message. */
export type UnknownMessageKind = Error & {
  __typename?: 'UnknownMessageKind';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** A setting for a community that does not exist. */
export type UnknownNotificationCommunity = Error & {
  __typename?: 'UnknownNotificationCommunity';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** No kind was chosen, or one Meetstream sends no webhook for. */
export type UnknownWebhookKind = Error & {
  __typename?: 'UnknownWebhookKind';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type UnlinkRecordingResult = NotASpeaker | NotAnAcceptedTalk | NotSignedIn | Proposal | ProposalNotFound;

/** An unsubscribe link this server did not make, or one changed on its way: nothing was changed. */
export type UnsubscribeLinkInvalid = Error & {
  __typename?: 'UnsubscribeLinkInvalid';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type UnsubscribeResult = UnsubscribeLinkInvalid | Unsubscribed;

/** What an unsubscribe link stopped. */
export type Unsubscribed = {
  __typename?: 'Unsubscribed';
  kind: MessageKind;
  /** What the kind is, in words. */
  label: Scalars['String']['output'];
};

export type UpdateProfileResult = HandleTaken | InvalidProfile | Member | MemberErased | NotSignedIn;

export type UpdateSpeakerProfileResult = InvalidSpeakerProfile | NotSignedIn | SpeakerNotFound | SpeakerProfile;

/** The file arrived with no bytes. */
export type UploadEmpty = Error & {
  __typename?: 'UploadEmpty';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type UploadHeader = {
  __typename?: 'UploadHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/**
 * What a file is uploaded as: slides are a PDF of at most 20 MB, a photo a JPEG, PNG or WebP of at most 2 MB.
 * The file's content decides, never its name or claimed type.
 */
export type UploadKind =
  | 'photo'
  | 'slides';

/** No upload of this kind by this member: upload the file again. */
export type UploadMissing = Error & {
  __typename?: 'UploadMissing';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/**
 * Where to send a file: one request with `method` to `url`, with exactly these `headers` and the file as the
 * body. Then attach the upload by its `uploadId` (to a talk's slides, a speaker's photo), which checks it.
 */
export type UploadTarget = {
  __typename?: 'UploadTarget';
  headers: Array<UploadHeader>;
  /** The largest file this kind takes, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** Always PUT. */
  method: Scalars['String']['output'];
  uploadId: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/** The file is larger than its kind takes. */
export type UploadTooLarge = Error & {
  __typename?: 'UploadTooLarge';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  maxBytes: Scalars['Int']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

/** The file's content is not of a type its kind takes (its name is never asked). */
export type UploadWrongType = Error & {
  __typename?: 'UploadWrongType';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type Venue = {
  __typename?: 'Venue';
  address: Scalars['String']['output'];
  coordinates?: Maybe<Coordinates>;
  name: Scalars['String']['output'];
};

export type VenueInput = {
  address: Scalars['String']['input'];
  coordinates?: InputMaybe<CoordinatesInput>;
  name: Scalars['String']['input'];
};

/** The signed-in member's own RSVP to a meetup. */
export type ViewerRsvp = {
  __typename?: 'ViewerRsvp';
  attendance?: Maybe<Attendance>;
  checkedIn: Scalars['Boolean']['output'];
  guests: Scalars['Int']['output'];
  /** Whether the guest list shows the member. */
  listed: Scalars['Boolean']['output'];
  status: RsvpStatus;
  /** 1 for the first party in line; null when not waitlisted. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

export type WaitlistedParty = {
  __typename?: 'WaitlistedParty';
  guests: Scalars['Int']['output'];
  /** When the member joined the line (their RSVP), an ISO-8601 instant in UTC. */
  joinedAt: Scalars['String']['output'];
  /** The same in the meetup's time zone, as the history reads its times, e.g. "2 Dec 2026, 18:14 CET". */
  joinedLocalTime: Scalars['String']['output'];
  /** Null only for a moment after a new member signs up. */
  member?: Maybe<Member>;
  /** 1 for the first in line. */
  position: Scalars['Int']['output'];
};

/** An https URL subscribed to kinds of a community's events, signed with the Standard Webhooks scheme. */
export type Webhook = {
  __typename?: 'Webhook';
  /** Failed tries in a row: 20 disable the webhook. */
  consecutiveFailures: Scalars['Int']['output'];
  /** ISO-8601 instant in UTC. */
  createdAt: Scalars['String']['output'];
  /** Newest first; at most 100 a page. */
  deliveries: WebhookDeliveryConnection;
  /** ISO-8601 instant in UTC, when it was last disabled. */
  disabledAt?: Maybe<Scalars['String']['output']>;
  disabledReason?: Maybe<WebhookDisabledReason>;
  id: Scalars['ID']['output'];
  kinds: Array<WebhookKind>;
  /**
   * Until when the secret before the last rotation signs beside the new one (ISO-8601 instant in UTC); null when none
   * does.
   */
  previousSecretValidUntil?: Maybe<Scalars['String']['output']>;
  status: WebhookStatus;
  url: Scalars['String']['output'];
};


/** An https URL subscribed to kinds of a community's events, signed with the Standard Webhooks scheme. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One try at a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** ISO-8601 instant in UTC. */
  at: Scalars['String']['output'];
  milliseconds: Scalars['Int']['output'];
  /** What came back: `HTTP 200`, `HTTP 503`, `timeout`, `refused: private address`, … */
  outcome: Scalars['String']['output'];
};

/** A webhook was deleted: nothing more is sent to it. */
export type WebhookDeleted = {
  __typename?: 'WebhookDeleted';
  webhookId: Scalars['ID']['output'];
};

/** One event sent to one webhook, with its tries. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attemptCount: Scalars['Int']['output'];
  /** The latest tries, newest first (at most 10). */
  attempts: Array<WebhookAttempt>;
  /** The JSON body as it is sent. */
  body: Scalars['String']['output'];
  /** ISO-8601 instants in UTC. */
  createdAt: Scalars['String']['output'];
  deliveredAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: WebhookKind;
  nextTryAt?: Maybe<Scalars['String']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** No delivery of that webhook has that id, or it is still being tried. */
export type WebhookDeliveryNotFound = Error & {
  __typename?: 'WebhookDeliveryNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type WebhookDeliveryStatus =
  | 'delivered'
  /** Given up: 24 hours of tries failed, or the webhook was disabled or deleted meanwhile. */
  | 'failed'
  /** Waiting for its next try. */
  | 'pending'
  | 'sending';

/** Why a webhook sends nothing. */
export type WebhookDisabledReason =
  /** Its URL failed 20 tries in a row: fix the receiver, then enable it (and redeliver what failed). */
  | 'failures'
  /** An organiser disabled it. */
  | 'organiser';

/**
 * A kind of webhook: its payload's `type` is the lower-case name with dots (MEETUP_PUBLISHED is `meetup.published`).
 * Each payload is public and versioned, documented in core's webhook/public-payloads.ts: what a visitor sees of the
 * meetup, with its seat counts, and never a member's id, name or email.
 */
export type WebhookKind =
  | 'attendee.checked-in'
  | 'meetup.cancelled'
  | 'meetup.published'
  | 'meetup.rescheduled'
  | 'meetup.updated'
  | 'rsvp.cancelled'
  | 'rsvp.confirmed'
  | 'rsvp.waitlisted'
  | 'waitlist.promoted';

/** A kind of webhook, described. */
export type WebhookKindDescription = {
  __typename?: 'WebhookKindDescription';
  kind: WebhookKind;
  /** What happened, in words, e.g. "An RSVP gets seats". */
  label: Scalars['String']['output'];
};

/** No such webhook, or a deleted one. */
export type WebhookNotFound = Error & {
  __typename?: 'WebhookNotFound';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
};

export type WebhookResult = NotAWebhookOrganiser | NotSignedIn | Webhook | WebhookNotFound;

export type WebhookStatus =
  | 'active'
  | 'disabled';

/** A URL deliveries may not go to: not https (plain http goes to loopback only, on the local host), not a URL, carrying credentials, or (on AWS) an address that is not public. */
export type WebhookUrlRefused = Error & {
  __typename?: 'WebhookUrlRefused';
  /** Stable and machine-readable, e.g. HANDLE_TAKEN. */
  code: Scalars['String']['output'];
  /** For people; may change. */
  message: Scalars['String']['output'];
  /** Why, in words, e.g. "it must start with https://". */
  reason: Scalars['String']['output'];
};

/** A webhook with its signing secret: answered once, when the secret is made, and never again. */
export type WebhookWithSecret = {
  __typename?: 'WebhookWithSecret';
  /** The `whsec_…` secret receivers verify signatures with. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type WithdrawProposalResult = NotASpeaker | NotSignedIn | Proposal | ProposalClosed | ProposalNotFound;



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptProposalResult: ResolverTypeWrapper<any>;
  AddAgendaSlotInput: ResolverTypeWrapper<any>;
  ID: ResolverTypeWrapper<any>;
  String: ResolverTypeWrapper<any>;
  AddToCalendarLinks: ResolverTypeWrapper<any>;
  AgendaChange: ResolverTypeWrapper<any>;
  AgendaChangeKind: ResolverTypeWrapper<AgendaChangeKind>;
  AgendaChanges: ResolverTypeWrapper<any>;
  AgendaClosed: ResolverTypeWrapper<any>;
  AgendaDraft: ResolverTypeWrapper<any>;
  Boolean: ResolverTypeWrapper<any>;
  AgendaDraftResult: ResolverTypeWrapper<any>;
  AgendaIssue: ResolverTypeWrapper<any>;
  AgendaSlot: ResolverTypeWrapper<any>;
  AgendaSlotKind: ResolverTypeWrapper<AgendaSlotKind>;
  AgendaVersion: ResolverTypeWrapper<any>;
  AlreadyAMember: ResolverTypeWrapper<any>;
  AlreadyRsvped: ResolverTypeWrapper<any>;
  AnswerCoSpeakerInvitationResult: ResolverTypeWrapper<any>;
  ApiToken: ResolverTypeWrapper<any>;
  ApiTokenNotFound: ResolverTypeWrapper<any>;
  ApiTokenRevoked: ResolverTypeWrapper<any>;
  ApiTokenScope: ResolverTypeWrapper<ApiTokenScope>;
  ApiTokenWithSecret: ResolverTypeWrapper<any>;
  AppointHostResult: ResolverTypeWrapper<any>;
  AppointOrganiserResult: ResolverTypeWrapper<any>;
  AppointReviewerResult: ResolverTypeWrapper<any>;
  ApproveMembershipResult: ResolverTypeWrapper<any>;
  AttachSlidesResult: ResolverTypeWrapper<any>;
  Attendance: ResolverTypeWrapper<Attendance>;
  Attendee: ResolverTypeWrapper<any>;
  CacheControlScope: ResolverTypeWrapper<any>;
  CalendarFeed: ResolverTypeWrapper<any>;
  CallClosed: ResolverTypeWrapper<any>;
  CallForProposals: ResolverTypeWrapper<any>;
  CallNotFound: ResolverTypeWrapper<any>;
  CallNotOpen: ResolverTypeWrapper<any>;
  CallStatus: ResolverTypeWrapper<CallStatus>;
  CancelMeetupResult: ResolverTypeWrapper<any>;
  CancelRsvpResult: ResolverTypeWrapper<any>;
  CancelTalkResult: ResolverTypeWrapper<any>;
  CannotForkOwnPath: ResolverTypeWrapper<any>;
  CapacityBelowSeatsTaken: ResolverTypeWrapper<any>;
  ChangeMeetupCapacityResult: ResolverTypeWrapper<any>;
  ChangeRsvpResult: ResolverTypeWrapper<any>;
  CheckInAccess: ResolverTypeWrapper<CheckInAccess>;
  CheckInClosed: ResolverTypeWrapper<any>;
  CheckInGuestsResult: ResolverTypeWrapper<any>;
  CheckInResult: ResolverTypeWrapper<any>;
  Checkpoint: ResolverTypeWrapper<any>;
  CheckpointChange: ResolverTypeWrapper<any>;
  CheckpointChangeKind: ResolverTypeWrapper<CheckpointChangeKind>;
  CheckpointInput: ResolverTypeWrapper<any>;
  CheckpointNotFound: ResolverTypeWrapper<any>;
  CheckpointProgress: ResolverTypeWrapper<any>;
  CheckpointResource: ResolverTypeWrapper<any>;
  CheckpointResourceHit: ResolverTypeWrapper<any>;
  CloseCallResult: ResolverTypeWrapper<any>;
  CoSpeaker: ResolverTypeWrapper<any>;
  Community: ResolverTypeWrapper<any>;
  CommunityCallsConnection: ResolverTypeWrapper<any>;
  CommunityCallsConnectionEdge: ResolverTypeWrapper<any>;
  CommunityDraftMeetupsConnection: ResolverTypeWrapper<any>;
  CommunityDraftMeetupsConnectionEdge: ResolverTypeWrapper<any>;
  CommunityHistoryConnection: ResolverTypeWrapper<any>;
  CommunityHistoryConnectionEdge: ResolverTypeWrapper<any>;
  CommunityIssue: ResolverTypeWrapper<any>;
  CommunityMembersConnection: ResolverTypeWrapper<any>;
  CommunityMembersConnectionEdge: ResolverTypeWrapper<any>;
  CommunityMembership: ResolverTypeWrapper<any>;
  CommunityMessageSetting: ResolverTypeWrapper<any>;
  CommunityNotFound: ResolverTypeWrapper<any>;
  CommunityPastMeetupsConnection: ResolverTypeWrapper<any>;
  CommunityPastMeetupsConnectionEdge: ResolverTypeWrapper<any>;
  CommunityRole: ResolverTypeWrapper<CommunityRole>;
  CommunityTalksConnection: ResolverTypeWrapper<any>;
  CommunityTalksConnectionEdge: ResolverTypeWrapper<any>;
  CommunityUpcomingMeetupsConnection: ResolverTypeWrapper<any>;
  CommunityUpcomingMeetupsConnectionEdge: ResolverTypeWrapper<any>;
  ConfirmTalkResult: ResolverTypeWrapper<any>;
  Coordinates: ResolverTypeWrapper<any>;
  Float: ResolverTypeWrapper<any>;
  CoordinatesInput: ResolverTypeWrapper<any>;
  CreateApiTokenResult: ResolverTypeWrapper<any>;
  CreateWebhookResult: ResolverTypeWrapper<any>;
  CriterionScore: ResolverTypeWrapper<any>;
  CriterionScoreInput: ResolverTypeWrapper<any>;
  DeclineMembershipResult: ResolverTypeWrapper<any>;
  DeclineTalkResult: ResolverTypeWrapper<any>;
  DeleteWebhookResult: ResolverTypeWrapper<any>;
  DraftCallInput: ResolverTypeWrapper<any>;
  DraftCallResult: ResolverTypeWrapper<any>;
  DraftPathResult: ResolverTypeWrapper<any>;
  EditAgendaSlotInput: ResolverTypeWrapper<any>;
  EditCallInput: ResolverTypeWrapper<any>;
  EditCallResult: ResolverTypeWrapper<any>;
  EditCommunityInput: ResolverTypeWrapper<any>;
  EditCommunityResult: ResolverTypeWrapper<any>;
  EditMeetupInput: ResolverTypeWrapper<any>;
  EditMeetupResult: ResolverTypeWrapper<any>;
  EditPathResult: ResolverTypeWrapper<any>;
  EditProposalInput: ResolverTypeWrapper<any>;
  EditProposalResult: ResolverTypeWrapper<any>;
  EraseMeResult: ResolverTypeWrapper<any>;
  EraseMeSuccess: ResolverTypeWrapper<any>;
  Error: ResolverTypeWrapper<any>;
  ForkPathResult: ResolverTypeWrapper<any>;
  FormatNotOffered: ResolverTypeWrapper<any>;
  FoundCommunityInput: ResolverTypeWrapper<any>;
  FoundCommunityResult: ResolverTypeWrapper<any>;
  GuestsBeyondParty: ResolverTypeWrapper<any>;
  HandleTaken: ResolverTypeWrapper<any>;
  InvalidAgendaSlot: ResolverTypeWrapper<any>;
  InvalidApiToken: ResolverTypeWrapper<any>;
  InvalidCall: ResolverTypeWrapper<any>;
  InvalidCommunity: ResolverTypeWrapper<any>;
  InvalidMeetup: ResolverTypeWrapper<any>;
  InvalidPath: ResolverTypeWrapper<any>;
  InvalidProfile: ResolverTypeWrapper<any>;
  InvalidProgress: ResolverTypeWrapper<any>;
  InvalidProposal: ResolverTypeWrapper<any>;
  InvalidRecording: ResolverTypeWrapper<any>;
  InvalidSpeakerProfile: ResolverTypeWrapper<any>;
  InvitationAnswered: ResolverTypeWrapper<any>;
  InvitationStatus: ResolverTypeWrapper<InvitationStatus>;
  JoinCommunityResult: ResolverTypeWrapper<any>;
  JoinMode: ResolverTypeWrapper<JoinMode>;
  LastOrganiser: ResolverTypeWrapper<any>;
  LearningFilter: ResolverTypeWrapper<LearningFilter>;
  LeaveCommunityResult: ResolverTypeWrapper<any>;
  Link: ResolverTypeWrapper<any>;
  LinkInput: ResolverTypeWrapper<any>;
  LinkRecordingResult: ResolverTypeWrapper<any>;
  LinkResource: ResolverTypeWrapper<any>;
  Me: ResolverTypeWrapper<any>;
  MeLearningConnection: ResolverTypeWrapper<any>;
  MeLearningConnectionEdge: ResolverTypeWrapper<any>;
  MeProposalsConnection: ResolverTypeWrapper<any>;
  MeProposalsConnectionEdge: ResolverTypeWrapper<any>;
  MeRsvpsConnection: ResolverTypeWrapper<any>;
  MeRsvpsConnectionEdge: ResolverTypeWrapper<any>;
  Meetup: ResolverTypeWrapper<any>;
  MeetupAttendeesConnection: ResolverTypeWrapper<any>;
  MeetupAttendeesConnectionEdge: ResolverTypeWrapper<any>;
  MeetupCancelled: ResolverTypeWrapper<any>;
  MeetupFull: ResolverTypeWrapper<any>;
  MeetupGoing: ResolverTypeWrapper<any>;
  MeetupHistoryEntry: ResolverTypeWrapper<any>;
  MeetupHost: ResolverTypeWrapper<any>;
  MeetupIsPast: ResolverTypeWrapper<any>;
  MeetupIssue: ResolverTypeWrapper<any>;
  MeetupNotFound: ResolverTypeWrapper<any>;
  MeetupNotPublished: ResolverTypeWrapper<any>;
  MeetupPhase: ResolverTypeWrapper<MeetupPhase>;
  MeetupResource: ResolverTypeWrapper<any>;
  MeetupSnapshot: ResolverTypeWrapper<any>;
  MeetupStatus: ResolverTypeWrapper<MeetupStatus>;
  MeetupTimelinePoint: ResolverTypeWrapper<any>;
  Member: ResolverTypeWrapper<any>;
  MemberErased: ResolverTypeWrapper<any>;
  MessageKind: ResolverTypeWrapper<MessageKind>;
  MessageKindSetting: ResolverTypeWrapper<any>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MyCommunity: ResolverTypeWrapper<any>;
  MyRsvp: ResolverTypeWrapper<any>;
  NoPendingRequest: ResolverTypeWrapper<any>;
  NoRsvp: ResolverTypeWrapper<any>;
  NoSeatsForParty: ResolverTypeWrapper<any>;
  Node: ResolverTypeWrapper<any>;
  NotAMember: ResolverTypeWrapper<any>;
  NotAReviewer: ResolverTypeWrapper<any>;
  NotASpeaker: ResolverTypeWrapper<any>;
  NotAWebhookOrganiser: ResolverTypeWrapper<any>;
  NotAnAcceptedTalk: ResolverTypeWrapper<any>;
  NotAnOrganiser: ResolverTypeWrapper<any>;
  NotConfirmed: ResolverTypeWrapper<any>;
  NotEnoughSeats: ResolverTypeWrapper<any>;
  NotFollowing: ResolverTypeWrapper<any>;
  NotInvited: ResolverTypeWrapper<any>;
  NotSignedIn: ResolverTypeWrapper<any>;
  NotTheCurator: ResolverTypeWrapper<any>;
  NotTheOwner: ResolverTypeWrapper<any>;
  NotWaitlisted: ResolverTypeWrapper<any>;
  NothingChanged: ResolverTypeWrapper<any>;
  NothingToRelease: ResolverTypeWrapper<any>;
  NotificationSettings: ResolverTypeWrapper<any>;
  NotificationSuppression: ResolverTypeWrapper<NotificationSuppression>;
  OpenCallResult: ResolverTypeWrapper<any>;
  OwnProposal: ResolverTypeWrapper<any>;
  PageInfo: ResolverTypeWrapper<any>;
  Path: ResolverTypeWrapper<any>;
  PathArchived: ResolverTypeWrapper<any>;
  PathChangeResult: ResolverTypeWrapper<any>;
  PathForksConnection: ResolverTypeWrapper<any>;
  PathForksConnectionEdge: ResolverTypeWrapper<any>;
  PathInput: ResolverTypeWrapper<any>;
  PathIssue: ResolverTypeWrapper<any>;
  PathNotFound: ResolverTypeWrapper<any>;
  PathNotPublished: ResolverTypeWrapper<any>;
  PathOrder: ResolverTypeWrapper<PathOrder>;
  PathOrigin: ResolverTypeWrapper<any>;
  PathProgress: ResolverTypeWrapper<any>;
  PathRevision: ResolverTypeWrapper<any>;
  PathStatus: ResolverTypeWrapper<PathStatus>;
  ProfileInput: ResolverTypeWrapper<any>;
  ProfileIssue: ResolverTypeWrapper<any>;
  ProgressResult: ResolverTypeWrapper<any>;
  ProgressSource: ResolverTypeWrapper<ProgressSource>;
  PromoteFromWaitlistResult: ResolverTypeWrapper<any>;
  Proposal: ResolverTypeWrapper<any>;
  ProposalAccess: ResolverTypeWrapper<ProposalAccess>;
  ProposalClosed: ResolverTypeWrapper<any>;
  ProposalHistoryEntry: ResolverTypeWrapper<any>;
  ProposalNotAccepted: ResolverTypeWrapper<any>;
  ProposalNotConfirmed: ResolverTypeWrapper<any>;
  ProposalNotFound: ResolverTypeWrapper<any>;
  ProposalNotSubmitted: ResolverTypeWrapper<any>;
  ProposalSnapshot: ResolverTypeWrapper<any>;
  ProposalStatus: ResolverTypeWrapper<ProposalStatus>;
  PublishCallResult: ResolverTypeWrapper<any>;
  PublishMeetupResult: ResolverTypeWrapper<any>;
  PublishPathResult: ResolverTypeWrapper<any>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueryCommunitiesConnection: ResolverTypeWrapper<any>;
  QueryCommunitiesConnectionEdge: ResolverTypeWrapper<any>;
  QueryPathsConnection: ResolverTypeWrapper<any>;
  QueryPathsConnectionEdge: ResolverTypeWrapper<any>;
  QueryUpcomingMeetupsConnection: ResolverTypeWrapper<any>;
  QueryUpcomingMeetupsConnectionEdge: ResolverTypeWrapper<any>;
  Recording: ResolverTypeWrapper<any>;
  RecordingProvider: ResolverTypeWrapper<RecordingProvider>;
  RedeliverWebhookResult: ResolverTypeWrapper<any>;
  RejectProposalResult: ResolverTypeWrapper<any>;
  ReleaseAgendaResult: ResolverTypeWrapper<any>;
  RemoveMemberResult: ResolverTypeWrapper<any>;
  RemoveReviewerResult: ResolverTypeWrapper<any>;
  RemoveRsvpResult: ResolverTypeWrapper<any>;
  RemoveSlidesResult: ResolverTypeWrapper<any>;
  RemoveSpeakerPhotoResult: ResolverTypeWrapper<any>;
  RescheduleMeetupInput: ResolverTypeWrapper<any>;
  RescheduleMeetupResult: ResolverTypeWrapper<any>;
  ResetCalendarFeedResult: ResolverTypeWrapper<any>;
  ResourceNotFound: ResolverTypeWrapper<any>;
  ResumeNotificationsResult: ResolverTypeWrapper<any>;
  Review: ResolverTypeWrapper<any>;
  ReviewBoardConnection: ResolverTypeWrapper<any>;
  ReviewBoardConnectionEdge: ResolverTypeWrapper<any>;
  ReviewBoardRow: ResolverTypeWrapper<any>;
  ReviewCriterion: ResolverTypeWrapper<any>;
  ReviewCriterionInput: ResolverTypeWrapper<any>;
  ReviewInput: ResolverTypeWrapper<any>;
  ReviewProposalResult: ResolverTypeWrapper<any>;
  RevokeApiTokenResult: ResolverTypeWrapper<any>;
  RevokeRoleResult: ResolverTypeWrapper<any>;
  RotateWebhookSecretResult: ResolverTypeWrapper<any>;
  RsvpClosed: ResolverTypeWrapper<any>;
  RsvpNotOpenYet: ResolverTypeWrapper<any>;
  RsvpResult: ResolverTypeWrapper<any>;
  RsvpStatus: ResolverTypeWrapper<RsvpStatus>;
  ScheduleMeetupInput: ResolverTypeWrapper<any>;
  ScheduleMeetupResult: ResolverTypeWrapper<any>;
  ScoreOutOfRange: ResolverTypeWrapper<any>;
  ScoresIncomplete: ResolverTypeWrapper<any>;
  SetNotificationPreferenceResult: ResolverTypeWrapper<any>;
  SetSpeakerPhotoResult: ResolverTypeWrapper<any>;
  Slides: ResolverTypeWrapper<any>;
  SlotNotFound: ResolverTypeWrapper<any>;
  SlotOutsideMeetup: ResolverTypeWrapper<any>;
  SlotOverlaps: ResolverTypeWrapper<any>;
  SlugTaken: ResolverTypeWrapper<any>;
  SpeakerNotFound: ResolverTypeWrapper<any>;
  SpeakerProfile: ResolverTypeWrapper<any>;
  SpeakerProfileInput: ResolverTypeWrapper<any>;
  SpeakerProfileIssue: ResolverTypeWrapper<any>;
  StartUploadResult: ResolverTypeWrapper<any>;
  SubmitDraftProposalResult: ResolverTypeWrapper<any>;
  SubmitProposalInput: ResolverTypeWrapper<any>;
  SubmitProposalResult: ResolverTypeWrapper<any>;
  TalkAlreadyOnAgenda: ResolverTypeWrapper<any>;
  TalkFormat: ResolverTypeWrapper<any>;
  TalkFormatInput: ResolverTypeWrapper<any>;
  TalkGiven: ResolverTypeWrapper<any>;
  TalkIssue: ResolverTypeWrapper<any>;
  TalkLevel: ResolverTypeWrapper<TalkLevel>;
  TalkNotConfirmed: ResolverTypeWrapper<any>;
  TalkResource: ResolverTypeWrapper<any>;
  TalkSlot: ResolverTypeWrapper<any>;
  TooManyApiTokens: ResolverTypeWrapper<any>;
  TooManyGuests: ResolverTypeWrapper<any>;
  TooManyWebhooks: ResolverTypeWrapper<any>;
  UndoCheckInResult: ResolverTypeWrapper<any>;
  UnknownHandle: ResolverTypeWrapper<any>;
  UnknownMessageKind: ResolverTypeWrapper<any>;
  UnknownNotificationCommunity: ResolverTypeWrapper<any>;
  UnknownWebhookKind: ResolverTypeWrapper<any>;
  UnlinkRecordingResult: ResolverTypeWrapper<any>;
  UnsubscribeLinkInvalid: ResolverTypeWrapper<any>;
  UnsubscribeResult: ResolverTypeWrapper<any>;
  Unsubscribed: ResolverTypeWrapper<any>;
  UpdateProfileResult: ResolverTypeWrapper<any>;
  UpdateSpeakerProfileResult: ResolverTypeWrapper<any>;
  UploadEmpty: ResolverTypeWrapper<any>;
  UploadHeader: ResolverTypeWrapper<any>;
  UploadKind: ResolverTypeWrapper<UploadKind>;
  UploadMissing: ResolverTypeWrapper<any>;
  UploadTarget: ResolverTypeWrapper<any>;
  UploadTooLarge: ResolverTypeWrapper<any>;
  UploadWrongType: ResolverTypeWrapper<any>;
  Venue: ResolverTypeWrapper<any>;
  VenueInput: ResolverTypeWrapper<any>;
  ViewerRsvp: ResolverTypeWrapper<any>;
  WaitlistedParty: ResolverTypeWrapper<any>;
  Webhook: ResolverTypeWrapper<any>;
  WebhookAttempt: ResolverTypeWrapper<any>;
  WebhookDeleted: ResolverTypeWrapper<any>;
  WebhookDelivery: ResolverTypeWrapper<any>;
  WebhookDeliveryConnection: ResolverTypeWrapper<any>;
  WebhookDeliveryEdge: ResolverTypeWrapper<any>;
  WebhookDeliveryNotFound: ResolverTypeWrapper<any>;
  WebhookDeliveryStatus: ResolverTypeWrapper<WebhookDeliveryStatus>;
  WebhookDisabledReason: ResolverTypeWrapper<WebhookDisabledReason>;
  WebhookKind: ResolverTypeWrapper<WebhookKind>;
  WebhookKindDescription: ResolverTypeWrapper<any>;
  WebhookNotFound: ResolverTypeWrapper<any>;
  WebhookResult: ResolverTypeWrapper<any>;
  WebhookStatus: ResolverTypeWrapper<WebhookStatus>;
  WebhookUrlRefused: ResolverTypeWrapper<any>;
  WebhookWithSecret: ResolverTypeWrapper<any>;
  WithdrawProposalResult: ResolverTypeWrapper<any>;
  Int: ResolverTypeWrapper<any>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptProposalResult: any;
  AddAgendaSlotInput: any;
  ID: any;
  String: any;
  AddToCalendarLinks: any;
  AgendaChange: any;
  AgendaChanges: any;
  AgendaClosed: any;
  AgendaDraft: any;
  Boolean: any;
  AgendaDraftResult: any;
  AgendaIssue: any;
  AgendaSlot: any;
  AgendaVersion: any;
  AlreadyAMember: any;
  AlreadyRsvped: any;
  AnswerCoSpeakerInvitationResult: any;
  ApiToken: any;
  ApiTokenNotFound: any;
  ApiTokenRevoked: any;
  ApiTokenWithSecret: any;
  AppointHostResult: any;
  AppointOrganiserResult: any;
  AppointReviewerResult: any;
  ApproveMembershipResult: any;
  AttachSlidesResult: any;
  Attendee: any;
  CalendarFeed: any;
  CallClosed: any;
  CallForProposals: any;
  CallNotFound: any;
  CallNotOpen: any;
  CancelMeetupResult: any;
  CancelRsvpResult: any;
  CancelTalkResult: any;
  CannotForkOwnPath: any;
  CapacityBelowSeatsTaken: any;
  ChangeMeetupCapacityResult: any;
  ChangeRsvpResult: any;
  CheckInClosed: any;
  CheckInGuestsResult: any;
  CheckInResult: any;
  Checkpoint: any;
  CheckpointChange: any;
  CheckpointInput: any;
  CheckpointNotFound: any;
  CheckpointProgress: any;
  CheckpointResource: any;
  CheckpointResourceHit: any;
  CloseCallResult: any;
  CoSpeaker: any;
  Community: any;
  CommunityCallsConnection: any;
  CommunityCallsConnectionEdge: any;
  CommunityDraftMeetupsConnection: any;
  CommunityDraftMeetupsConnectionEdge: any;
  CommunityHistoryConnection: any;
  CommunityHistoryConnectionEdge: any;
  CommunityIssue: any;
  CommunityMembersConnection: any;
  CommunityMembersConnectionEdge: any;
  CommunityMembership: any;
  CommunityMessageSetting: any;
  CommunityNotFound: any;
  CommunityPastMeetupsConnection: any;
  CommunityPastMeetupsConnectionEdge: any;
  CommunityTalksConnection: any;
  CommunityTalksConnectionEdge: any;
  CommunityUpcomingMeetupsConnection: any;
  CommunityUpcomingMeetupsConnectionEdge: any;
  ConfirmTalkResult: any;
  Coordinates: any;
  Float: any;
  CoordinatesInput: any;
  CreateApiTokenResult: any;
  CreateWebhookResult: any;
  CriterionScore: any;
  CriterionScoreInput: any;
  DeclineMembershipResult: any;
  DeclineTalkResult: any;
  DeleteWebhookResult: any;
  DraftCallInput: any;
  DraftCallResult: any;
  DraftPathResult: any;
  EditAgendaSlotInput: any;
  EditCallInput: any;
  EditCallResult: any;
  EditCommunityInput: any;
  EditCommunityResult: any;
  EditMeetupInput: any;
  EditMeetupResult: any;
  EditPathResult: any;
  EditProposalInput: any;
  EditProposalResult: any;
  EraseMeResult: any;
  EraseMeSuccess: any;
  Error: any;
  ForkPathResult: any;
  FormatNotOffered: any;
  FoundCommunityInput: any;
  FoundCommunityResult: any;
  GuestsBeyondParty: any;
  HandleTaken: any;
  InvalidAgendaSlot: any;
  InvalidApiToken: any;
  InvalidCall: any;
  InvalidCommunity: any;
  InvalidMeetup: any;
  InvalidPath: any;
  InvalidProfile: any;
  InvalidProgress: any;
  InvalidProposal: any;
  InvalidRecording: any;
  InvalidSpeakerProfile: any;
  InvitationAnswered: any;
  JoinCommunityResult: any;
  LastOrganiser: any;
  LeaveCommunityResult: any;
  Link: any;
  LinkInput: any;
  LinkRecordingResult: any;
  LinkResource: any;
  Me: any;
  MeLearningConnection: any;
  MeLearningConnectionEdge: any;
  MeProposalsConnection: any;
  MeProposalsConnectionEdge: any;
  MeRsvpsConnection: any;
  MeRsvpsConnectionEdge: any;
  Meetup: any;
  MeetupAttendeesConnection: any;
  MeetupAttendeesConnectionEdge: any;
  MeetupCancelled: any;
  MeetupFull: any;
  MeetupGoing: any;
  MeetupHistoryEntry: any;
  MeetupHost: any;
  MeetupIsPast: any;
  MeetupIssue: any;
  MeetupNotFound: any;
  MeetupNotPublished: any;
  MeetupResource: any;
  MeetupSnapshot: any;
  MeetupTimelinePoint: any;
  Member: any;
  MemberErased: any;
  MessageKindSetting: any;
  Mutation: Record<PropertyKey, never>;
  MyCommunity: any;
  MyRsvp: any;
  NoPendingRequest: any;
  NoRsvp: any;
  NoSeatsForParty: any;
  Node: any;
  NotAMember: any;
  NotAReviewer: any;
  NotASpeaker: any;
  NotAWebhookOrganiser: any;
  NotAnAcceptedTalk: any;
  NotAnOrganiser: any;
  NotConfirmed: any;
  NotEnoughSeats: any;
  NotFollowing: any;
  NotInvited: any;
  NotSignedIn: any;
  NotTheCurator: any;
  NotTheOwner: any;
  NotWaitlisted: any;
  NothingChanged: any;
  NothingToRelease: any;
  NotificationSettings: any;
  OpenCallResult: any;
  OwnProposal: any;
  PageInfo: any;
  Path: any;
  PathArchived: any;
  PathChangeResult: any;
  PathForksConnection: any;
  PathForksConnectionEdge: any;
  PathInput: any;
  PathIssue: any;
  PathNotFound: any;
  PathNotPublished: any;
  PathOrigin: any;
  PathProgress: any;
  PathRevision: any;
  ProfileInput: any;
  ProfileIssue: any;
  ProgressResult: any;
  PromoteFromWaitlistResult: any;
  Proposal: any;
  ProposalClosed: any;
  ProposalHistoryEntry: any;
  ProposalNotAccepted: any;
  ProposalNotConfirmed: any;
  ProposalNotFound: any;
  ProposalNotSubmitted: any;
  ProposalSnapshot: any;
  PublishCallResult: any;
  PublishMeetupResult: any;
  PublishPathResult: any;
  Query: Record<PropertyKey, never>;
  QueryCommunitiesConnection: any;
  QueryCommunitiesConnectionEdge: any;
  QueryPathsConnection: any;
  QueryPathsConnectionEdge: any;
  QueryUpcomingMeetupsConnection: any;
  QueryUpcomingMeetupsConnectionEdge: any;
  Recording: any;
  RedeliverWebhookResult: any;
  RejectProposalResult: any;
  ReleaseAgendaResult: any;
  RemoveMemberResult: any;
  RemoveReviewerResult: any;
  RemoveRsvpResult: any;
  RemoveSlidesResult: any;
  RemoveSpeakerPhotoResult: any;
  RescheduleMeetupInput: any;
  RescheduleMeetupResult: any;
  ResetCalendarFeedResult: any;
  ResourceNotFound: any;
  ResumeNotificationsResult: any;
  Review: any;
  ReviewBoardConnection: any;
  ReviewBoardConnectionEdge: any;
  ReviewBoardRow: any;
  ReviewCriterion: any;
  ReviewCriterionInput: any;
  ReviewInput: any;
  ReviewProposalResult: any;
  RevokeApiTokenResult: any;
  RevokeRoleResult: any;
  RotateWebhookSecretResult: any;
  RsvpClosed: any;
  RsvpNotOpenYet: any;
  RsvpResult: any;
  ScheduleMeetupInput: any;
  ScheduleMeetupResult: any;
  ScoreOutOfRange: any;
  ScoresIncomplete: any;
  SetNotificationPreferenceResult: any;
  SetSpeakerPhotoResult: any;
  Slides: any;
  SlotNotFound: any;
  SlotOutsideMeetup: any;
  SlotOverlaps: any;
  SlugTaken: any;
  SpeakerNotFound: any;
  SpeakerProfile: any;
  SpeakerProfileInput: any;
  SpeakerProfileIssue: any;
  StartUploadResult: any;
  SubmitDraftProposalResult: any;
  SubmitProposalInput: any;
  SubmitProposalResult: any;
  TalkAlreadyOnAgenda: any;
  TalkFormat: any;
  TalkFormatInput: any;
  TalkGiven: any;
  TalkIssue: any;
  TalkNotConfirmed: any;
  TalkResource: any;
  TalkSlot: any;
  TooManyApiTokens: any;
  TooManyGuests: any;
  TooManyWebhooks: any;
  UndoCheckInResult: any;
  UnknownHandle: any;
  UnknownMessageKind: any;
  UnknownNotificationCommunity: any;
  UnknownWebhookKind: any;
  UnlinkRecordingResult: any;
  UnsubscribeLinkInvalid: any;
  UnsubscribeResult: any;
  Unsubscribed: any;
  UpdateProfileResult: any;
  UpdateSpeakerProfileResult: any;
  UploadEmpty: any;
  UploadHeader: any;
  UploadMissing: any;
  UploadTarget: any;
  UploadTooLarge: any;
  UploadWrongType: any;
  Venue: any;
  VenueInput: any;
  ViewerRsvp: any;
  WaitlistedParty: any;
  Webhook: any;
  WebhookAttempt: any;
  WebhookDeleted: any;
  WebhookDelivery: any;
  WebhookDeliveryConnection: any;
  WebhookDeliveryEdge: any;
  WebhookDeliveryNotFound: any;
  WebhookKindDescription: any;
  WebhookNotFound: any;
  WebhookResult: any;
  WebhookUrlRefused: any;
  WebhookWithSecret: any;
  WithdrawProposalResult: any;
  Int: any;
};

export type CacheControlDirectiveArgs = {
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GraphqlContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcceptProposalResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AcceptProposalResult'] = ResolversParentTypes['AcceptProposalResult']> = {
  __resolveType: TypeResolveFn<'InvalidProposal' | 'NotAnOrganiser' | 'NotSignedIn' | 'Proposal' | 'ProposalNotFound' | 'ProposalNotSubmitted', ParentType, ContextType>;
};

export type AddToCalendarLinksResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AddToCalendarLinks'] = ResolversParentTypes['AddToCalendarLinks']> = {
  google?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ics?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outlook?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgendaChangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaChange'] = ResolversParentTypes['AgendaChange']> = {
  kind?: Resolver<ResolversTypes['AgendaChangeKind'], ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousStartsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgendaChangeKindResolvers = { ADDED: 'added', MOVED: 'moved', REMOVED: 'removed', RENAMED: 'renamed', RETIMED: 'retimed' };

export type AgendaChangesResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaChanges'] = ResolversParentTypes['AgendaChanges']> = {
  changes?: Resolver<Array<ResolversTypes['AgendaChange']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgendaClosedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaClosed'] = ResolversParentTypes['AgendaClosed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgendaDraftResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaDraft'] = ResolversParentTypes['AgendaDraft']> = {
  availableTalks?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  releasable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  releases?: Resolver<Array<ResolversTypes['AgendaVersion']>, ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['AgendaSlot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgendaDraftResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaDraftResult'] = ResolversParentTypes['AgendaDraftResult']> = {
  __resolveType: TypeResolveFn<'AgendaClosed' | 'AgendaDraft' | 'InvalidAgendaSlot' | 'MeetupNotFound' | 'NotAnOrganiser' | 'NotSignedIn' | 'SlotNotFound' | 'SlotOutsideMeetup' | 'SlotOverlaps' | 'TalkAlreadyOnAgenda' | 'TalkNotConfirmed', ParentType, ContextType>;
};

export type AgendaIssueResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaIssue'] = ResolversParentTypes['AgendaIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgendaSlotResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaSlot'] = ResolversParentTypes['AgendaSlot']> = {
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgendaSlotKind'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  talk?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgendaSlotKindResolvers = { ITEM: 'item', TALK: 'talk' };

export type AgendaVersionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgendaVersion'] = ResolversParentTypes['AgendaVersion']> = {
  changesSince?: Resolver<Maybe<ResolversTypes['AgendaChanges']>, ParentType, ContextType, Partial<AgendaVersionChangesSinceArgs>>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releasedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['AgendaSlot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlreadyAMemberResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AlreadyAMember'] = ResolversParentTypes['AlreadyAMember']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlreadyRsvpedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AlreadyRsvped'] = ResolversParentTypes['AlreadyRsvped']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnswerCoSpeakerInvitationResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AnswerCoSpeakerInvitationResult'] = ResolversParentTypes['AnswerCoSpeakerInvitationResult']> = {
  __resolveType: TypeResolveFn<'InvitationAnswered' | 'NotInvited' | 'NotSignedIn' | 'ProposalClosed' | 'ProposalNotFound', ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ApiTokenScope'], ParentType, ContextType>;
};

export type ApiTokenNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ApiTokenNotFound'] = ResolversParentTypes['ApiTokenNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiTokenRevokedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ApiTokenRevoked'] = ResolversParentTypes['ApiTokenRevoked']> = {
  tokenId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiTokenScopeResolvers = { READ: 'read', READ_WRITE: 'read-write' };

export type ApiTokenWithSecretResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ApiTokenWithSecret'] = ResolversParentTypes['ApiTokenWithSecret']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppointHostResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AppointHostResult'] = ResolversParentTypes['AppointHostResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'CommunityNotFound' | 'LastOrganiser' | 'NotAMember' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type AppointOrganiserResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AppointOrganiserResult'] = ResolversParentTypes['AppointOrganiserResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'CommunityNotFound' | 'NotAMember' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type AppointReviewerResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AppointReviewerResult'] = ResolversParentTypes['AppointReviewerResult']> = {
  __resolveType: TypeResolveFn<'CallForProposals' | 'CallNotFound' | 'NotAMember' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type ApproveMembershipResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ApproveMembershipResult'] = ResolversParentTypes['ApproveMembershipResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'CommunityNotFound' | 'NoPendingRequest' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type AttachSlidesResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AttachSlidesResult'] = ResolversParentTypes['AttachSlidesResult']> = {
  __resolveType: TypeResolveFn<'NotASpeaker' | 'NotAnAcceptedTalk' | 'NotSignedIn' | 'Proposal' | 'ProposalNotFound' | 'UploadEmpty' | 'UploadMissing' | 'UploadTooLarge' | 'UploadWrongType', ParentType, ContextType>;
};

export type AttendanceResolvers = { CHECKED_IN: 'checked in', EXPECTED: 'expected', NO_SHOW: 'no-show' };

export type AttendeeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Attendee'] = ResolversParentTypes['Attendee']> = {
  attendance?: Resolver<Maybe<ResolversTypes['Attendance']>, ParentType, ContextType>;
  checkedIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  guestsCheckedIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  rsvpAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RsvpStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CalendarFeedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CalendarFeed'] = ResolversParentTypes['CalendarFeed']> = {
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CallClosedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CallClosed'] = ResolversParentTypes['CallClosed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CallForProposalsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CallForProposals'] = ResolversParentTypes['CallForProposals']> = {
  accepting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  anonymised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  board?: Resolver<Maybe<ResolversTypes['ReviewBoardConnection']>, ParentType, ContextType, RequireFields<CallForProposalsBoardArgs, 'notReviewedByMe'>>;
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['ReviewCriterion']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formats?: Resolver<Array<ResolversTypes['TalkFormat']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetup?: Resolver<Maybe<ResolversTypes['Meetup']>, ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewers?: Resolver<Maybe<Array<ResolversTypes['Member']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CallStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerIsOrganiser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsReviewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CallNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CallNotFound'] = ResolversParentTypes['CallNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CallNotOpenResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CallNotOpen'] = ResolversParentTypes['CallNotOpen']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CallStatusResolvers = { DRAFT: 'draft', PUBLISHED: 'published' };

export type CancelMeetupResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CancelMeetupResult'] = ResolversParentTypes['CancelMeetupResult']> = {
  __resolveType: TypeResolveFn<'InvalidMeetup' | 'Meetup' | 'MeetupCancelled' | 'MeetupIsPast' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type CancelRsvpResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CancelRsvpResult'] = ResolversParentTypes['CancelRsvpResult']> = {
  __resolveType: TypeResolveFn<'Meetup' | 'MeetupCancelled' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NoRsvp' | 'NotSignedIn' | 'RsvpClosed', ParentType, ContextType>;
};

export type CancelTalkResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CancelTalkResult'] = ResolversParentTypes['CancelTalkResult']> = {
  __resolveType: TypeResolveFn<'InvalidProposal' | 'NotAnOrganiser' | 'NotSignedIn' | 'Proposal' | 'ProposalNotConfirmed' | 'ProposalNotFound', ParentType, ContextType>;
};

export type CannotForkOwnPathResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CannotForkOwnPath'] = ResolversParentTypes['CannotForkOwnPath']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CapacityBelowSeatsTakenResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CapacityBelowSeatsTaken'] = ResolversParentTypes['CapacityBelowSeatsTaken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangeMeetupCapacityResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ChangeMeetupCapacityResult'] = ResolversParentTypes['ChangeMeetupCapacityResult']> = {
  __resolveType: TypeResolveFn<'CapacityBelowSeatsTaken' | 'InvalidMeetup' | 'Meetup' | 'MeetupCancelled' | 'MeetupIsPast' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type ChangeRsvpResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ChangeRsvpResult'] = ResolversParentTypes['ChangeRsvpResult']> = {
  __resolveType: TypeResolveFn<'InvalidMeetup' | 'Meetup' | 'MeetupCancelled' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NoRsvp' | 'NotAMember' | 'NotEnoughSeats' | 'NotSignedIn' | 'RsvpClosed' | 'TooManyGuests', ParentType, ContextType>;
};

export type CheckInAccessResolvers = { CLOSED: 'closed', CORRECTIONS: 'corrections', NOT_YET: 'not yet', OPEN: 'open' };

export type CheckInClosedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CheckInClosed'] = ResolversParentTypes['CheckInClosed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckInGuestsResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CheckInGuestsResult'] = ResolversParentTypes['CheckInGuestsResult']> = {
  __resolveType: TypeResolveFn<'CheckInClosed' | 'GuestsBeyondParty' | 'InvalidMeetup' | 'Meetup' | 'MeetupCancelled' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NoRsvp' | 'NotAnOrganiser' | 'NotConfirmed' | 'NotSignedIn', ParentType, ContextType>;
};

export type CheckInResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CheckInResult'] = ResolversParentTypes['CheckInResult']> = {
  __resolveType: TypeResolveFn<'CheckInClosed' | 'Meetup' | 'MeetupCancelled' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NoRsvp' | 'NotAnOrganiser' | 'NotConfirmed' | 'NotSignedIn', ParentType, ContextType>;
};

export type CheckpointResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Checkpoint'] = ResolversParentTypes['Checkpoint']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['CheckpointResource'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CheckpointChangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CheckpointChange'] = ResolversParentTypes['CheckpointChange']> = {
  checkpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CheckpointChangeKind'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CheckpointChangeKindResolvers = { ADDED: 'added', EDITED: 'edited', MOVED: 'moved', REMOVED: 'removed' };

export type CheckpointNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CheckpointNotFound'] = ResolversParentTypes['CheckpointNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckpointProgressResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CheckpointProgress'] = ResolversParentTypes['CheckpointProgress']> = {
  checkpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ProgressSource']>, ParentType, ContextType>;
};

export type CheckpointResourceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CheckpointResource'] = ResolversParentTypes['CheckpointResource']> = {
  __resolveType: TypeResolveFn<'LinkResource' | 'MeetupResource' | 'TalkResource', ParentType, ContextType>;
};

export type CheckpointResourceHitResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CheckpointResourceHit'] = ResolversParentTypes['CheckpointResourceHit']> = {
  __resolveType: TypeResolveFn<'MeetupResource' | 'TalkResource', ParentType, ContextType>;
};

export type CloseCallResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CloseCallResult'] = ResolversParentTypes['CloseCallResult']> = {
  __resolveType: TypeResolveFn<'CallForProposals' | 'CallNotFound' | 'CallNotOpen' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type CoSpeakerResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CoSpeaker'] = ResolversParentTypes['CoSpeaker']> = {
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  calls?: Resolver<ResolversTypes['CommunityCallsConnection'], ParentType, ContextType, Partial<CommunityCallsArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draftCalls?: Resolver<Maybe<ResolversTypes['CommunityCallsConnection']>, ParentType, ContextType, Partial<CommunityDraftCallsArgs>>;
  draftMeetups?: Resolver<Maybe<ResolversTypes['CommunityDraftMeetupsConnection']>, ParentType, ContextType, Partial<CommunityDraftMeetupsArgs>>;
  foundedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['CommunityHistoryConnection']>, ParentType, ContextType, Partial<CommunityHistoryArgs>>;
  hosts?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinMode?: Resolver<ResolversTypes['JoinMode'], ParentType, ContextType>;
  managedPaths?: Resolver<Maybe<ResolversTypes['QueryPathsConnection']>, ParentType, ContextType, Partial<CommunityManagedPathsArgs>>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['CommunityMembersConnection']>, ParentType, ContextType, RequireFields<CommunityMembersArgs, 'pending'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisers?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  pastMeetups?: Resolver<ResolversTypes['CommunityPastMeetupsConnection'], ParentType, ContextType, Partial<CommunityPastMeetupsArgs>>;
  paths?: Resolver<ResolversTypes['QueryPathsConnection'], ParentType, ContextType, Partial<CommunityPathsArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  talks?: Resolver<ResolversTypes['CommunityTalksConnection'], ParentType, ContextType, Partial<CommunityTalksArgs>>;
  upcomingMeetups?: Resolver<ResolversTypes['CommunityUpcomingMeetupsConnection'], ParentType, ContextType, Partial<CommunityUpcomingMeetupsArgs>>;
  viewerRole?: Resolver<Maybe<ResolversTypes['CommunityRole']>, ParentType, ContextType>;
  webhooks?: Resolver<Maybe<Array<ResolversTypes['Webhook']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommunityCallsConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityCallsConnection'] = ResolversParentTypes['CommunityCallsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityCallsConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommunityCallsConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityCallsConnectionEdge'] = ResolversParentTypes['CommunityCallsConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CallForProposals'], ParentType, ContextType>;
};

export type CommunityDraftMeetupsConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityDraftMeetupsConnection'] = ResolversParentTypes['CommunityDraftMeetupsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityDraftMeetupsConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommunityDraftMeetupsConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityDraftMeetupsConnectionEdge'] = ResolversParentTypes['CommunityDraftMeetupsConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meetup'], ParentType, ContextType>;
};

export type CommunityHistoryConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityHistoryConnection'] = ResolversParentTypes['CommunityHistoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityHistoryConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommunityHistoryConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityHistoryConnectionEdge'] = ResolversParentTypes['CommunityHistoryConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MeetupHistoryEntry'], ParentType, ContextType>;
};

export type CommunityIssueResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityIssue'] = ResolversParentTypes['CommunityIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CommunityMembersConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityMembersConnection'] = ResolversParentTypes['CommunityMembersConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityMembersConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommunityMembersConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityMembersConnectionEdge'] = ResolversParentTypes['CommunityMembersConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommunityMembership'], ParentType, ContextType>;
};

export type CommunityMembershipResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityMembership'] = ResolversParentTypes['CommunityMembership']> = {
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CommunityRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommunityMessageSettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityMessageSetting'] = ResolversParentTypes['CommunityMessageSetting']> = {
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CommunityNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityNotFound'] = ResolversParentTypes['CommunityNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommunityPastMeetupsConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityPastMeetupsConnection'] = ResolversParentTypes['CommunityPastMeetupsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityPastMeetupsConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommunityPastMeetupsConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityPastMeetupsConnectionEdge'] = ResolversParentTypes['CommunityPastMeetupsConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meetup'], ParentType, ContextType>;
};

export type CommunityRoleResolvers = { HOST: 'host', MEMBER: 'member', ORGANISER: 'organiser', PENDING: 'pending' };

export type CommunityTalksConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityTalksConnection'] = ResolversParentTypes['CommunityTalksConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityTalksConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommunityTalksConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityTalksConnectionEdge'] = ResolversParentTypes['CommunityTalksConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type CommunityUpcomingMeetupsConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityUpcomingMeetupsConnection'] = ResolversParentTypes['CommunityUpcomingMeetupsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityUpcomingMeetupsConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommunityUpcomingMeetupsConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CommunityUpcomingMeetupsConnectionEdge'] = ResolversParentTypes['CommunityUpcomingMeetupsConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meetup'], ParentType, ContextType>;
};

export type ConfirmTalkResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConfirmTalkResult'] = ResolversParentTypes['ConfirmTalkResult']> = {
  __resolveType: TypeResolveFn<'NotASpeaker' | 'NotSignedIn' | 'Proposal' | 'ProposalNotAccepted' | 'ProposalNotFound', ParentType, ContextType>;
};

export type CoordinatesResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Coordinates'] = ResolversParentTypes['Coordinates']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CreateApiTokenResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CreateApiTokenResult'] = ResolversParentTypes['CreateApiTokenResult']> = {
  __resolveType: TypeResolveFn<'ApiTokenWithSecret' | 'InvalidApiToken' | 'NotSignedIn' | 'TooManyApiTokens', ParentType, ContextType>;
};

export type CreateWebhookResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CreateWebhookResult'] = ResolversParentTypes['CreateWebhookResult']> = {
  __resolveType: TypeResolveFn<'NotAWebhookOrganiser' | 'NotSignedIn' | 'TooManyWebhooks' | 'UnknownWebhookKind' | 'WebhookUrlRefused' | 'WebhookWithSecret', ParentType, ContextType>;
};

export type CriterionScoreResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CriterionScore'] = ResolversParentTypes['CriterionScore']> = {
  criterionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DeclineMembershipResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeclineMembershipResult'] = ResolversParentTypes['DeclineMembershipResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'CommunityNotFound' | 'NoPendingRequest' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type DeclineTalkResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeclineTalkResult'] = ResolversParentTypes['DeclineTalkResult']> = {
  __resolveType: TypeResolveFn<'NotASpeaker' | 'NotSignedIn' | 'Proposal' | 'ProposalNotAccepted' | 'ProposalNotFound', ParentType, ContextType>;
};

export type DeleteWebhookResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DeleteWebhookResult'] = ResolversParentTypes['DeleteWebhookResult']> = {
  __resolveType: TypeResolveFn<'NotAWebhookOrganiser' | 'NotSignedIn' | 'WebhookDeleted' | 'WebhookNotFound', ParentType, ContextType>;
};

export type DraftCallResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DraftCallResult'] = ResolversParentTypes['DraftCallResult']> = {
  __resolveType: TypeResolveFn<'CallForProposals' | 'InvalidCall' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type DraftPathResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DraftPathResult'] = ResolversParentTypes['DraftPathResult']> = {
  __resolveType: TypeResolveFn<'InvalidPath' | 'NotSignedIn' | 'Path' | 'ResourceNotFound', ParentType, ContextType>;
};

export type EditCallResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EditCallResult'] = ResolversParentTypes['EditCallResult']> = {
  __resolveType: TypeResolveFn<'CallForProposals' | 'CallNotFound' | 'InvalidCall' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type EditCommunityResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EditCommunityResult'] = ResolversParentTypes['EditCommunityResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'CommunityNotFound' | 'InvalidCommunity' | 'NotAnOrganiser' | 'NotSignedIn' | 'SlugTaken', ParentType, ContextType>;
};

export type EditMeetupResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EditMeetupResult'] = ResolversParentTypes['EditMeetupResult']> = {
  __resolveType: TypeResolveFn<'InvalidMeetup' | 'Meetup' | 'MeetupCancelled' | 'MeetupIsPast' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type EditPathResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EditPathResult'] = ResolversParentTypes['EditPathResult']> = {
  __resolveType: TypeResolveFn<'InvalidPath' | 'NotSignedIn' | 'NotTheCurator' | 'NothingChanged' | 'Path' | 'PathArchived' | 'PathNotFound' | 'ResourceNotFound', ParentType, ContextType>;
};

export type EditProposalResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EditProposalResult'] = ResolversParentTypes['EditProposalResult']> = {
  __resolveType: TypeResolveFn<'CallClosed' | 'CallNotFound' | 'FormatNotOffered' | 'InvalidProposal' | 'NotSignedIn' | 'NotTheOwner' | 'Proposal' | 'ProposalClosed' | 'ProposalNotFound' | 'UnknownHandle', ParentType, ContextType>;
};

export type EraseMeResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EraseMeResult'] = ResolversParentTypes['EraseMeResult']> = {
  __resolveType: TypeResolveFn<'EraseMeSuccess' | 'NotSignedIn', ParentType, ContextType>;
};

export type EraseMeSuccessResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EraseMeSuccess'] = ResolversParentTypes['EraseMeSuccess']> = {
  erased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ErrorResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Error'] = ResolversParentTypes['Error']> = {
  __resolveType: TypeResolveFn<'AgendaClosed' | 'AlreadyAMember' | 'AlreadyRsvped' | 'ApiTokenNotFound' | 'CallClosed' | 'CallNotFound' | 'CallNotOpen' | 'CannotForkOwnPath' | 'CapacityBelowSeatsTaken' | 'CheckInClosed' | 'CheckpointNotFound' | 'CommunityNotFound' | 'FormatNotOffered' | 'GuestsBeyondParty' | 'HandleTaken' | 'InvalidAgendaSlot' | 'InvalidApiToken' | 'InvalidCall' | 'InvalidCommunity' | 'InvalidMeetup' | 'InvalidPath' | 'InvalidProfile' | 'InvalidProgress' | 'InvalidProposal' | 'InvalidRecording' | 'InvalidSpeakerProfile' | 'LastOrganiser' | 'MeetupCancelled' | 'MeetupFull' | 'MeetupIsPast' | 'MeetupNotFound' | 'MeetupNotPublished' | 'MemberErased' | 'NoPendingRequest' | 'NoRsvp' | 'NoSeatsForParty' | 'NotAMember' | 'NotAReviewer' | 'NotASpeaker' | 'NotAWebhookOrganiser' | 'NotAnAcceptedTalk' | 'NotAnOrganiser' | 'NotConfirmed' | 'NotEnoughSeats' | 'NotFollowing' | 'NotInvited' | 'NotSignedIn' | 'NotTheCurator' | 'NotTheOwner' | 'NotWaitlisted' | 'NothingChanged' | 'NothingToRelease' | 'OwnProposal' | 'PathArchived' | 'PathNotFound' | 'PathNotPublished' | 'ProposalClosed' | 'ProposalNotAccepted' | 'ProposalNotConfirmed' | 'ProposalNotFound' | 'ProposalNotSubmitted' | 'ResourceNotFound' | 'RsvpClosed' | 'RsvpNotOpenYet' | 'ScoreOutOfRange' | 'ScoresIncomplete' | 'SlotNotFound' | 'SlotOutsideMeetup' | 'SlotOverlaps' | 'SlugTaken' | 'SpeakerNotFound' | 'TalkAlreadyOnAgenda' | 'TalkNotConfirmed' | 'TooManyApiTokens' | 'TooManyGuests' | 'TooManyWebhooks' | 'UnknownHandle' | 'UnknownMessageKind' | 'UnknownNotificationCommunity' | 'UnknownWebhookKind' | 'UnsubscribeLinkInvalid' | 'UploadEmpty' | 'UploadMissing' | 'UploadTooLarge' | 'UploadWrongType' | 'WebhookDeliveryNotFound' | 'WebhookNotFound' | 'WebhookUrlRefused', ParentType, ContextType>;
};

export type ForkPathResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ForkPathResult'] = ResolversParentTypes['ForkPathResult']> = {
  __resolveType: TypeResolveFn<'CannotForkOwnPath' | 'NotSignedIn' | 'Path' | 'PathNotFound' | 'PathNotPublished', ParentType, ContextType>;
};

export type FormatNotOfferedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FormatNotOffered'] = ResolversParentTypes['FormatNotOffered']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FoundCommunityResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FoundCommunityResult'] = ResolversParentTypes['FoundCommunityResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'InvalidCommunity' | 'NotSignedIn' | 'SlugTaken', ParentType, ContextType>;
};

export type GuestsBeyondPartyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['GuestsBeyondParty'] = ResolversParentTypes['GuestsBeyondParty']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HandleTakenResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['HandleTaken'] = ResolversParentTypes['HandleTaken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  takenHandle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidAgendaSlotResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidAgendaSlot'] = ResolversParentTypes['InvalidAgendaSlot']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['AgendaIssue']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidApiTokenResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidApiToken'] = ResolversParentTypes['InvalidApiToken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidCallResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidCall'] = ResolversParentTypes['InvalidCall']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['TalkIssue']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidCommunityResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidCommunity'] = ResolversParentTypes['InvalidCommunity']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['CommunityIssue']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidMeetupResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidMeetup'] = ResolversParentTypes['InvalidMeetup']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['MeetupIssue']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidPathResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidPath'] = ResolversParentTypes['InvalidPath']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['PathIssue']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidProfileResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidProfile'] = ResolversParentTypes['InvalidProfile']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['ProfileIssue']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidProgressResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidProgress'] = ResolversParentTypes['InvalidProgress']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidProposalResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidProposal'] = ResolversParentTypes['InvalidProposal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['TalkIssue']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidRecordingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidRecording'] = ResolversParentTypes['InvalidRecording']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidSpeakerProfileResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvalidSpeakerProfile'] = ResolversParentTypes['InvalidSpeakerProfile']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['SpeakerProfileIssue']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvitationAnsweredResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InvitationAnswered'] = ResolversParentTypes['InvitationAnswered']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvitationStatusResolvers = { ACCEPTED: 'accepted', DECLINED: 'declined', INVITED: 'invited' };

export type JoinCommunityResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['JoinCommunityResult'] = ResolversParentTypes['JoinCommunityResult']> = {
  __resolveType: TypeResolveFn<'AlreadyAMember' | 'Community' | 'CommunityNotFound' | 'NotSignedIn', ParentType, ContextType>;
};

export type JoinModeResolvers = { APPROVAL: 'approval', OPEN: 'open' };

export type LastOrganiserResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LastOrganiser'] = ResolversParentTypes['LastOrganiser']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LearningFilterResolvers = { ALL: 'all', COMPLETED: 'completed', IN_PROGRESS: 'in-progress' };

export type LeaveCommunityResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LeaveCommunityResult'] = ResolversParentTypes['LeaveCommunityResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'CommunityNotFound' | 'LastOrganiser' | 'NotAMember' | 'NotSignedIn', ParentType, ContextType>;
};

export type LinkResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkRecordingResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LinkRecordingResult'] = ResolversParentTypes['LinkRecordingResult']> = {
  __resolveType: TypeResolveFn<'InvalidRecording' | 'NotASpeaker' | 'NotAnAcceptedTalk' | 'NotSignedIn' | 'Proposal' | 'ProposalNotFound', ParentType, ContextType>;
};

export type LinkResourceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['LinkResource'] = ResolversParentTypes['LinkResource']> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  calendarFeedUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['MyCommunity']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  learning?: Resolver<ResolversTypes['MeLearningConnection'], ParentType, ContextType, RequireFields<MeLearningArgs, 'filter'>>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  newcomer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organises?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  paths?: Resolver<ResolversTypes['QueryPathsConnection'], ParentType, ContextType, Partial<MePathsArgs>>;
  proposals?: Resolver<ResolversTypes['MeProposalsConnection'], ParentType, ContextType, Partial<MeProposalsArgs>>;
  reviewerCalls?: Resolver<Array<ResolversTypes['CallForProposals']>, ParentType, ContextType>;
  rsvps?: Resolver<ResolversTypes['MeRsvpsConnection'], ParentType, ContextType, RequireFields<MeRsvpsArgs, 'upcoming'>>;
  suggestedCommunities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<MeSuggestedCommunitiesArgs, 'first'>>;
};

export type MeLearningConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeLearningConnection'] = ResolversParentTypes['MeLearningConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeLearningConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeLearningConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeLearningConnectionEdge'] = ResolversParentTypes['MeLearningConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PathProgress'], ParentType, ContextType>;
};

export type MeProposalsConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeProposalsConnection'] = ResolversParentTypes['MeProposalsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeProposalsConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeProposalsConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeProposalsConnectionEdge'] = ResolversParentTypes['MeProposalsConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type MeRsvpsConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeRsvpsConnection'] = ResolversParentTypes['MeRsvpsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeRsvpsConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeRsvpsConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeRsvpsConnectionEdge'] = ResolversParentTypes['MeRsvpsConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MyRsvp'], ParentType, ContextType>;
};

export type MeetupResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Meetup'] = ResolversParentTypes['Meetup']> = {
  addToCalendar?: Resolver<ResolversTypes['AddToCalendarLinks'], ParentType, ContextType>;
  agenda?: Resolver<Maybe<ResolversTypes['AgendaVersion']>, ParentType, ContextType>;
  agendaDraft?: Resolver<Maybe<ResolversTypes['AgendaDraft']>, ParentType, ContextType>;
  agendaVersion?: Resolver<Maybe<ResolversTypes['AgendaVersion']>, ParentType, ContextType, RequireFields<MeetupAgendaVersionArgs, 'number'>>;
  asOf?: Resolver<Maybe<ResolversTypes['MeetupSnapshot']>, ParentType, ContextType, RequireFields<MeetupAsOfArgs, 'instant'>>;
  attendees?: Resolver<Maybe<ResolversTypes['MeetupAttendeesConnection']>, ParentType, ContextType, Partial<MeetupAttendeesArgs>>;
  cancellationMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  checkInOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedInSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  confirmedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  going?: Resolver<Maybe<ResolversTypes['MeetupGoing']>, ParentType, ContextType, RequireFields<MeetupGoingArgs, 'first'>>;
  guestLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['MeetupHistoryEntry']>>, ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['MeetupHost']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pathCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['MeetupPhase'], ParentType, ContextType>;
  publicId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rsvpClosesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rsvpOpensAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  spotsLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetupStatus'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<Maybe<Array<ResolversTypes['MeetupTimelinePoint']>>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  viewerCheckIn?: Resolver<Maybe<ResolversTypes['CheckInAccess']>, ParentType, ContextType>;
  viewerRsvp?: Resolver<Maybe<ResolversTypes['ViewerRsvp']>, ParentType, ContextType>;
  waitlist?: Resolver<Maybe<Array<ResolversTypes['WaitlistedParty']>>, ParentType, ContextType>;
  waitlistEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waitlistLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetupAttendeesConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupAttendeesConnection'] = ResolversParentTypes['MeetupAttendeesConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetupAttendeesConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeetupAttendeesConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupAttendeesConnectionEdge'] = ResolversParentTypes['MeetupAttendeesConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Attendee'], ParentType, ContextType>;
};

export type MeetupCancelledResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupCancelled'] = ResolversParentTypes['MeetupCancelled']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetupFullResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupFull'] = ResolversParentTypes['MeetupFull']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetupGoingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupGoing'] = ResolversParentTypes['MeetupGoing']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['Member']>>, ParentType, ContextType>;
  othersCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetupHistoryEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupHistoryEntry'] = ResolversParentTypes['MeetupHistoryEntry']> = {
  actor?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  causeVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  localTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetup?: Resolver<Maybe<ResolversTypes['Meetup']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetupHostResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupHost'] = ResolversParentTypes['MeetupHost']> = {
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CommunityRole'], ParentType, ContextType>;
};

export type MeetupIsPastResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupIsPast'] = ResolversParentTypes['MeetupIsPast']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetupIssueResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupIssue'] = ResolversParentTypes['MeetupIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MeetupNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupNotFound'] = ResolversParentTypes['MeetupNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetupNotPublishedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupNotPublished'] = ResolversParentTypes['MeetupNotPublished']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetupPhaseResolvers = { PAST: 'past', RUNNING: 'running', UPCOMING: 'upcoming' };

export type MeetupResourceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupResource'] = ResolversParentTypes['MeetupResource']> = {
  meetup?: Resolver<Maybe<ResolversTypes['Meetup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetupSnapshotResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupSnapshot'] = ResolversParentTypes['MeetupSnapshot']> = {
  cancellationMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  confirmedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guestLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetupStatus'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  waitlistLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetupStatusResolvers = { CANCELLED: 'cancelled', DRAFT: 'draft', PUBLISHED: 'published' };

export type MeetupTimelinePointResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MeetupTimelinePoint'] = ResolversParentTypes['MeetupTimelinePoint']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkedIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curatedPaths?: Resolver<ResolversTypes['QueryPathsConnection'], ParentType, ContextType, Partial<MemberCuratedPathsArgs>>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  erased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  learning?: Resolver<ResolversTypes['MeLearningConnection'], ParentType, ContextType, Partial<MemberLearningArgs>>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  notificationSettings?: Resolver<Maybe<ResolversTypes['NotificationSettings']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speakerProfile?: Resolver<Maybe<ResolversTypes['SpeakerProfile']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MemberErasedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MemberErased'] = ResolversParentTypes['MemberErased']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageKindResolvers = { AGENDA_RELEASED: 'agenda-released', MEETUP_ANNOUNCED: 'meetup-announced', MEETUP_CANCELLED: 'meetup-cancelled', MEETUP_REMINDER: 'meetup-reminder', MEETUP_RESCHEDULED: 'meetup-rescheduled', PATH_COMPLETED: 'path-completed', PROPOSAL_DECIDED: 'proposal-decided', RSVP_CONFIRMED: 'rsvp-confirmed', RSVP_REMOVED: 'rsvp-removed', RSVP_WAITLISTED: 'rsvp-waitlisted', WAITLIST_PROMOTED: 'waitlist-promoted', WEBHOOK_DISABLED: 'webhook-disabled' };

export type MessageKindSettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MessageKindSetting'] = ResolversParentTypes['MessageKindSetting']> = {
  communities?: Resolver<Array<ResolversTypes['CommunityMessageSetting']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MessageKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onByDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptProposal?: Resolver<ResolversTypes['AcceptProposalResult'], ParentType, ContextType, RequireFields<MutationAcceptProposalArgs, 'message' | 'proposalId'>>;
  addAgendaSlot?: Resolver<ResolversTypes['AgendaDraftResult'], ParentType, ContextType, RequireFields<MutationAddAgendaSlotArgs, 'input'>>;
  answerCoSpeakerInvitation?: Resolver<ResolversTypes['AnswerCoSpeakerInvitationResult'], ParentType, ContextType, RequireFields<MutationAnswerCoSpeakerInvitationArgs, 'accept' | 'proposalId'>>;
  appointHost?: Resolver<ResolversTypes['AppointHostResult'], ParentType, ContextType, RequireFields<MutationAppointHostArgs, 'communityId' | 'memberId'>>;
  appointOrganiser?: Resolver<ResolversTypes['AppointOrganiserResult'], ParentType, ContextType, RequireFields<MutationAppointOrganiserArgs, 'communityId' | 'memberId'>>;
  appointReviewer?: Resolver<ResolversTypes['AppointReviewerResult'], ParentType, ContextType, RequireFields<MutationAppointReviewerArgs, 'callId' | 'memberId'>>;
  approveMembership?: Resolver<ResolversTypes['ApproveMembershipResult'], ParentType, ContextType, RequireFields<MutationApproveMembershipArgs, 'communityId' | 'memberId'>>;
  archivePath?: Resolver<ResolversTypes['PathChangeResult'], ParentType, ContextType, RequireFields<MutationArchivePathArgs, 'pathId'>>;
  attachSlides?: Resolver<ResolversTypes['AttachSlidesResult'], ParentType, ContextType, RequireFields<MutationAttachSlidesArgs, 'proposalId' | 'uploadId'>>;
  cancelMeetup?: Resolver<ResolversTypes['CancelMeetupResult'], ParentType, ContextType, RequireFields<MutationCancelMeetupArgs, 'meetupId' | 'message'>>;
  cancelRsvp?: Resolver<ResolversTypes['CancelRsvpResult'], ParentType, ContextType, RequireFields<MutationCancelRsvpArgs, 'meetupId'>>;
  cancelTalk?: Resolver<ResolversTypes['CancelTalkResult'], ParentType, ContextType, RequireFields<MutationCancelTalkArgs, 'message' | 'proposalId'>>;
  changeMeetupCapacity?: Resolver<ResolversTypes['ChangeMeetupCapacityResult'], ParentType, ContextType, RequireFields<MutationChangeMeetupCapacityArgs, 'meetupId'>>;
  changeRsvp?: Resolver<ResolversTypes['ChangeRsvpResult'], ParentType, ContextType, RequireFields<MutationChangeRsvpArgs, 'meetupId'>>;
  checkIn?: Resolver<ResolversTypes['CheckInResult'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'meetupId' | 'memberId'>>;
  checkInGuests?: Resolver<ResolversTypes['CheckInGuestsResult'], ParentType, ContextType, RequireFields<MutationCheckInGuestsArgs, 'guests' | 'meetupId' | 'memberId'>>;
  closeCall?: Resolver<ResolversTypes['CloseCallResult'], ParentType, ContextType, RequireFields<MutationCloseCallArgs, 'callId'>>;
  confirmTalk?: Resolver<ResolversTypes['ConfirmTalkResult'], ParentType, ContextType, RequireFields<MutationConfirmTalkArgs, 'proposalId'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenResult'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name' | 'scope'>>;
  createWebhook?: Resolver<ResolversTypes['CreateWebhookResult'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'communityId' | 'kinds' | 'url'>>;
  declineMembership?: Resolver<ResolversTypes['DeclineMembershipResult'], ParentType, ContextType, RequireFields<MutationDeclineMembershipArgs, 'communityId' | 'memberId'>>;
  declineTalk?: Resolver<ResolversTypes['DeclineTalkResult'], ParentType, ContextType, RequireFields<MutationDeclineTalkArgs, 'proposalId'>>;
  deleteWebhook?: Resolver<ResolversTypes['DeleteWebhookResult'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'webhookId'>>;
  disableWebhook?: Resolver<ResolversTypes['WebhookResult'], ParentType, ContextType, RequireFields<MutationDisableWebhookArgs, 'webhookId'>>;
  draftCall?: Resolver<ResolversTypes['DraftCallResult'], ParentType, ContextType, RequireFields<MutationDraftCallArgs, 'input'>>;
  draftPath?: Resolver<ResolversTypes['DraftPathResult'], ParentType, ContextType, RequireFields<MutationDraftPathArgs, 'input'>>;
  editAgendaSlot?: Resolver<ResolversTypes['AgendaDraftResult'], ParentType, ContextType, RequireFields<MutationEditAgendaSlotArgs, 'input'>>;
  editCall?: Resolver<ResolversTypes['EditCallResult'], ParentType, ContextType, RequireFields<MutationEditCallArgs, 'callId' | 'input'>>;
  editCommunity?: Resolver<ResolversTypes['EditCommunityResult'], ParentType, ContextType, RequireFields<MutationEditCommunityArgs, 'communityId' | 'input'>>;
  editMeetup?: Resolver<ResolversTypes['EditMeetupResult'], ParentType, ContextType, RequireFields<MutationEditMeetupArgs, 'input' | 'meetupId'>>;
  editPath?: Resolver<ResolversTypes['EditPathResult'], ParentType, ContextType, RequireFields<MutationEditPathArgs, 'input' | 'pathId'>>;
  editProposal?: Resolver<ResolversTypes['EditProposalResult'], ParentType, ContextType, RequireFields<MutationEditProposalArgs, 'input' | 'proposalId'>>;
  enableWebhook?: Resolver<ResolversTypes['WebhookResult'], ParentType, ContextType, RequireFields<MutationEnableWebhookArgs, 'webhookId'>>;
  eraseMe?: Resolver<ResolversTypes['EraseMeResult'], ParentType, ContextType>;
  followPath?: Resolver<ResolversTypes['ProgressResult'], ParentType, ContextType, RequireFields<MutationFollowPathArgs, 'pathId'>>;
  forkPath?: Resolver<ResolversTypes['ForkPathResult'], ParentType, ContextType, RequireFields<MutationForkPathArgs, 'pathId'>>;
  foundCommunity?: Resolver<ResolversTypes['FoundCommunityResult'], ParentType, ContextType, RequireFields<MutationFoundCommunityArgs, 'input'>>;
  joinCommunity?: Resolver<ResolversTypes['JoinCommunityResult'], ParentType, ContextType, RequireFields<MutationJoinCommunityArgs, 'communityId'>>;
  leaveCommunity?: Resolver<ResolversTypes['LeaveCommunityResult'], ParentType, ContextType, RequireFields<MutationLeaveCommunityArgs, 'communityId'>>;
  linkRecording?: Resolver<ResolversTypes['LinkRecordingResult'], ParentType, ContextType, RequireFields<MutationLinkRecordingArgs, 'proposalId' | 'url'>>;
  markCheckpoint?: Resolver<ResolversTypes['ProgressResult'], ParentType, ContextType, RequireFields<MutationMarkCheckpointArgs, 'checkpointId' | 'done' | 'pathId'>>;
  moveAgendaSlot?: Resolver<ResolversTypes['AgendaDraftResult'], ParentType, ContextType, RequireFields<MutationMoveAgendaSlotArgs, 'meetupId' | 'position' | 'slotId'>>;
  openCall?: Resolver<ResolversTypes['OpenCallResult'], ParentType, ContextType, RequireFields<MutationOpenCallArgs, 'callId'>>;
  promoteFromWaitlist?: Resolver<ResolversTypes['PromoteFromWaitlistResult'], ParentType, ContextType, RequireFields<MutationPromoteFromWaitlistArgs, 'meetupId' | 'memberId'>>;
  publishCall?: Resolver<ResolversTypes['PublishCallResult'], ParentType, ContextType, RequireFields<MutationPublishCallArgs, 'callId'>>;
  publishMeetup?: Resolver<ResolversTypes['PublishMeetupResult'], ParentType, ContextType, RequireFields<MutationPublishMeetupArgs, 'meetupId'>>;
  publishPath?: Resolver<ResolversTypes['PublishPathResult'], ParentType, ContextType, RequireFields<MutationPublishPathArgs, 'pathId'>>;
  redeliverWebhook?: Resolver<ResolversTypes['RedeliverWebhookResult'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'deliveryId' | 'webhookId'>>;
  rejectProposal?: Resolver<ResolversTypes['RejectProposalResult'], ParentType, ContextType, RequireFields<MutationRejectProposalArgs, 'message' | 'proposalId'>>;
  releaseAgenda?: Resolver<ResolversTypes['ReleaseAgendaResult'], ParentType, ContextType, RequireFields<MutationReleaseAgendaArgs, 'meetupId' | 'note'>>;
  removeAgendaSlot?: Resolver<ResolversTypes['AgendaDraftResult'], ParentType, ContextType, RequireFields<MutationRemoveAgendaSlotArgs, 'meetupId' | 'slotId'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberResult'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'communityId' | 'memberId'>>;
  removeReviewer?: Resolver<ResolversTypes['RemoveReviewerResult'], ParentType, ContextType, RequireFields<MutationRemoveReviewerArgs, 'callId' | 'memberId'>>;
  removeRsvp?: Resolver<ResolversTypes['RemoveRsvpResult'], ParentType, ContextType, RequireFields<MutationRemoveRsvpArgs, 'meetupId' | 'memberId'>>;
  removeSlides?: Resolver<ResolversTypes['RemoveSlidesResult'], ParentType, ContextType, RequireFields<MutationRemoveSlidesArgs, 'proposalId'>>;
  removeSpeakerPhoto?: Resolver<ResolversTypes['RemoveSpeakerPhotoResult'], ParentType, ContextType>;
  rescheduleMeetup?: Resolver<ResolversTypes['RescheduleMeetupResult'], ParentType, ContextType, RequireFields<MutationRescheduleMeetupArgs, 'input' | 'meetupId'>>;
  resetCalendarFeed?: Resolver<ResolversTypes['ResetCalendarFeedResult'], ParentType, ContextType>;
  resumeNotifications?: Resolver<ResolversTypes['ResumeNotificationsResult'], ParentType, ContextType>;
  reviewProposal?: Resolver<ResolversTypes['ReviewProposalResult'], ParentType, ContextType, RequireFields<MutationReviewProposalArgs, 'input' | 'proposalId'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenResult'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'tokenId'>>;
  revokeRole?: Resolver<ResolversTypes['RevokeRoleResult'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'communityId' | 'memberId'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretResult'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'webhookId'>>;
  rsvp?: Resolver<ResolversTypes['RsvpResult'], ParentType, ContextType, RequireFields<MutationRsvpArgs, 'meetupId'>>;
  scheduleMeetup?: Resolver<ResolversTypes['ScheduleMeetupResult'], ParentType, ContextType, RequireFields<MutationScheduleMeetupArgs, 'input'>>;
  setNotificationPreference?: Resolver<ResolversTypes['SetNotificationPreferenceResult'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferenceArgs, 'enabled' | 'kind'>>;
  setProgressVisibility?: Resolver<ResolversTypes['ProgressResult'], ParentType, ContextType, RequireFields<MutationSetProgressVisibilityArgs, 'pathId' | 'public'>>;
  setSpeakerPhoto?: Resolver<ResolversTypes['SetSpeakerPhotoResult'], ParentType, ContextType, RequireFields<MutationSetSpeakerPhotoArgs, 'uploadId'>>;
  startUpload?: Resolver<ResolversTypes['StartUploadResult'], ParentType, ContextType, RequireFields<MutationStartUploadArgs, 'kind'>>;
  submitDraftProposal?: Resolver<ResolversTypes['SubmitDraftProposalResult'], ParentType, ContextType, RequireFields<MutationSubmitDraftProposalArgs, 'proposalId'>>;
  submitProposal?: Resolver<ResolversTypes['SubmitProposalResult'], ParentType, ContextType, RequireFields<MutationSubmitProposalArgs, 'draft' | 'input'>>;
  undoCheckIn?: Resolver<ResolversTypes['UndoCheckInResult'], ParentType, ContextType, RequireFields<MutationUndoCheckInArgs, 'meetupId' | 'memberId'>>;
  unfollowPath?: Resolver<ResolversTypes['ProgressResult'], ParentType, ContextType, RequireFields<MutationUnfollowPathArgs, 'pathId'>>;
  unlinkRecording?: Resolver<ResolversTypes['UnlinkRecordingResult'], ParentType, ContextType, RequireFields<MutationUnlinkRecordingArgs, 'proposalId'>>;
  unpublishPath?: Resolver<ResolversTypes['PathChangeResult'], ParentType, ContextType, RequireFields<MutationUnpublishPathArgs, 'pathId'>>;
  unsubscribe?: Resolver<ResolversTypes['UnsubscribeResult'], ParentType, ContextType, RequireFields<MutationUnsubscribeArgs, 'token'>>;
  updateProfile?: Resolver<ResolversTypes['UpdateProfileResult'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  updateSpeakerProfile?: Resolver<ResolversTypes['UpdateSpeakerProfileResult'], ParentType, ContextType, RequireFields<MutationUpdateSpeakerProfileArgs, 'input'>>;
  withdrawProposal?: Resolver<ResolversTypes['WithdrawProposalResult'], ParentType, ContextType, RequireFields<MutationWithdrawProposalArgs, 'proposalId'>>;
};

export type MyCommunityResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MyCommunity'] = ResolversParentTypes['MyCommunity']> = {
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CommunityRole'], ParentType, ContextType>;
};

export type MyRsvpResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MyRsvp'] = ResolversParentTypes['MyRsvp']> = {
  attendance?: Resolver<Maybe<ResolversTypes['Attendance']>, ParentType, ContextType>;
  checkedIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  guests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetup?: Resolver<Maybe<ResolversTypes['Meetup']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RsvpStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NoPendingRequestResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NoPendingRequest'] = ResolversParentTypes['NoPendingRequest']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NoRsvpResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NoRsvp'] = ResolversParentTypes['NoRsvp']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NoSeatsForPartyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NoSeatsForParty'] = ResolversParentTypes['NoSeatsForParty']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsNeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'CallForProposals' | 'Community' | 'Meetup' | 'Member' | 'Path' | 'Proposal', ParentType, ContextType>;
};

export type NotAMemberResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotAMember'] = ResolversParentTypes['NotAMember']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotAReviewerResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotAReviewer'] = ResolversParentTypes['NotAReviewer']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotASpeakerResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotASpeaker'] = ResolversParentTypes['NotASpeaker']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotAWebhookOrganiserResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotAWebhookOrganiser'] = ResolversParentTypes['NotAWebhookOrganiser']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotAnAcceptedTalkResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotAnAcceptedTalk'] = ResolversParentTypes['NotAnAcceptedTalk']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotAnOrganiserResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotAnOrganiser'] = ResolversParentTypes['NotAnOrganiser']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotConfirmedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotConfirmed'] = ResolversParentTypes['NotConfirmed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotEnoughSeatsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotEnoughSeats'] = ResolversParentTypes['NotEnoughSeats']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guestsAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seatsAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotFollowingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotFollowing'] = ResolversParentTypes['NotFollowing']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotInvitedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotInvited'] = ResolversParentTypes['NotInvited']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotSignedInResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotSignedIn'] = ResolversParentTypes['NotSignedIn']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotTheCuratorResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotTheCurator'] = ResolversParentTypes['NotTheCurator']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotTheOwnerResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotTheOwner'] = ResolversParentTypes['NotTheOwner']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotWaitlistedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotWaitlisted'] = ResolversParentTypes['NotWaitlisted']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NothingChangedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NothingChanged'] = ResolversParentTypes['NothingChanged']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NothingToReleaseResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NothingToRelease'] = ResolversParentTypes['NothingToRelease']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationSettingsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = {
  kinds?: Resolver<Array<ResolversTypes['MessageKindSetting']>, ParentType, ContextType>;
  suppressed?: Resolver<Maybe<ResolversTypes['NotificationSuppression']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationSuppressionResolvers = { BOUNCE: 'bounce', COMPLAINT: 'complaint' };

export type OpenCallResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['OpenCallResult'] = ResolversParentTypes['OpenCallResult']> = {
  __resolveType: TypeResolveFn<'CallForProposals' | 'CallNotFound' | 'InvalidCall' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type OwnProposalResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['OwnProposal'] = ResolversParentTypes['OwnProposal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  checkpoints?: Resolver<Array<ResolversTypes['Checkpoint']>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  completionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  curator?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  curatorErased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forkedFrom?: Resolver<Maybe<ResolversTypes['PathOrigin']>, ParentType, ContextType>;
  forks?: Resolver<ResolversTypes['PathForksConnection'], ParentType, ContextType, Partial<PathForksArgs>>;
  goal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  learnerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publicId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['PathRevision']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PathStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanFork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerProgress?: Resolver<Maybe<ResolversTypes['PathProgress']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathArchivedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathArchived'] = ResolversParentTypes['PathArchived']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathChangeResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathChangeResult'] = ResolversParentTypes['PathChangeResult']> = {
  __resolveType: TypeResolveFn<'NotSignedIn' | 'NotTheCurator' | 'Path' | 'PathArchived' | 'PathNotFound', ParentType, ContextType>;
};

export type PathForksConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathForksConnection'] = ResolversParentTypes['PathForksConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PathForksConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PathForksConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathForksConnectionEdge'] = ResolversParentTypes['PathForksConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
};

export type PathIssueResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathIssue'] = ResolversParentTypes['PathIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathNotFound'] = ResolversParentTypes['PathNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathNotPublishedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathNotPublished'] = ResolversParentTypes['PathNotPublished']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathOrderResolvers = { MOST_FOLLOWED: 'most-followed', NEWEST: 'newest' };

export type PathOriginResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathOrigin'] = ResolversParentTypes['PathOrigin']> = {
  changesSince?: Resolver<Array<ResolversTypes['PathRevision']>, ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathProgressResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathProgress'] = ResolversParentTypes['PathProgress']> = {
  checkpointCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkpoints?: Resolver<Array<ResolversTypes['CheckpointProgress']>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  doneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  following?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathRevisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PathRevision'] = ResolversParentTypes['PathRevision']> = {
  changeNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['CheckpointChange']>, ParentType, ContextType>;
  goalChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathStatusResolvers = { ARCHIVED: 'archived', DRAFT: 'draft', PUBLISHED: 'published', UNPUBLISHED: 'unpublished' };

export type ProfileIssueResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProfileIssue'] = ResolversParentTypes['ProfileIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProgressResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProgressResult'] = ResolversParentTypes['ProgressResult']> = {
  __resolveType: TypeResolveFn<'CheckpointNotFound' | 'InvalidProgress' | 'NotFollowing' | 'NotSignedIn' | 'PathNotFound' | 'PathNotPublished' | 'PathProgress', ParentType, ContextType>;
};

export type ProgressSourceResolvers = { CHECKED_IN: 'checked-in', MARKED: 'marked' };

export type PromoteFromWaitlistResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PromoteFromWaitlistResult'] = ResolversParentTypes['PromoteFromWaitlistResult']> = {
  __resolveType: TypeResolveFn<'Meetup' | 'MeetupCancelled' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NoRsvp' | 'NoSeatsForParty' | 'NotAnOrganiser' | 'NotSignedIn' | 'NotWaitlisted' | 'RsvpClosed', ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  abstract?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  abstractHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['ProposalSnapshot']>, ParentType, ContextType, RequireFields<ProposalAsOfArgs, 'instant'>>;
  call?: Resolver<Maybe<ResolversTypes['CallForProposals']>, ParentType, ContextType>;
  coSpeakers?: Resolver<Maybe<Array<ResolversTypes['CoSpeaker']>>, ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draftedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['TalkFormat']>, ParentType, ContextType>;
  formatId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ProposalHistoryEntry']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TalkLevel'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  pathCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<ProposalPathsArgs, 'first'>>;
  publicId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recording?: Resolver<Maybe<ResolversTypes['Recording']>, ParentType, ContextType>;
  reviews?: Resolver<Maybe<Array<ResolversTypes['Review']>>, ParentType, ContextType>;
  slides?: Resolver<Maybe<ResolversTypes['Slides']>, ParentType, ContextType>;
  slot?: Resolver<Maybe<ResolversTypes['TalkSlot']>, ParentType, ContextType>;
  speakers?: Resolver<Maybe<Array<ResolversTypes['Member']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerAccess?: Resolver<ResolversTypes['ProposalAccess'], ParentType, ContextType>;
  viewerIsInvited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsSpeaker?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalAccessResolvers = { ORGANISER: 'organiser', PUBLIC: 'public', REVIEWER: 'reviewer', SPEAKER: 'speaker' };

export type ProposalClosedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProposalClosed'] = ResolversParentTypes['ProposalClosed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalHistoryEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProposalHistoryEntry'] = ResolversParentTypes['ProposalHistoryEntry']> = {
  actor?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalNotAcceptedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProposalNotAccepted'] = ResolversParentTypes['ProposalNotAccepted']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalNotConfirmedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProposalNotConfirmed'] = ResolversParentTypes['ProposalNotConfirmed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProposalNotFound'] = ResolversParentTypes['ProposalNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalNotSubmittedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProposalNotSubmitted'] = ResolversParentTypes['ProposalNotSubmitted']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalSnapshotResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProposalSnapshot'] = ResolversParentTypes['ProposalSnapshot']> = {
  abstract?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coSpeakers?: Resolver<Maybe<Array<ResolversTypes['CoSpeaker']>>, ParentType, ContextType>;
  decisionMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formatId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TalkLevel'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalStatusResolvers = { ACCEPTED: 'accepted', CANCELLED: 'cancelled', CONFIRMED: 'confirmed', DECLINED: 'declined', DRAFT: 'draft', REJECTED: 'rejected', SUBMITTED: 'submitted', WITHDRAWN: 'withdrawn' };

export type PublishCallResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublishCallResult'] = ResolversParentTypes['PublishCallResult']> = {
  __resolveType: TypeResolveFn<'CallForProposals' | 'CallNotFound' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type PublishMeetupResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublishMeetupResult'] = ResolversParentTypes['PublishMeetupResult']> = {
  __resolveType: TypeResolveFn<'InvalidMeetup' | 'Meetup' | 'MeetupCancelled' | 'MeetupIsPast' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type PublishPathResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublishPathResult'] = ResolversParentTypes['PublishPathResult']> = {
  __resolveType: TypeResolveFn<'NotSignedIn' | 'NotTheCurator' | 'Path' | 'PathArchived' | 'PathNotFound', ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  call?: Resolver<Maybe<ResolversTypes['CallForProposals']>, ParentType, ContextType, RequireFields<QueryCallArgs, 'id'>>;
  checkpointResourceSearch?: Resolver<Array<ResolversTypes['CheckpointResourceHit']>, ParentType, ContextType, RequireFields<QueryCheckpointResourceSearchArgs, 'communityId' | 'first' | 'text'>>;
  communities?: Resolver<ResolversTypes['QueryCommunitiesConnection'], ParentType, ContextType, Partial<QueryCommunitiesArgs>>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QueryCommunityArgs, 'slug'>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  meetup?: Resolver<Maybe<ResolversTypes['Meetup']>, ParentType, ContextType, RequireFields<QueryMeetupArgs, 'id'>>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMemberArgs, 'handle'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'slug'>>;
  paths?: Resolver<ResolversTypes['QueryPathsConnection'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'order'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryProposalArgs, 'id'>>;
  speakerProfile?: Resolver<Maybe<ResolversTypes['SpeakerProfile']>, ParentType, ContextType, RequireFields<QuerySpeakerProfileArgs, 'handle'>>;
  talk?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryTalkArgs, 'id'>>;
  upcomingMeetups?: Resolver<ResolversTypes['QueryUpcomingMeetupsConnection'], ParentType, ContextType, Partial<QueryUpcomingMeetupsArgs>>;
  webhookKinds?: Resolver<Array<ResolversTypes['WebhookKindDescription']>, ParentType, ContextType>;
};

export type QueryCommunitiesConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['QueryCommunitiesConnection'] = ResolversParentTypes['QueryCommunitiesConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QueryCommunitiesConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type QueryCommunitiesConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['QueryCommunitiesConnectionEdge'] = ResolversParentTypes['QueryCommunitiesConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
};

export type QueryPathsConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['QueryPathsConnection'] = ResolversParentTypes['QueryPathsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QueryPathsConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type QueryPathsConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['QueryPathsConnectionEdge'] = ResolversParentTypes['QueryPathsConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
};

export type QueryUpcomingMeetupsConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['QueryUpcomingMeetupsConnection'] = ResolversParentTypes['QueryUpcomingMeetupsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QueryUpcomingMeetupsConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type QueryUpcomingMeetupsConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['QueryUpcomingMeetupsConnectionEdge'] = ResolversParentTypes['QueryUpcomingMeetupsConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meetup'], ParentType, ContextType>;
};

export type RecordingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Recording'] = ResolversParentTypes['Recording']> = {
  embedUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['RecordingProvider'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecordingProviderResolvers = { OTHER: 'other', PEERTUBE: 'peertube', VIMEO: 'vimeo', YOUTUBE: 'youtube' };

export type RedeliverWebhookResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RedeliverWebhookResult'] = ResolversParentTypes['RedeliverWebhookResult']> = {
  __resolveType: TypeResolveFn<'NotAWebhookOrganiser' | 'NotSignedIn' | 'WebhookDelivery' | 'WebhookDeliveryNotFound' | 'WebhookNotFound', ParentType, ContextType>;
};

export type RejectProposalResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RejectProposalResult'] = ResolversParentTypes['RejectProposalResult']> = {
  __resolveType: TypeResolveFn<'InvalidProposal' | 'NotAnOrganiser' | 'NotSignedIn' | 'Proposal' | 'ProposalNotFound' | 'ProposalNotSubmitted', ParentType, ContextType>;
};

export type ReleaseAgendaResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReleaseAgendaResult'] = ResolversParentTypes['ReleaseAgendaResult']> = {
  __resolveType: TypeResolveFn<'AgendaClosed' | 'AgendaVersion' | 'InvalidAgendaSlot' | 'MeetupNotFound' | 'NotAnOrganiser' | 'NotSignedIn' | 'NothingToRelease', ParentType, ContextType>;
};

export type RemoveMemberResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RemoveMemberResult'] = ResolversParentTypes['RemoveMemberResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'CommunityNotFound' | 'LastOrganiser' | 'NotAMember' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type RemoveReviewerResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RemoveReviewerResult'] = ResolversParentTypes['RemoveReviewerResult']> = {
  __resolveType: TypeResolveFn<'CallForProposals' | 'CallNotFound' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type RemoveRsvpResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RemoveRsvpResult'] = ResolversParentTypes['RemoveRsvpResult']> = {
  __resolveType: TypeResolveFn<'Meetup' | 'MeetupCancelled' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NoRsvp' | 'NotAnOrganiser' | 'NotSignedIn' | 'RsvpClosed', ParentType, ContextType>;
};

export type RemoveSlidesResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RemoveSlidesResult'] = ResolversParentTypes['RemoveSlidesResult']> = {
  __resolveType: TypeResolveFn<'NotASpeaker' | 'NotAnAcceptedTalk' | 'NotSignedIn' | 'Proposal' | 'ProposalNotFound', ParentType, ContextType>;
};

export type RemoveSpeakerPhotoResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RemoveSpeakerPhotoResult'] = ResolversParentTypes['RemoveSpeakerPhotoResult']> = {
  __resolveType: TypeResolveFn<'NotSignedIn' | 'SpeakerNotFound' | 'SpeakerProfile', ParentType, ContextType>;
};

export type RescheduleMeetupResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RescheduleMeetupResult'] = ResolversParentTypes['RescheduleMeetupResult']> = {
  __resolveType: TypeResolveFn<'InvalidMeetup' | 'Meetup' | 'MeetupCancelled' | 'MeetupIsPast' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type ResetCalendarFeedResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResetCalendarFeedResult'] = ResolversParentTypes['ResetCalendarFeedResult']> = {
  __resolveType: TypeResolveFn<'CalendarFeed' | 'NotSignedIn', ParentType, ContextType>;
};

export type ResourceNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResourceNotFound'] = ResolversParentTypes['ResourceNotFound']> = {
  checkpointPosition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResumeNotificationsResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ResumeNotificationsResult'] = ResolversParentTypes['ResumeNotificationsResult']> = {
  __resolveType: TypeResolveFn<'NotSignedIn' | 'NotificationSettings', ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstReviewedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType>;
  weightedScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ReviewBoardConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReviewBoardConnection'] = ResolversParentTypes['ReviewBoardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReviewBoardConnectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReviewBoardConnectionEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReviewBoardConnectionEdge'] = ResolversParentTypes['ReviewBoardConnectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewBoardRow'], ParentType, ContextType>;
};

export type ReviewBoardRowResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReviewBoardRow'] = ResolversParentTypes['ReviewBoardRow']> = {
  formatId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TalkLevel'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  proposalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publicId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  speakers?: Resolver<Maybe<Array<ResolversTypes['Member']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerIsSpeaker?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weightedMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ReviewCriterionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReviewCriterion'] = ResolversParentTypes['ReviewCriterion']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maximumScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minimumScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ReviewProposalResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ReviewProposalResult'] = ResolversParentTypes['ReviewProposalResult']> = {
  __resolveType: TypeResolveFn<'CallNotFound' | 'InvalidProposal' | 'NotAReviewer' | 'NotSignedIn' | 'OwnProposal' | 'Proposal' | 'ProposalNotFound' | 'ProposalNotSubmitted' | 'ScoreOutOfRange' | 'ScoresIncomplete', ParentType, ContextType>;
};

export type RevokeApiTokenResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RevokeApiTokenResult'] = ResolversParentTypes['RevokeApiTokenResult']> = {
  __resolveType: TypeResolveFn<'ApiTokenNotFound' | 'ApiTokenRevoked' | 'NotSignedIn', ParentType, ContextType>;
};

export type RevokeRoleResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RevokeRoleResult'] = ResolversParentTypes['RevokeRoleResult']> = {
  __resolveType: TypeResolveFn<'Community' | 'CommunityNotFound' | 'LastOrganiser' | 'NotAMember' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type RotateWebhookSecretResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RotateWebhookSecretResult'] = ResolversParentTypes['RotateWebhookSecretResult']> = {
  __resolveType: TypeResolveFn<'NotAWebhookOrganiser' | 'NotSignedIn' | 'WebhookNotFound' | 'WebhookWithSecret', ParentType, ContextType>;
};

export type RsvpClosedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RsvpClosed'] = ResolversParentTypes['RsvpClosed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RsvpNotOpenYetResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RsvpNotOpenYet'] = ResolversParentTypes['RsvpNotOpenYet']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RsvpResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RsvpResult'] = ResolversParentTypes['RsvpResult']> = {
  __resolveType: TypeResolveFn<'AlreadyRsvped' | 'InvalidMeetup' | 'Meetup' | 'MeetupCancelled' | 'MeetupFull' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NotAMember' | 'NotSignedIn' | 'RsvpClosed' | 'RsvpNotOpenYet' | 'TooManyGuests', ParentType, ContextType>;
};

export type RsvpStatusResolvers = { CANCELLED: 'cancelled', CONFIRMED: 'confirmed', REMOVED: 'removed', WAITLISTED: 'waitlisted' };

export type ScheduleMeetupResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ScheduleMeetupResult'] = ResolversParentTypes['ScheduleMeetupResult']> = {
  __resolveType: TypeResolveFn<'InvalidMeetup' | 'Meetup' | 'NotAnOrganiser' | 'NotSignedIn', ParentType, ContextType>;
};

export type ScoreOutOfRangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ScoreOutOfRange'] = ResolversParentTypes['ScoreOutOfRange']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criterionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maximumScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimumScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScoresIncompleteResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ScoresIncomplete'] = ResolversParentTypes['ScoresIncomplete']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingCriteria?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unknownCriteria?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SetNotificationPreferenceResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SetNotificationPreferenceResult'] = ResolversParentTypes['SetNotificationPreferenceResult']> = {
  __resolveType: TypeResolveFn<'NotSignedIn' | 'NotificationSettings' | 'UnknownMessageKind' | 'UnknownNotificationCommunity', ParentType, ContextType>;
};

export type SetSpeakerPhotoResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SetSpeakerPhotoResult'] = ResolversParentTypes['SetSpeakerPhotoResult']> = {
  __resolveType: TypeResolveFn<'NotSignedIn' | 'SpeakerNotFound' | 'SpeakerProfile' | 'UploadEmpty' | 'UploadMissing' | 'UploadTooLarge' | 'UploadWrongType', ParentType, ContextType>;
};

export type SlidesResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Slides'] = ResolversParentTypes['Slides']> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SlotNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SlotNotFound'] = ResolversParentTypes['SlotNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlotOutsideMeetupResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SlotOutsideMeetup'] = ResolversParentTypes['SlotOutsideMeetup']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlotOverlapsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SlotOverlaps'] = ResolversParentTypes['SlotOverlaps']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overlapping?: Resolver<ResolversTypes['AgendaSlot'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlugTakenResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SlugTaken'] = ResolversParentTypes['SlugTaken']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  takenSlug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpeakerNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SpeakerNotFound'] = ResolversParentTypes['SpeakerNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpeakerProfileResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SpeakerProfile'] = ResolversParentTypes['SpeakerProfile']> = {
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bioHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  talks?: Resolver<Array<ResolversTypes['TalkGiven']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpeakerProfileIssueResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SpeakerProfileIssue'] = ResolversParentTypes['SpeakerProfileIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StartUploadResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['StartUploadResult'] = ResolversParentTypes['StartUploadResult']> = {
  __resolveType: TypeResolveFn<'NotSignedIn' | 'UploadTarget', ParentType, ContextType>;
};

export type SubmitDraftProposalResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SubmitDraftProposalResult'] = ResolversParentTypes['SubmitDraftProposalResult']> = {
  __resolveType: TypeResolveFn<'CallClosed' | 'CallNotFound' | 'FormatNotOffered' | 'NotSignedIn' | 'NotTheOwner' | 'Proposal' | 'ProposalClosed' | 'ProposalNotFound', ParentType, ContextType>;
};

export type SubmitProposalResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SubmitProposalResult'] = ResolversParentTypes['SubmitProposalResult']> = {
  __resolveType: TypeResolveFn<'CallClosed' | 'CallNotFound' | 'FormatNotOffered' | 'InvalidProposal' | 'NotAMember' | 'NotSignedIn' | 'Proposal' | 'UnknownHandle', ParentType, ContextType>;
};

export type TalkAlreadyOnAgendaResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TalkAlreadyOnAgenda'] = ResolversParentTypes['TalkAlreadyOnAgenda']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TalkFormatResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TalkFormat'] = ResolversParentTypes['TalkFormat']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TalkGivenResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TalkGiven'] = ResolversParentTypes['TalkGiven']> = {
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  meetup?: Resolver<Maybe<ResolversTypes['Meetup']>, ParentType, ContextType>;
  proposalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TalkIssueResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TalkIssue'] = ResolversParentTypes['TalkIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TalkLevelResolvers = { ADVANCED: 'advanced', BEGINNER: 'beginner', INTERMEDIATE: 'intermediate' };

export type TalkNotConfirmedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TalkNotConfirmed'] = ResolversParentTypes['TalkNotConfirmed']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TalkResourceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TalkResource'] = ResolversParentTypes['TalkResource']> = {
  talk?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TalkSlotResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TalkSlot'] = ResolversParentTypes['TalkSlot']> = {
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetup?: Resolver<ResolversTypes['Meetup'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TooManyApiTokensResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TooManyApiTokens'] = ResolversParentTypes['TooManyApiTokens']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TooManyGuestsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TooManyGuests'] = ResolversParentTypes['TooManyGuests']> = {
  allowedGuests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TooManyWebhooksResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TooManyWebhooks'] = ResolversParentTypes['TooManyWebhooks']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UndoCheckInResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UndoCheckInResult'] = ResolversParentTypes['UndoCheckInResult']> = {
  __resolveType: TypeResolveFn<'CheckInClosed' | 'Meetup' | 'MeetupCancelled' | 'MeetupNotFound' | 'MeetupNotPublished' | 'NoRsvp' | 'NotAnOrganiser' | 'NotConfirmed' | 'NotSignedIn', ParentType, ContextType>;
};

export type UnknownHandleResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnknownHandle'] = ResolversParentTypes['UnknownHandle']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unknownHandle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnknownMessageKindResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnknownMessageKind'] = ResolversParentTypes['UnknownMessageKind']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnknownNotificationCommunityResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnknownNotificationCommunity'] = ResolversParentTypes['UnknownNotificationCommunity']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnknownWebhookKindResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnknownWebhookKind'] = ResolversParentTypes['UnknownWebhookKind']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnlinkRecordingResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnlinkRecordingResult'] = ResolversParentTypes['UnlinkRecordingResult']> = {
  __resolveType: TypeResolveFn<'NotASpeaker' | 'NotAnAcceptedTalk' | 'NotSignedIn' | 'Proposal' | 'ProposalNotFound', ParentType, ContextType>;
};

export type UnsubscribeLinkInvalidResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnsubscribeLinkInvalid'] = ResolversParentTypes['UnsubscribeLinkInvalid']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnsubscribeResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UnsubscribeResult'] = ResolversParentTypes['UnsubscribeResult']> = {
  __resolveType: TypeResolveFn<'UnsubscribeLinkInvalid' | 'Unsubscribed', ParentType, ContextType>;
};

export type UnsubscribedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Unsubscribed'] = ResolversParentTypes['Unsubscribed']> = {
  kind?: Resolver<ResolversTypes['MessageKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateProfileResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UpdateProfileResult'] = ResolversParentTypes['UpdateProfileResult']> = {
  __resolveType: TypeResolveFn<'HandleTaken' | 'InvalidProfile' | 'Member' | 'MemberErased' | 'NotSignedIn', ParentType, ContextType>;
};

export type UpdateSpeakerProfileResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UpdateSpeakerProfileResult'] = ResolversParentTypes['UpdateSpeakerProfileResult']> = {
  __resolveType: TypeResolveFn<'InvalidSpeakerProfile' | 'NotSignedIn' | 'SpeakerNotFound' | 'SpeakerProfile', ParentType, ContextType>;
};

export type UploadEmptyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UploadEmpty'] = ResolversParentTypes['UploadEmpty']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UploadHeaderResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UploadHeader'] = ResolversParentTypes['UploadHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UploadKindResolvers = { PHOTO: 'photo', SLIDES: 'slides' };

export type UploadMissingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UploadMissing'] = ResolversParentTypes['UploadMissing']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UploadTargetResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UploadTarget'] = ResolversParentTypes['UploadTarget']> = {
  headers?: Resolver<Array<ResolversTypes['UploadHeader']>, ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UploadTooLargeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UploadTooLarge'] = ResolversParentTypes['UploadTooLarge']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UploadWrongTypeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['UploadWrongType'] = ResolversParentTypes['UploadWrongType']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VenueResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coordinates?: Resolver<Maybe<ResolversTypes['Coordinates']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerRsvpResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ViewerRsvp'] = ResolversParentTypes['ViewerRsvp']> = {
  attendance?: Resolver<Maybe<ResolversTypes['Attendance']>, ParentType, ContextType>;
  checkedIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  guests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RsvpStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WaitlistedPartyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WaitlistedParty'] = ResolversParentTypes['WaitlistedParty']> = {
  guests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  joinedLocalTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookDeliveriesArgs>>;
  disabledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['WebhookDisabledReason']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['WebhookKind']>, ParentType, ContextType>;
  previousSecretValidUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  milliseconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookDeletedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookDeleted'] = ResolversParentTypes['WebhookDeleted']> = {
  webhookId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WebhookKind'], ParentType, ContextType>;
  nextTryAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookDeliveryNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookDeliveryNotFound'] = ResolversParentTypes['WebhookDeliveryNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryStatusResolvers = { DELIVERED: 'delivered', FAILED: 'failed', PENDING: 'pending', SENDING: 'sending' };

export type WebhookDisabledReasonResolvers = { FAILURES: 'failures', ORGANISER: 'organiser' };

export type WebhookKindResolvers = { ATTENDEE_CHECKED_IN: 'attendee.checked-in', MEETUP_CANCELLED: 'meetup.cancelled', MEETUP_PUBLISHED: 'meetup.published', MEETUP_RESCHEDULED: 'meetup.rescheduled', MEETUP_UPDATED: 'meetup.updated', RSVP_CANCELLED: 'rsvp.cancelled', RSVP_CONFIRMED: 'rsvp.confirmed', RSVP_WAITLISTED: 'rsvp.waitlisted', WAITLIST_PROMOTED: 'waitlist.promoted' };

export type WebhookKindDescriptionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookKindDescription'] = ResolversParentTypes['WebhookKindDescription']> = {
  kind?: Resolver<ResolversTypes['WebhookKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookNotFoundResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookNotFound'] = ResolversParentTypes['WebhookNotFound']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookResult'] = ResolversParentTypes['WebhookResult']> = {
  __resolveType: TypeResolveFn<'NotAWebhookOrganiser' | 'NotSignedIn' | 'Webhook' | 'WebhookNotFound', ParentType, ContextType>;
};

export type WebhookStatusResolvers = { ACTIVE: 'active', DISABLED: 'disabled' };

export type WebhookUrlRefusedResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookUrlRefused'] = ResolversParentTypes['WebhookUrlRefused']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookWithSecretResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WebhookWithSecret'] = ResolversParentTypes['WebhookWithSecret']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WithdrawProposalResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WithdrawProposalResult'] = ResolversParentTypes['WithdrawProposalResult']> = {
  __resolveType: TypeResolveFn<'NotASpeaker' | 'NotSignedIn' | 'Proposal' | 'ProposalClosed' | 'ProposalNotFound', ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphqlContext> = {
  AcceptProposalResult?: AcceptProposalResultResolvers<ContextType>;
  AddToCalendarLinks?: AddToCalendarLinksResolvers<ContextType>;
  AgendaChange?: AgendaChangeResolvers<ContextType>;
  AgendaChangeKind?: AgendaChangeKindResolvers;
  AgendaChanges?: AgendaChangesResolvers<ContextType>;
  AgendaClosed?: AgendaClosedResolvers<ContextType>;
  AgendaDraft?: AgendaDraftResolvers<ContextType>;
  AgendaDraftResult?: AgendaDraftResultResolvers<ContextType>;
  AgendaIssue?: AgendaIssueResolvers<ContextType>;
  AgendaSlot?: AgendaSlotResolvers<ContextType>;
  AgendaSlotKind?: AgendaSlotKindResolvers;
  AgendaVersion?: AgendaVersionResolvers<ContextType>;
  AlreadyAMember?: AlreadyAMemberResolvers<ContextType>;
  AlreadyRsvped?: AlreadyRsvpedResolvers<ContextType>;
  AnswerCoSpeakerInvitationResult?: AnswerCoSpeakerInvitationResultResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenNotFound?: ApiTokenNotFoundResolvers<ContextType>;
  ApiTokenRevoked?: ApiTokenRevokedResolvers<ContextType>;
  ApiTokenScope?: ApiTokenScopeResolvers;
  ApiTokenWithSecret?: ApiTokenWithSecretResolvers<ContextType>;
  AppointHostResult?: AppointHostResultResolvers<ContextType>;
  AppointOrganiserResult?: AppointOrganiserResultResolvers<ContextType>;
  AppointReviewerResult?: AppointReviewerResultResolvers<ContextType>;
  ApproveMembershipResult?: ApproveMembershipResultResolvers<ContextType>;
  AttachSlidesResult?: AttachSlidesResultResolvers<ContextType>;
  Attendance?: AttendanceResolvers;
  Attendee?: AttendeeResolvers<ContextType>;
  CalendarFeed?: CalendarFeedResolvers<ContextType>;
  CallClosed?: CallClosedResolvers<ContextType>;
  CallForProposals?: CallForProposalsResolvers<ContextType>;
  CallNotFound?: CallNotFoundResolvers<ContextType>;
  CallNotOpen?: CallNotOpenResolvers<ContextType>;
  CallStatus?: CallStatusResolvers;
  CancelMeetupResult?: CancelMeetupResultResolvers<ContextType>;
  CancelRsvpResult?: CancelRsvpResultResolvers<ContextType>;
  CancelTalkResult?: CancelTalkResultResolvers<ContextType>;
  CannotForkOwnPath?: CannotForkOwnPathResolvers<ContextType>;
  CapacityBelowSeatsTaken?: CapacityBelowSeatsTakenResolvers<ContextType>;
  ChangeMeetupCapacityResult?: ChangeMeetupCapacityResultResolvers<ContextType>;
  ChangeRsvpResult?: ChangeRsvpResultResolvers<ContextType>;
  CheckInAccess?: CheckInAccessResolvers;
  CheckInClosed?: CheckInClosedResolvers<ContextType>;
  CheckInGuestsResult?: CheckInGuestsResultResolvers<ContextType>;
  CheckInResult?: CheckInResultResolvers<ContextType>;
  Checkpoint?: CheckpointResolvers<ContextType>;
  CheckpointChange?: CheckpointChangeResolvers<ContextType>;
  CheckpointChangeKind?: CheckpointChangeKindResolvers;
  CheckpointNotFound?: CheckpointNotFoundResolvers<ContextType>;
  CheckpointProgress?: CheckpointProgressResolvers<ContextType>;
  CheckpointResource?: CheckpointResourceResolvers<ContextType>;
  CheckpointResourceHit?: CheckpointResourceHitResolvers<ContextType>;
  CloseCallResult?: CloseCallResultResolvers<ContextType>;
  CoSpeaker?: CoSpeakerResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityCallsConnection?: CommunityCallsConnectionResolvers<ContextType>;
  CommunityCallsConnectionEdge?: CommunityCallsConnectionEdgeResolvers<ContextType>;
  CommunityDraftMeetupsConnection?: CommunityDraftMeetupsConnectionResolvers<ContextType>;
  CommunityDraftMeetupsConnectionEdge?: CommunityDraftMeetupsConnectionEdgeResolvers<ContextType>;
  CommunityHistoryConnection?: CommunityHistoryConnectionResolvers<ContextType>;
  CommunityHistoryConnectionEdge?: CommunityHistoryConnectionEdgeResolvers<ContextType>;
  CommunityIssue?: CommunityIssueResolvers<ContextType>;
  CommunityMembersConnection?: CommunityMembersConnectionResolvers<ContextType>;
  CommunityMembersConnectionEdge?: CommunityMembersConnectionEdgeResolvers<ContextType>;
  CommunityMembership?: CommunityMembershipResolvers<ContextType>;
  CommunityMessageSetting?: CommunityMessageSettingResolvers<ContextType>;
  CommunityNotFound?: CommunityNotFoundResolvers<ContextType>;
  CommunityPastMeetupsConnection?: CommunityPastMeetupsConnectionResolvers<ContextType>;
  CommunityPastMeetupsConnectionEdge?: CommunityPastMeetupsConnectionEdgeResolvers<ContextType>;
  CommunityRole?: CommunityRoleResolvers;
  CommunityTalksConnection?: CommunityTalksConnectionResolvers<ContextType>;
  CommunityTalksConnectionEdge?: CommunityTalksConnectionEdgeResolvers<ContextType>;
  CommunityUpcomingMeetupsConnection?: CommunityUpcomingMeetupsConnectionResolvers<ContextType>;
  CommunityUpcomingMeetupsConnectionEdge?: CommunityUpcomingMeetupsConnectionEdgeResolvers<ContextType>;
  ConfirmTalkResult?: ConfirmTalkResultResolvers<ContextType>;
  Coordinates?: CoordinatesResolvers<ContextType>;
  CreateApiTokenResult?: CreateApiTokenResultResolvers<ContextType>;
  CreateWebhookResult?: CreateWebhookResultResolvers<ContextType>;
  CriterionScore?: CriterionScoreResolvers<ContextType>;
  DeclineMembershipResult?: DeclineMembershipResultResolvers<ContextType>;
  DeclineTalkResult?: DeclineTalkResultResolvers<ContextType>;
  DeleteWebhookResult?: DeleteWebhookResultResolvers<ContextType>;
  DraftCallResult?: DraftCallResultResolvers<ContextType>;
  DraftPathResult?: DraftPathResultResolvers<ContextType>;
  EditCallResult?: EditCallResultResolvers<ContextType>;
  EditCommunityResult?: EditCommunityResultResolvers<ContextType>;
  EditMeetupResult?: EditMeetupResultResolvers<ContextType>;
  EditPathResult?: EditPathResultResolvers<ContextType>;
  EditProposalResult?: EditProposalResultResolvers<ContextType>;
  EraseMeResult?: EraseMeResultResolvers<ContextType>;
  EraseMeSuccess?: EraseMeSuccessResolvers<ContextType>;
  Error?: ErrorResolvers<ContextType>;
  ForkPathResult?: ForkPathResultResolvers<ContextType>;
  FormatNotOffered?: FormatNotOfferedResolvers<ContextType>;
  FoundCommunityResult?: FoundCommunityResultResolvers<ContextType>;
  GuestsBeyondParty?: GuestsBeyondPartyResolvers<ContextType>;
  HandleTaken?: HandleTakenResolvers<ContextType>;
  InvalidAgendaSlot?: InvalidAgendaSlotResolvers<ContextType>;
  InvalidApiToken?: InvalidApiTokenResolvers<ContextType>;
  InvalidCall?: InvalidCallResolvers<ContextType>;
  InvalidCommunity?: InvalidCommunityResolvers<ContextType>;
  InvalidMeetup?: InvalidMeetupResolvers<ContextType>;
  InvalidPath?: InvalidPathResolvers<ContextType>;
  InvalidProfile?: InvalidProfileResolvers<ContextType>;
  InvalidProgress?: InvalidProgressResolvers<ContextType>;
  InvalidProposal?: InvalidProposalResolvers<ContextType>;
  InvalidRecording?: InvalidRecordingResolvers<ContextType>;
  InvalidSpeakerProfile?: InvalidSpeakerProfileResolvers<ContextType>;
  InvitationAnswered?: InvitationAnsweredResolvers<ContextType>;
  InvitationStatus?: InvitationStatusResolvers;
  JoinCommunityResult?: JoinCommunityResultResolvers<ContextType>;
  JoinMode?: JoinModeResolvers;
  LastOrganiser?: LastOrganiserResolvers<ContextType>;
  LearningFilter?: LearningFilterResolvers;
  LeaveCommunityResult?: LeaveCommunityResultResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  LinkRecordingResult?: LinkRecordingResultResolvers<ContextType>;
  LinkResource?: LinkResourceResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  MeLearningConnection?: MeLearningConnectionResolvers<ContextType>;
  MeLearningConnectionEdge?: MeLearningConnectionEdgeResolvers<ContextType>;
  MeProposalsConnection?: MeProposalsConnectionResolvers<ContextType>;
  MeProposalsConnectionEdge?: MeProposalsConnectionEdgeResolvers<ContextType>;
  MeRsvpsConnection?: MeRsvpsConnectionResolvers<ContextType>;
  MeRsvpsConnectionEdge?: MeRsvpsConnectionEdgeResolvers<ContextType>;
  Meetup?: MeetupResolvers<ContextType>;
  MeetupAttendeesConnection?: MeetupAttendeesConnectionResolvers<ContextType>;
  MeetupAttendeesConnectionEdge?: MeetupAttendeesConnectionEdgeResolvers<ContextType>;
  MeetupCancelled?: MeetupCancelledResolvers<ContextType>;
  MeetupFull?: MeetupFullResolvers<ContextType>;
  MeetupGoing?: MeetupGoingResolvers<ContextType>;
  MeetupHistoryEntry?: MeetupHistoryEntryResolvers<ContextType>;
  MeetupHost?: MeetupHostResolvers<ContextType>;
  MeetupIsPast?: MeetupIsPastResolvers<ContextType>;
  MeetupIssue?: MeetupIssueResolvers<ContextType>;
  MeetupNotFound?: MeetupNotFoundResolvers<ContextType>;
  MeetupNotPublished?: MeetupNotPublishedResolvers<ContextType>;
  MeetupPhase?: MeetupPhaseResolvers;
  MeetupResource?: MeetupResourceResolvers<ContextType>;
  MeetupSnapshot?: MeetupSnapshotResolvers<ContextType>;
  MeetupStatus?: MeetupStatusResolvers;
  MeetupTimelinePoint?: MeetupTimelinePointResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberErased?: MemberErasedResolvers<ContextType>;
  MessageKind?: MessageKindResolvers;
  MessageKindSetting?: MessageKindSettingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MyCommunity?: MyCommunityResolvers<ContextType>;
  MyRsvp?: MyRsvpResolvers<ContextType>;
  NoPendingRequest?: NoPendingRequestResolvers<ContextType>;
  NoRsvp?: NoRsvpResolvers<ContextType>;
  NoSeatsForParty?: NoSeatsForPartyResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NotAMember?: NotAMemberResolvers<ContextType>;
  NotAReviewer?: NotAReviewerResolvers<ContextType>;
  NotASpeaker?: NotASpeakerResolvers<ContextType>;
  NotAWebhookOrganiser?: NotAWebhookOrganiserResolvers<ContextType>;
  NotAnAcceptedTalk?: NotAnAcceptedTalkResolvers<ContextType>;
  NotAnOrganiser?: NotAnOrganiserResolvers<ContextType>;
  NotConfirmed?: NotConfirmedResolvers<ContextType>;
  NotEnoughSeats?: NotEnoughSeatsResolvers<ContextType>;
  NotFollowing?: NotFollowingResolvers<ContextType>;
  NotInvited?: NotInvitedResolvers<ContextType>;
  NotSignedIn?: NotSignedInResolvers<ContextType>;
  NotTheCurator?: NotTheCuratorResolvers<ContextType>;
  NotTheOwner?: NotTheOwnerResolvers<ContextType>;
  NotWaitlisted?: NotWaitlistedResolvers<ContextType>;
  NothingChanged?: NothingChangedResolvers<ContextType>;
  NothingToRelease?: NothingToReleaseResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  NotificationSuppression?: NotificationSuppressionResolvers;
  OpenCallResult?: OpenCallResultResolvers<ContextType>;
  OwnProposal?: OwnProposalResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathArchived?: PathArchivedResolvers<ContextType>;
  PathChangeResult?: PathChangeResultResolvers<ContextType>;
  PathForksConnection?: PathForksConnectionResolvers<ContextType>;
  PathForksConnectionEdge?: PathForksConnectionEdgeResolvers<ContextType>;
  PathIssue?: PathIssueResolvers<ContextType>;
  PathNotFound?: PathNotFoundResolvers<ContextType>;
  PathNotPublished?: PathNotPublishedResolvers<ContextType>;
  PathOrder?: PathOrderResolvers;
  PathOrigin?: PathOriginResolvers<ContextType>;
  PathProgress?: PathProgressResolvers<ContextType>;
  PathRevision?: PathRevisionResolvers<ContextType>;
  PathStatus?: PathStatusResolvers;
  ProfileIssue?: ProfileIssueResolvers<ContextType>;
  ProgressResult?: ProgressResultResolvers<ContextType>;
  ProgressSource?: ProgressSourceResolvers;
  PromoteFromWaitlistResult?: PromoteFromWaitlistResultResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalAccess?: ProposalAccessResolvers;
  ProposalClosed?: ProposalClosedResolvers<ContextType>;
  ProposalHistoryEntry?: ProposalHistoryEntryResolvers<ContextType>;
  ProposalNotAccepted?: ProposalNotAcceptedResolvers<ContextType>;
  ProposalNotConfirmed?: ProposalNotConfirmedResolvers<ContextType>;
  ProposalNotFound?: ProposalNotFoundResolvers<ContextType>;
  ProposalNotSubmitted?: ProposalNotSubmittedResolvers<ContextType>;
  ProposalSnapshot?: ProposalSnapshotResolvers<ContextType>;
  ProposalStatus?: ProposalStatusResolvers;
  PublishCallResult?: PublishCallResultResolvers<ContextType>;
  PublishMeetupResult?: PublishMeetupResultResolvers<ContextType>;
  PublishPathResult?: PublishPathResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueryCommunitiesConnection?: QueryCommunitiesConnectionResolvers<ContextType>;
  QueryCommunitiesConnectionEdge?: QueryCommunitiesConnectionEdgeResolvers<ContextType>;
  QueryPathsConnection?: QueryPathsConnectionResolvers<ContextType>;
  QueryPathsConnectionEdge?: QueryPathsConnectionEdgeResolvers<ContextType>;
  QueryUpcomingMeetupsConnection?: QueryUpcomingMeetupsConnectionResolvers<ContextType>;
  QueryUpcomingMeetupsConnectionEdge?: QueryUpcomingMeetupsConnectionEdgeResolvers<ContextType>;
  Recording?: RecordingResolvers<ContextType>;
  RecordingProvider?: RecordingProviderResolvers;
  RedeliverWebhookResult?: RedeliverWebhookResultResolvers<ContextType>;
  RejectProposalResult?: RejectProposalResultResolvers<ContextType>;
  ReleaseAgendaResult?: ReleaseAgendaResultResolvers<ContextType>;
  RemoveMemberResult?: RemoveMemberResultResolvers<ContextType>;
  RemoveReviewerResult?: RemoveReviewerResultResolvers<ContextType>;
  RemoveRsvpResult?: RemoveRsvpResultResolvers<ContextType>;
  RemoveSlidesResult?: RemoveSlidesResultResolvers<ContextType>;
  RemoveSpeakerPhotoResult?: RemoveSpeakerPhotoResultResolvers<ContextType>;
  RescheduleMeetupResult?: RescheduleMeetupResultResolvers<ContextType>;
  ResetCalendarFeedResult?: ResetCalendarFeedResultResolvers<ContextType>;
  ResourceNotFound?: ResourceNotFoundResolvers<ContextType>;
  ResumeNotificationsResult?: ResumeNotificationsResultResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewBoardConnection?: ReviewBoardConnectionResolvers<ContextType>;
  ReviewBoardConnectionEdge?: ReviewBoardConnectionEdgeResolvers<ContextType>;
  ReviewBoardRow?: ReviewBoardRowResolvers<ContextType>;
  ReviewCriterion?: ReviewCriterionResolvers<ContextType>;
  ReviewProposalResult?: ReviewProposalResultResolvers<ContextType>;
  RevokeApiTokenResult?: RevokeApiTokenResultResolvers<ContextType>;
  RevokeRoleResult?: RevokeRoleResultResolvers<ContextType>;
  RotateWebhookSecretResult?: RotateWebhookSecretResultResolvers<ContextType>;
  RsvpClosed?: RsvpClosedResolvers<ContextType>;
  RsvpNotOpenYet?: RsvpNotOpenYetResolvers<ContextType>;
  RsvpResult?: RsvpResultResolvers<ContextType>;
  RsvpStatus?: RsvpStatusResolvers;
  ScheduleMeetupResult?: ScheduleMeetupResultResolvers<ContextType>;
  ScoreOutOfRange?: ScoreOutOfRangeResolvers<ContextType>;
  ScoresIncomplete?: ScoresIncompleteResolvers<ContextType>;
  SetNotificationPreferenceResult?: SetNotificationPreferenceResultResolvers<ContextType>;
  SetSpeakerPhotoResult?: SetSpeakerPhotoResultResolvers<ContextType>;
  Slides?: SlidesResolvers<ContextType>;
  SlotNotFound?: SlotNotFoundResolvers<ContextType>;
  SlotOutsideMeetup?: SlotOutsideMeetupResolvers<ContextType>;
  SlotOverlaps?: SlotOverlapsResolvers<ContextType>;
  SlugTaken?: SlugTakenResolvers<ContextType>;
  SpeakerNotFound?: SpeakerNotFoundResolvers<ContextType>;
  SpeakerProfile?: SpeakerProfileResolvers<ContextType>;
  SpeakerProfileIssue?: SpeakerProfileIssueResolvers<ContextType>;
  StartUploadResult?: StartUploadResultResolvers<ContextType>;
  SubmitDraftProposalResult?: SubmitDraftProposalResultResolvers<ContextType>;
  SubmitProposalResult?: SubmitProposalResultResolvers<ContextType>;
  TalkAlreadyOnAgenda?: TalkAlreadyOnAgendaResolvers<ContextType>;
  TalkFormat?: TalkFormatResolvers<ContextType>;
  TalkGiven?: TalkGivenResolvers<ContextType>;
  TalkIssue?: TalkIssueResolvers<ContextType>;
  TalkLevel?: TalkLevelResolvers;
  TalkNotConfirmed?: TalkNotConfirmedResolvers<ContextType>;
  TalkResource?: TalkResourceResolvers<ContextType>;
  TalkSlot?: TalkSlotResolvers<ContextType>;
  TooManyApiTokens?: TooManyApiTokensResolvers<ContextType>;
  TooManyGuests?: TooManyGuestsResolvers<ContextType>;
  TooManyWebhooks?: TooManyWebhooksResolvers<ContextType>;
  UndoCheckInResult?: UndoCheckInResultResolvers<ContextType>;
  UnknownHandle?: UnknownHandleResolvers<ContextType>;
  UnknownMessageKind?: UnknownMessageKindResolvers<ContextType>;
  UnknownNotificationCommunity?: UnknownNotificationCommunityResolvers<ContextType>;
  UnknownWebhookKind?: UnknownWebhookKindResolvers<ContextType>;
  UnlinkRecordingResult?: UnlinkRecordingResultResolvers<ContextType>;
  UnsubscribeLinkInvalid?: UnsubscribeLinkInvalidResolvers<ContextType>;
  UnsubscribeResult?: UnsubscribeResultResolvers<ContextType>;
  Unsubscribed?: UnsubscribedResolvers<ContextType>;
  UpdateProfileResult?: UpdateProfileResultResolvers<ContextType>;
  UpdateSpeakerProfileResult?: UpdateSpeakerProfileResultResolvers<ContextType>;
  UploadEmpty?: UploadEmptyResolvers<ContextType>;
  UploadHeader?: UploadHeaderResolvers<ContextType>;
  UploadKind?: UploadKindResolvers;
  UploadMissing?: UploadMissingResolvers<ContextType>;
  UploadTarget?: UploadTargetResolvers<ContextType>;
  UploadTooLarge?: UploadTooLargeResolvers<ContextType>;
  UploadWrongType?: UploadWrongTypeResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  ViewerRsvp?: ViewerRsvpResolvers<ContextType>;
  WaitlistedParty?: WaitlistedPartyResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDeleted?: WebhookDeletedResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryNotFound?: WebhookDeliveryNotFoundResolvers<ContextType>;
  WebhookDeliveryStatus?: WebhookDeliveryStatusResolvers;
  WebhookDisabledReason?: WebhookDisabledReasonResolvers;
  WebhookKind?: WebhookKindResolvers;
  WebhookKindDescription?: WebhookKindDescriptionResolvers<ContextType>;
  WebhookNotFound?: WebhookNotFoundResolvers<ContextType>;
  WebhookResult?: WebhookResultResolvers<ContextType>;
  WebhookStatus?: WebhookStatusResolvers;
  WebhookUrlRefused?: WebhookUrlRefusedResolvers<ContextType>;
  WebhookWithSecret?: WebhookWithSecretResolvers<ContextType>;
  WithdrawProposalResult?: WithdrawProposalResultResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphqlContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
