import type { Decider } from "../decider/decider";
import { CallNotFound, CallNotOpen, InvalidCall, type TalkIssue } from "./errors";
import {
  CallClosed as CallClosedEvent,
  type CallDetails,
  CallDetailsChanged,
  CallDrafted,
  type CallEvent,
  CallOpened,
  CallPublished,
  ReviewerAppointed,
  ReviewerRemoved,
} from "./events";

/** A call for proposals: what its decisions need, and what proposals are checked against. */
export interface Call {
  status: "none" | "draft" | "published";
  communityId: string;
  details: CallDetails;
  /** Members the organisers appointed; organisers review without appointment. */
  reviewerIds: readonly string[];
}

type OnCall<Command> = Command & { callId: string };

export type CallCommand = OnCall<
  | { type: "DraftCall"; communityId: string; details: CallDetails }
  /** Only the details given change. */
  | { type: "EditCall"; changes: Partial<CallDetails> }
  | { type: "PublishCall" }
  /** The window starts at the command's time. */
  | { type: "OpenCallNow" }
  /** The window ends at the command's time. */
  | { type: "CloseCallNow" }
  | { type: "AppointReviewer"; memberId: string }
  | { type: "RemoveReviewer"; memberId: string }
>;

export const noCall: Call = {
  status: "none",
  communityId: "",
  details: {
    title: "",
    description: "",
    opensAt: "1970-01-01T00:00:00.000Z",
    closesAt: "1970-01-01T00:00:00.000Z",
    formats: [],
    criteria: [],
    anonymised: false,
    meetupId: null,
  },
  reviewerIds: [],
};

const time = (instant: string) => Date.parse(instant);

/** Whether the call takes proposals at `at`: published, and opened but not closed. */
export function isAccepting(call: Pick<Call, "status" | "details">, at: string): boolean {
  return (
    call.status === "published" &&
    time(call.details.opensAt) <= time(at) &&
    time(at) < time(call.details.closesAt)
  );
}

const duplicates = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

/** The rules that tie a call's parts together, checked whenever one of them changes. */
export function callIssues(details: CallDetails): TalkIssue[] {
  const issues: TalkIssue[] = [];
  if (time(details.closesAt) <= time(details.opensAt))
    issues.push({ path: ["closesAt"], message: "must be after the opening" });
  if (details.formats.length === 0) issues.push({ path: ["formats"], message: "offer at least one format" });
  if (duplicates(details.formats.map((format) => format.id)).length > 0)
    issues.push({ path: ["formats"], message: "each format needs an id of its own" });
  if (details.criteria.length === 0)
    issues.push({ path: ["criteria"], message: "review by at least one criterion" });
  if (duplicates(details.criteria.map((criterion) => criterion.id)).length > 0)
    issues.push({ path: ["criteria"], message: "each criterion needs an id of its own" });
  details.criteria.forEach((criterion, index) => {
    const { minimum, maximum } = criterion.scale;
    if (minimum !== 1 || maximum < 2 || maximum > 5)
      issues.push({ path: ["criteria", index, "scale"], message: "a scale runs from 1 up to 2 to 5" });
  });
  return issues;
}

function assertCoherent(details: CallDetails): void {
  const issues = callIssues(details);
  if (issues.length > 0) throw new InvalidCall(issues);
}

function assertExists(callId: string, call: Call): void {
  if (call.status === "none") throw new CallNotFound(callId);
}

export const callDecider: Decider<Call, CallCommand, CallEvent> = {
  initialState: noCall,

  decide(command, call) {
    const { at } = command.metadata;
    if (command.type === "DraftCall") {
      // A retried draft finds its call: nothing more to do.
      if (call.status !== "none") return [];
      assertCoherent(command.details);
      return [CallDrafted({ communityId: command.communityId, ...command.details })];
    }
    assertExists(command.callId, call);
    switch (command.type) {
      case "EditCall": {
        const details = { ...call.details, ...command.changes };
        if (JSON.stringify(details) === JSON.stringify(call.details)) return [];
        assertCoherent(details);
        return [CallDetailsChanged(details)];
      }
      case "PublishCall":
        return call.status === "published" ? [] : [CallPublished({})];
      case "OpenCallNow": {
        if (time(call.details.opensAt) <= time(at) && time(at) < time(call.details.closesAt)) return [];
        if (time(call.details.closesAt) <= time(at))
          throw new InvalidCall([
            { path: ["closesAt"], message: "the call closed already: move its closing first" },
          ]);
        return [CallOpened({ opensAt: at })];
      }
      case "CloseCallNow":
        if (time(call.details.closesAt) <= time(at)) return [];
        if (time(at) < time(call.details.opensAt)) throw new CallNotOpen(command.callId);
        return [CallClosedEvent({ closesAt: at })];
      case "AppointReviewer":
        return call.reviewerIds.includes(command.memberId)
          ? []
          : [ReviewerAppointed({ memberId: command.memberId })];
      case "RemoveReviewer":
        return call.reviewerIds.includes(command.memberId)
          ? [ReviewerRemoved({ memberId: command.memberId })]
          : [];
    }
  },

  evolve(call, event) {
    switch (event.type) {
      case "CallDrafted": {
        const { communityId, ...details } = event.data;
        return { ...call, status: "draft", communityId, details };
      }
      case "CallDetailsChanged":
        return { ...call, details: event.data };
      case "CallPublished":
        return { ...call, status: "published" };
      case "CallOpened":
        return { ...call, details: { ...call.details, opensAt: event.data.opensAt } };
      case "CallClosed":
        return { ...call, details: { ...call.details, closesAt: event.data.closesAt } };
      case "ReviewerAppointed":
        return { ...call, reviewerIds: [...call.reviewerIds, event.data.memberId] };
      case "ReviewerRemoved":
        return {
          ...call,
          reviewerIds: call.reviewerIds.filter((memberId) => memberId !== event.data.memberId),
        };
    }
  },
};
