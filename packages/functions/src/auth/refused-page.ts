import { html } from "hono/html";
import type { Refusal } from "./sign-in-limits";
import { signInPage } from "./sign-in-page";
import { signInPagePath } from "./subjects";

const minutesOf = (seconds: number) => {
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
};

const messageOf = (refusal: Refusal): string =>
  refusal.reason === "too-many-codes"
    ? "Too many sign-in codes were asked for. No code was sent this time."
    : "Too many wrong codes were tried for this address, so signing in with it is paused. No code works until then.";

/**
 * What a refused sign-in step answers: 429 with `Retry-After`, and a page that says what happened and
 * when to try again, with the way back to sign-in (where another address works at once). It names neither
 * the address nor whether it belongs to a member: a member and a stranger get the same page.
 * `appOrigin` is the web app's: its sign-in page starts a new sign-in.
 */
export function refusedPage(refusal: Refusal, appOrigin: string): Promise<Response> {
  return signInPage({
    title: "Please wait a while",
    appOrigin,
    status: 429,
    headers: { "retry-after": String(refusal.retryAfterSeconds) },
    content: html`<h1>Please wait a while</h1>
<div class="notice notice--warning" role="alert"><p>${messageOf(refusal)}</p></div>
<p>Try again in ${minutesOf(refusal.retryAfterSeconds)}, or sign in with another email address now.</p>
<p><a href="${appOrigin}${signInPagePath}">Sign in again</a> · <a href="${appOrigin}/">Back to Meetstream</a></p>`,
  });
}
