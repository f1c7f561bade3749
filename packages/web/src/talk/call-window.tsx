import { formatInZone, viewerTimeZone } from "../meetup/time-zones";
import type { CallSummary } from "./call-documents";

export type CallPhase = "not-open-yet" | "open" | "closed";

/**
 * Where a call stands: the API says whether it takes proposals now; a call that does not is either still
 * to open or over, which its opening instant tells apart.
 */
export function phaseOf(call: Pick<CallSummary, "accepting" | "opensAt">, now = Date.now()): CallPhase {
  if (call.accepting) return "open";
  return Date.parse(call.opensAt) > now ? "not-open-yet" : "closed";
}

/** A call's phase and window in the viewer's own zone: "Open for proposals until Fri 5 Dec 2026, 18:00 CET". */
export function CallWindow({ call }: { call: Pick<CallSummary, "accepting" | "opensAt" | "closesAt"> }) {
  const zone = viewerTimeZone();
  const phase = phaseOf(call);
  const at = (instant: string) => <time dateTime={instant}>{formatInZone(instant, zone)}</time>;
  if (phase === "open") return <>Open for proposals until {at(call.closesAt)}</>;
  if (phase === "not-open-yet")
    return (
      <>
        Not open yet: opens {at(call.opensAt)}, closes {at(call.closesAt)}
      </>
    );
  return <>Closed on {at(call.closesAt)}</>;
}
