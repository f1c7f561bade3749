import { phaseOf } from "./call-window";
import type { SpeakerProposal } from "./proposal-documents";

/**
 * Whether the member may edit the proposal now, as the API decides it: only its owner; a draft until its
 * call closes, a submitted proposal while its call takes proposals, and nothing once decided.
 */
export function mayEdit(proposal: SpeakerProposal, memberId: string | undefined): boolean {
  const call = proposal.call;
  if (!call || proposal.owner?.id !== memberId) return false;
  if (proposal.status === "DRAFT") return phaseOf(call) !== "closed";
  return proposal.status === "SUBMITTED" && call.accepting;
}
