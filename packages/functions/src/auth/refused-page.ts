import type { Refusal } from "./sign-in-limits";
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
export function refusedPage(refusal: Refusal, appOrigin: string): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in to Meetstream</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; color: #111827 }
  a { color: #4338ca }
  @media (prefers-color-scheme: dark) { body { background: #111827; color: #f9fafb } a { color: #a5b4fc } }
</style></head>
<body>
<h1>Please wait a while</h1>
<p role="alert">${messageOf(refusal)}</p>
<p>Try again in ${minutesOf(refusal.retryAfterSeconds)}, or sign in with another email address now.</p>
<p><a href="${appOrigin}${signInPagePath}">Sign in again</a> · <a href="${appOrigin}/">Back to Meetstream</a></p>
</body></html>`;
  return new Response(html, {
    status: 429,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(refusal.retryAfterSeconds),
      "cache-control": "no-store",
    },
  });
}
