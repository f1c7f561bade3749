/**
 * What the domain stores for each value of the API's enums. graphql-js turns one into the other both ways
 * (arguments arrive as the domain's values, results leave as the API's), and the generated resolver types
 * (resolver-types.ts) are written from this same table, so the two never disagree.
 */
export const internalEnumValues = {
  Attendance: { CHECKED_IN: "checked in", EXPECTED: "expected", NO_SHOW: "no-show" },
  CheckInAccess: { OPEN: "open", CORRECTIONS: "corrections", NOT_YET: "not yet", CLOSED: "closed" },
  CommunityRole: { ORGANISER: "organiser", HOST: "host", MEMBER: "member", PENDING: "pending" },
  JoinMode: { OPEN: "open", APPROVAL: "approval" },
  MeetupPhase: { UPCOMING: "upcoming", RUNNING: "running", PAST: "past" },
  MeetupStatus: { DRAFT: "draft", PUBLISHED: "published", CANCELLED: "cancelled" },
  RsvpStatus: {
    CONFIRMED: "confirmed",
    WAITLISTED: "waitlisted",
    CANCELLED: "cancelled",
    REMOVED: "removed",
  },
  UploadKind: { PHOTO: "photo", SLIDES: "slides" },
  RecordingProvider: { OTHER: "other", PEERTUBE: "peertube", VIMEO: "vimeo", YOUTUBE: "youtube" },
  CallStatus: { DRAFT: "draft", PUBLISHED: "published" },
  InvitationStatus: { INVITED: "invited", ACCEPTED: "accepted", DECLINED: "declined" },
  ProposalAccess: { ORGANISER: "organiser", SPEAKER: "speaker", REVIEWER: "reviewer", PUBLIC: "public" },
  ProposalStatus: {
    DRAFT: "draft",
    SUBMITTED: "submitted",
    ACCEPTED: "accepted",
    REJECTED: "rejected",
    CONFIRMED: "confirmed",
    DECLINED: "declined",
    WITHDRAWN: "withdrawn",
    CANCELLED: "cancelled",
  },
  TalkLevel: { BEGINNER: "beginner", INTERMEDIATE: "intermediate", ADVANCED: "advanced" },
  AgendaChangeKind: {
    ADDED: "added",
    REMOVED: "removed",
    MOVED: "moved",
    RETIMED: "retimed",
    RENAMED: "renamed",
  },
  AgendaSlotKind: { TALK: "talk", ITEM: "item" },
  PathStatus: { DRAFT: "draft", PUBLISHED: "published", UNPUBLISHED: "unpublished", ARCHIVED: "archived" },
  CheckpointChangeKind: { ADDED: "added", REMOVED: "removed", MOVED: "moved", EDITED: "edited" },
  PathOrder: { NEWEST: "newest", MOST_FOLLOWED: "most-followed" },
  ProgressSource: { MARKED: "marked", CHECKED_IN: "checked-in" },
  LearningFilter: { IN_PROGRESS: "in-progress", COMPLETED: "completed", ALL: "all" },
  // Core's kinds (notification/kinds.ts), each once: notification.test.ts checks none is missing.
  MessageKind: {
    AGENDA_RELEASED: "agenda-released",
    MEETUP_ANNOUNCED: "meetup-announced",
    MEETUP_CANCELLED: "meetup-cancelled",
    MEETUP_REMINDER: "meetup-reminder",
    MEETUP_RESCHEDULED: "meetup-rescheduled",
    PATH_COMPLETED: "path-completed",
    PROPOSAL_DECIDED: "proposal-decided",
    RSVP_CONFIRMED: "rsvp-confirmed",
    RSVP_REMOVED: "rsvp-removed",
    RSVP_WAITLISTED: "rsvp-waitlisted",
    WAITLIST_PROMOTED: "waitlist-promoted",
  },
  NotificationSuppression: { BOUNCE: "bounce", COMPLAINT: "complaint" },
} as const;
