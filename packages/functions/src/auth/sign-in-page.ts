import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { signInStylesheetPath } from "./sign-in-stylesheet";

/** What a sign-in page puts in its card: `html` templates, which escape every value put into them. */
export type PageContent = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface SignInPageOptions {
  /** The page's title, before " · Meetstream". */
  title: string;
  /** The web app's origin: the brand links home, and the favicon is the app's. */
  appOrigin: string;
  content: PageContent;
  status?: number;
  headers?: Record<string, string>;
}

/** The web app's brand mark (packages/web/src/layout/brand-mark.tsx), drawn here rather than fetched. */
const brandMark = html`<svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="8" fill="#1b5e4f"/><path d="M7 22V10l5 7 4-5 4 5 5-7v12" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

const mailIcon = html`<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><rect x="3.5" y="5.5" width="17" height="13" rx="2"/><path d="m4 7 8 6 8-6"/></svg>`;

/** The icon above a sign-in card's heading, as the web app's own sign-in page shows it. */
export const signInIcon = html`<span class="empty-state__icon centered-panel__icon">${mailIcon}</span>`;

/**
 * A page of the issuer in the web app's frame: its header and brand, a centred card, the app's stylesheet
 * tokens. Everything it loads comes from the origin it is served from: no font, image or script elsewhere.
 */
export async function signInPage({
  title,
  appOrigin,
  content,
  status = 200,
  headers,
}: SignInPageOptions): Promise<Response> {
  // Relative, so that it resolves under whatever path mounts the issuer (`/auth`): every page is one level down.
  const stylesheet = `..${signInStylesheetPath}`;
  const page = await html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#1b5e4f">
<title>${title} · Meetstream</title>
<link rel="icon" type="image/svg+xml" href="${appOrigin}/favicon.svg">
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
<header class="site-header"><div class="site-header__inner"><a class="brand" href="${appOrigin}/">${brandMark}Meetstream</a></div></header>
<main class="site-main"><div class="centered-panel"><div class="card stack">
${content}
</div></div></main>
</body>
</html>`;
  return new Response(page.toString(), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}
