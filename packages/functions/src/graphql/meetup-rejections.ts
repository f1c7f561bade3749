import {
  AlreadyRsvped,
  CheckInClosed,
  InvalidMeetup,
  MeetupCancelled,
  MeetupFull,
  type MeetupIssue,
  MeetupNotFound,
  MeetupNotPublished,
  NoRsvp,
  NotConfirmed,
  RsvpClosed,
  RsvpNotOpenYet,
  TooManyGuests,
} from "@meetstream/core/meetup/index";
import { builder } from "./builder";
import { ErrorInterface } from "./rejections";

// NotAnOrganiser and NotAMember are the community's (one class per code): see community-rejections.ts.

builder.objectType(MeetupNotFound, {
  name: "MeetupNotFound",
  description: "There is no such meetup.",
  interfaces: [ErrorInterface],
});

builder.objectType(MeetupNotPublished, {
  name: "MeetupNotPublished",
  description: "The meetup is a draft: it takes no RSVPs and no check-ins yet.",
  interfaces: [ErrorInterface],
});

builder.objectType(MeetupCancelled, {
  name: "MeetupCancelled",
  description: "The meetup is cancelled: it changes no more and takes no RSVPs.",
  interfaces: [ErrorInterface],
});

builder.objectType(RsvpClosed, {
  name: "RsvpClosed",
  description: "RSVPs have closed (or the meetup has started).",
  interfaces: [ErrorInterface],
});

builder.objectType(RsvpNotOpenYet, {
  name: "RsvpNotOpenYet",
  description: "RSVPs open later.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ opensAt: t.exposeString("opensAt") }),
});

builder.objectType(MeetupFull, {
  name: "MeetupFull",
  description: "No seats for the party, and the meetup keeps no waitlist.",
  interfaces: [ErrorInterface],
});

builder.objectType(TooManyGuests, {
  name: "TooManyGuests",
  description: "The RSVP brings more guests than the meetup allows.",
  interfaces: [ErrorInterface],
  // Not `guestLimit`: Meetup.guestLimit shares a result union with it.
  fields: (t) => ({ allowedGuests: t.exposeInt("guestLimit") }),
});

builder.objectType(AlreadyRsvped, {
  name: "AlreadyRsvped",
  description: "The member already holds a confirmed or waitlisted RSVP: cancel it first to change it.",
  interfaces: [ErrorInterface],
});

builder.objectType(NoRsvp, {
  name: "NoRsvp",
  description: "The member holds no confirmed or waitlisted RSVP to act on.",
  interfaces: [ErrorInterface],
});

builder.objectType(NotConfirmed, {
  name: "NotConfirmed",
  description: "Only confirmed attendees are checked in.",
  interfaces: [ErrorInterface],
});

builder.objectType(CheckInClosed, {
  name: "CheckInClosed",
  description: "Check-in runs from two hours before the start until twelve hours after the end.",
  interfaces: [ErrorInterface],
});

const MeetupIssueRef = builder.objectRef<MeetupIssue>("MeetupIssue").implement({
  description: "One rule a meetup's input breaks.",
  fields: (t) => ({
    path: t.stringList({
      description: 'Where in the input, e.g. ["endsAt"]; empty for the input as a whole.',
      resolve: (issue) => issue.path.map(String),
    }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(InvalidMeetup, {
  name: "InvalidMeetup",
  description: "The input breaks meetup rules; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [MeetupIssueRef], resolve: (error) => [...error.issues] }) }),
});
