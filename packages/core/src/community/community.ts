/** What a member is in a community: organisers run it, hosts check people in at its meetups. */
export type CommunityRole = "organiser" | "host" | "member";

/** A role, or a request to join that waits for an organiser. */
export type CommunityStanding = CommunityRole | "pending";

export type JoinMode = "open" | "approval";

/** What anyone may see of a community. */
export interface CommunitySummary {
  id: string;
  slug: string;
  name: string;
  /** Markdown source. */
  description: string;
  /** The description as safe HTML (`renderMarkdown`), rendered once, when the community is projected. */
  descriptionHtml: string;
  tags: string[];
  joinMode: JoinMode;
  /** Members of every role; pending requests do not count. */
  memberCount: number;
  organiserIds: string[];
  hostIds: string[];
  foundedAt: string;
}

/** One member's place in one community. */
export interface CommunityMembership {
  communityId: string;
  memberId: string;
  role: CommunityStanding;
  /** When they joined, were approved or asked to join (pending). */
  since: string;
}

export interface CommunityDetails {
  name: string;
  slug: string;
  description: string;
  tags: string[];
  joinMode: JoinMode;
}

/** Founding: name and slug are required; no description, no tags and an open community by default. */
export interface FoundCommunityInput {
  name: string;
  slug: string;
  description?: string;
  tags?: string[];
  joinMode?: JoinMode;
}

/** The details to change; those left out keep their value. */
export type EditCommunityInput = Partial<CommunityDetails>;
