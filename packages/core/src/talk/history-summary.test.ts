import { expect, test } from "vitest";
import type { EnvelopeOf } from "../projection/projection";
import {
  CoSpeakerAccepted,
  CoSpeakerDeclined,
  CoSpeakerInvited,
  CoSpeakerRemoved,
  ProposalAccepted,
  ProposalCancelled,
  ProposalConfirmed,
  ProposalDeclined,
  ProposalDrafted,
  ProposalEdited,
  type ProposalEvent,
  ProposalRejected,
  ProposalReviewed,
  ProposalSubmitted,
  ProposalWithdrawn,
} from "./events";
import { proposalHistoryOf } from "./history-summary";

const details = {
  title: "Events",
  abstract: "",
  formatId: "talk",
  level: "beginner" as const,
  tags: [],
  note: "June",
};
const names: Record<string, string> = { ann: "Ann", bob: "Bob", olga: "Olga", rita: "Rita" };
const by = (actor: string, event: { type: string; data: unknown }, version: number) =>
  ({
    ...event,
    id: `event-${version}`,
    streamId: "proposal-p1",
    version,
    schemaVersion: 1,
    meta: {
      actor,
      occurredAt: `2026-05-0${Math.min(version, 9)}T10:00:00.000Z`,
      correlationId: "c",
      causationId: null,
    },
  }) as EnvelopeOf<ProposalEvent>;

const events = [
  by("ann", ProposalDrafted({ callId: "call", communityId: "c", ownerId: "ann", ...details }), 1),
  by("ann", CoSpeakerInvited({ memberId: "bob" }), 2),
  by("ann", ProposalEdited({ ...details, title: "Events, again" }), 3),
  by("ann", ProposalSubmitted({}), 4),
  by("bob", CoSpeakerDeclined({ memberId: "bob" }), 5),
  by("ann", CoSpeakerInvited({ memberId: "bob" }), 6),
  by("bob", CoSpeakerAccepted({ memberId: "bob" }), 7),
  by("rita", ProposalReviewed({ reviewerId: "rita", scores: [], comment: "" }), 8),
  by("olga", ProposalAccepted({ message: "Welcome" }), 9),
  by("ann", ProposalConfirmed({}), 10),
  by("olga", ProposalCancelled({ message: "The meetup moved" }), 11),
];

test("each change reads in plain words, members by name; the note never", () =>
  expect(
    proposalHistoryOf(events, (memberId) => names[memberId], { withReviews: true }).map(
      (entry) => entry.summary,
    ),
  ).toEqual([
    'Ann drafted "Events"',
    "Ann invited Bob to speak",
    'Ann edited the proposal: "Events, again"',
    "Ann submitted the proposal",
    "Bob declined to speak",
    "Ann invited Bob to speak",
    "Bob accepted to speak",
    "Rita reviewed the proposal",
    "Olga accepted the proposal: Welcome",
    "Ann confirmed the talk",
    "Olga cancelled the talk: The meetup moved",
  ]));

test("speakers read the history without the reviews", () =>
  expect(
    proposalHistoryOf(events, (memberId) => names[memberId], { withReviews: false }).map(
      (entry) => entry.type,
    ),
  ).not.toContain("ProposalReviewed"));

test("the other ends read as plainly; someone unknown is a member", () =>
  expect(
    proposalHistoryOf(
      [
        by("olga", ProposalRejected({ message: "" }), 1),
        by("ann", ProposalDeclined({}), 2),
        by("ann", ProposalWithdrawn({}), 3),
        by("ann", CoSpeakerRemoved({ memberId: "zed" }), 4),
      ],
      (memberId) => names[memberId],
      { withReviews: false },
    ).map((entry) => entry.summary),
  ).toEqual([
    "Olga rejected the proposal",
    "Ann declined the talk",
    "Ann withdrew the proposal",
    "Ann took a member off the speakers",
  ]));
