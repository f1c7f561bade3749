import type { MeetupMessageKind, MeetupMessagePayload, MessageLinks } from "@meetstream/core/notification";
import { Button } from "@react-email/button";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { meetupWhen, meetupWhere } from "./meetup-times";
import { button, MessageLayout, paragraph } from "./message-layout";

type MessagePayload = MeetupMessagePayload;

interface KindWords {
  subject(payload: MessagePayload): string;
  heading(payload: MessagePayload): string;
  /** What happened, in a sentence or two. */
  lead(payload: MessagePayload): string;
  /** Why the member gets it, in the footer. */
  reason: string;
}

const title = (payload: MessagePayload) => payload.meetup.title;
const community = (payload: MessagePayload) => payload.meetup.communityName;

const words: Record<MeetupMessageKind, KindWords> = {
  "rsvp-confirmed": {
    subject: (payload) => `You're going: ${title(payload)}`,
    heading: () => "You're going",
    lead: (payload) => `Your seat at ${title(payload)} is confirmed. The calendar entry is attached.`,
    reason: "You get this because you RSVPed.",
  },
  "rsvp-waitlisted": {
    subject: (payload) => `You're on the waitlist for ${title(payload)}`,
    heading: () => "You're on the waitlist",
    lead: (payload) =>
      payload.waitlistPosition
        ? `${title(payload)} is full. You are number ${payload.waitlistPosition} in line; we write to you as soon as a seat is yours.`
        : `${title(payload)} is full. We write to you as soon as a seat is yours.`,
    reason: "You get this because you RSVPed.",
  },
  "waitlist-promoted": {
    subject: (payload) => `A seat opened up: you're going to ${title(payload)}`,
    heading: () => "A seat is yours",
    lead: (payload) =>
      `Someone made room: you moved up from the waitlist and you're going to ${title(payload)}.`,
    reason: "You get this because you were on the waitlist.",
  },
  "rsvp-removed": {
    subject: (payload) => `Your RSVP to ${title(payload)} was removed`,
    heading: () => "Your RSVP was removed",
    lead: (payload) =>
      `An organiser of ${community(payload)} removed your RSVP to ${title(payload)}. If you think this is a mistake, reply to the organisers through the community's page.`,
    reason: "You get this because you had RSVPed.",
  },
  "meetup-rescheduled": {
    subject: (payload) => `New time: ${title(payload)}`,
    heading: () => "The meetup moved",
    lead: (payload) =>
      `${title(payload)} has a new time. The attached calendar entry updates the one you have.`,
    reason: "You get this because you RSVPed.",
  },
  "meetup-cancelled": {
    subject: (payload) => `Cancelled: ${title(payload)}`,
    heading: () => "The meetup is cancelled",
    lead: (payload) =>
      payload.meetup.cancellationMessage
        ? `${title(payload)} will not take place. The organisers say: “${payload.meetup.cancellationMessage}”`
        : `${title(payload)} will not take place.`,
    reason: "You get this because you RSVPed.",
  },
  "meetup-reminder": {
    subject: (payload) =>
      payload.reminder === "2h" ? `Starting soon: ${title(payload)}` : `Tomorrow: ${title(payload)}`,
    heading: (payload) => (payload.reminder === "2h" ? "Starting in two hours" : "See you tomorrow"),
    lead: (payload) => `A reminder: you're going to ${title(payload)}.`,
    reason: "You get this because you're going.",
  },
  "meetup-announced": {
    subject: (payload) => `New meetup from ${community(payload)}: ${title(payload)}`,
    heading: (payload) => title(payload),
    lead: (payload) => `${community(payload)} just published a meetup.`,
    reason: "You get this because you asked for new meetups of this community.",
  },
};

/** A message about a meetup: what happened, when and where, the join link for a seat, and the meetup's page. */
export function meetupMessage(payload: MeetupMessagePayload, links: MessageLinks) {
  const kind = words[payload.kind];
  const where = meetupWhere(payload.meetup);
  const cancelled = payload.kind === "meetup-cancelled";
  const element = (
    <MessageLayout
      preview={kind.lead(payload)}
      from={payload.meetup.communityName}
      heading={kind.heading(payload)}
      reason={kind.reason}
      unsubscribeUrl={links.unsubscribeUrl}
      settingsUrl={links.settingsUrl}
    >
      <Text style={paragraph}>{kind.lead(payload)}</Text>
      <Section style={{ borderLeft: "3px solid #1d4ed8", margin: "16px 0", paddingLeft: "12px" }}>
        <Text style={{ ...paragraph, fontWeight: 600 }}>{payload.meetup.title}</Text>
        <Text style={paragraph}>{meetupWhen(payload.meetup)}</Text>
        {where ? <Text style={paragraph}>{where}</Text> : null}
        {payload.joinUrl ? (
          <Text style={paragraph}>
            Join online: <Link href={payload.joinUrl}>{payload.joinUrl}</Link>
          </Text>
        ) : null}
      </Section>
      {cancelled ? null : (
        <Button href={links.pageUrl} style={button}>
          See the meetup
        </Button>
      )}
    </MessageLayout>
  );
  return { subject: kind.subject(payload), element };
}
