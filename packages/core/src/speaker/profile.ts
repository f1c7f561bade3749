export interface SpeakerLink {
  label: string;
  url: string;
}

/** The fields of a speaker profile a member changes; those left out keep their value. */
export interface SpeakerProfileInput {
  headline?: string;
  bio?: string;
  links?: SpeakerLink[];
}

/** A speaker profile as people see it. */
export interface SpeakerProfile {
  memberId: string;
  headline: string;
  /** Markdown, as the member wrote it. */
  bio: string;
  /** The bio rendered by text/markdown.ts: safe to put in a page as it is. */
  bioHtml: string;
  links: SpeakerLink[];
  /** A blob key; null until a photo is attached. */
  photoKey: string | null;
}

/** A profile is public once it says who the speaker is: until then only its owner sees it. */
export const isPublic = (profile: Pick<SpeakerProfile, "headline">): boolean => profile.headline.length > 0;
