/** A member's speaker profile: one stream per member, its subject the member (see keys/personal-data-store.ts). */
export const speakerStream = (memberId: string) => `speaker-${memberId}`;

export const memberIdOfSpeakerStream = (streamId: string) => streamId.slice("speaker-".length);
