import type { CodeProviderError, CodeProviderState } from "@openauthjs/openauth/provider/code";
import { html } from "hono/html";
import { signInLimits } from "./sign-in-limits";
import { signInIcon, signInPage } from "./sign-in-page";

export interface CodePagesCopy {
  /** Shown on the code page when the code entered is not the one sent. */
  wrongCode: string;
}

/** The code's length: OpenAuth's code provider sends six digits unless told otherwise. */
const codeLength = 6;

/** The address is checked where it is used (`sendCode`), so the form leaves it to that: one message, in the page. */
const emailPage = (appOrigin: string, typed: string | undefined, refused: boolean) =>
  signInPage({
    title: "Sign in",
    appOrigin,
    content: html`<div>
${signInIcon}
<h1>Sign in to Meetstream</h1>
<p class="muted">We will email you a one-time code: no password to remember. New here? The same step creates your account.</p>
</div>
${refused && html`<div class="notice notice--error" role="alert"><p>That does not look like an email address.</p></div>`}
<form class="form sign-in-form" method="post" novalidate>
<input type="hidden" name="action" value="request">
<div class="field">
<label class="field__label" for="email">Email address</label>
<input class="input" id="email" name="email" type="email" inputmode="email" autocomplete="email" spellcheck="false" required autofocus value="${typed ?? ""}"${refused && html` aria-invalid="true" aria-describedby="email-error"`}>
${refused && html`<p class="field__error" id="email-error">Enter the address you read your email at, like name@example.com.</p>`}
</div>
<button class="button" type="submit">Email me a code</button>
</form>`,
  });

const codePage = (
  appOrigin: string,
  state: Extract<CodeProviderState, { type: "code" }>,
  wrongCode: string | undefined,
) =>
  signInPage({
    title: "Enter your code",
    appOrigin,
    content: html`<div>
${signInIcon}
<h1>Check your email</h1>
</div>
${
  wrongCode
    ? html`<div class="notice notice--error" role="alert"><p>${wrongCode}</p></div>`
    : html`<div class="notice notice--success" role="status"><p>${state.resend ? "We sent a new code to" : "We sent a code to"} <strong>${state.claims.email}</strong>.</p></div>`
}
<form class="form sign-in-form" method="post">
<input type="hidden" name="action" value="verify">
<div class="field">
<label class="field__label" for="code">Code from the email</label>
<p class="field__hint" id="code-hint">${codeLength} digits. It works once, for ${signInLimits.codeLifetimeSeconds / 60} minutes.</p>
<input class="input" id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{${codeLength}}" minlength="${codeLength}" maxlength="${codeLength}" required autofocus aria-describedby="code-hint"${wrongCode && html` aria-invalid="true"`}>
</div>
<button class="button" type="submit">Sign in</button>
</form>
<form class="sign-in-resend" method="post">
${Object.entries(state.claims).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<input type="hidden" name="action" value="resend">
<p class="muted">No email? Look in your spam folder, or ask for another code.</p>
<button class="button button--secondary" type="submit">Send a new code</button>
<p><a href="authorize">Use another email address</a></p>
</form>`,
  });

/**
 * The code provider's pages in the web app's look: the email page (`start`) and the code page (`code`).
 * "Use another email address" opens the email page again within the same sign-in, so the web app's
 * return path survives.
 */
export function codePages(appOrigin: string, copy: CodePagesCopy) {
  return async (
    _request: Request,
    state: CodeProviderState,
    form?: FormData,
    error?: CodeProviderError,
  ): Promise<Response> => {
    if (state.type === "start") {
      const typed = form?.get("email");
      return emailPage(
        appOrigin,
        typeof typed === "string" ? typed : undefined,
        error?.type === "invalid_claim",
      );
    }
    return codePage(appOrigin, state, error?.type === "invalid_code" ? copy.wrongCode : undefined);
  };
}
