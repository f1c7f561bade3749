/**
 * What paths need of the talk context: whether a talk is confirmed (only confirmed talks are public, so
 * only they are checkpoints), and a community's confirmed talks to pick from in the editor.
 * `talkModule(...)` provides it.
 */
export interface PathTalks {
  confirmedTalk(proposalId: string): Promise<{ proposalId: string; communityId: string } | undefined>;
  /** Newest first. */
  talksOf(
    communityId: string,
    page?: { limit?: number },
  ): Promise<{ edges: readonly { node: { id: string; title: string } }[] }>;
}
