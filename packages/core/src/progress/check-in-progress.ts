import type { Reactor } from "../reactor/reactor";
import type { ProgressModule } from "./commands";

/**
 * A check-in at a meetup completes that meetup's checkpoint on every path the member follows. The meetup
 * comes from the event's stream (`meetup-<id>`), the member from its data. Exactly once, whatever the bus
 * does: each progress stream records the check-ins it applied, so a duplicate or a redelivery after a
 * lost one finds its cause and records nothing, and check-ins of different meetups commute. A member who
 * follows the path only later gets the checkpoint done by the follow (it asks the meetup).
 */
export function checkInProgressReactor({
  progress,
}: {
  progress: Pick<ProgressModule, "recordCheckIn">;
}): Reactor {
  return {
    name: "check-in-progress",
    eventTypes: ["AttendeeCheckedIn"],
    react: (event) =>
      progress.recordCheckIn({
        memberId: (event.data as { memberId: string }).memberId,
        meetupId: event.streamId.slice("meetup-".length),
        cause: event.id,
      }),
  };
}

/**
 * When a member is erased, so is their progress on every path: each stream records `ProgressErased`,
 * which removes its documents (and its counts), in a rebuild too. Erasing erased progress records nothing.
 */
export function progressErasureReactor({
  progress,
}: {
  progress: Pick<ProgressModule, "eraseProgressOf">;
}): Reactor {
  return {
    name: "progress-erasure",
    eventTypes: ["MemberErased"],
    react: (event) =>
      progress.eraseProgressOf({ memberId: event.streamId.slice("member-".length), cause: event.id }),
  };
}
