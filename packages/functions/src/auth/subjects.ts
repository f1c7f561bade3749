import * as z from "@meetstream/core/validation/zod";
import { createSubjects } from "@openauthjs/openauth/subject";

/** What an access token says about who holds it: a member, by id. Nothing personal goes into a token. */
export const subjects = createSubjects({
  member: z.object({ memberId: z.string().check(z.minLength(1)) }),
});

/** The web app, the one OpenAuth client: it signs in with PKCE and returns to `/signin/callback`, a page of the web app outside the issuer's `/auth`. */
export const webClientId = "meetstream-web";

export const callbackPath = "/signin/callback";

/** The web app's page that starts a sign-in (PKCE needs the web app to start it): where a refusal links to. */
export const signInPagePath = "/signin";

/** OpenAuth keys a member's refresh tokens by subject, so naming the subject after the member lets us revoke them. */
export const subjectOf = (memberId: string): string => `member:${memberId}`;
