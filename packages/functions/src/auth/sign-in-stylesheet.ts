import { createHash } from "node:crypto";

/**
 * The sign-in pages' stylesheet, served by the issuer from the app's own origin: OpenAuth's default pages
 * import Tailwind's from a CDN, which fails offline and tells a third party of every sign-in. Its tokens
 * and the rules it shares with packages/web are copies of the web app's, so the sign-in pages look like
 * the app; `sign-in-stylesheet.test.ts` fails when the two drift apart.
 */
export const signInStylesheet = `
  :root {
    --font-body:
      system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif;
    --font-mono: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;

    --color-canvas: #f6f5f1;
    --color-surface: #ffffff;
    --color-surface-sunken: #efeee8;
    --color-border: #dcdad2;
    --color-border-strong: #8a877c;
    --color-ink: #1d2327;
    --color-ink-muted: #545c63;
    --color-brand: #1b5e4f;
    --color-brand-strong: #134438;
    --color-brand-soft: #e3efe9;
    --color-on-brand: #ffffff;
    --color-accent: #8a4a0f;
    --color-accent-soft: #fbefe1;
    --color-danger: #a52a1f;
    --color-danger-strong: #7f1d15;
    --color-danger-soft: #fbeae7;
    --color-focus: #2b59c3;

    --space-1: 0.25rem;
    --space-2: 0.5rem;
    --space-3: 0.75rem;
    --space-4: 1rem;
    --space-5: 1.5rem;
    --space-6: 2rem;
    --space-7: 3rem;
    --space-8: 4rem;

    --radius-small: 6px;
    --radius: 10px;
    --radius-large: 16px;
    --radius-round: 999px;

    --shadow-card: 0 1px 2px rgb(29 35 39 / 6%), 0 4px 16px rgb(29 35 39 / 5%);
    --shadow-raised: 0 2px 4px rgb(29 35 39 / 8%), 0 12px 32px rgb(29 35 39 / 10%);

    --content-width: 68rem;
    --reading-width: 40rem;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  html {
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  body {
    margin: 0;
    font-family: var(--font-body);
    font-size: 1rem;
    line-height: 1.55;
    color: var(--color-ink);
    background: var(--color-canvas);
    overflow-wrap: anywhere;
  }

  h1,
  h2,
  h3 {
    line-height: 1.2;
    margin: 0 0 var(--space-3);
    letter-spacing: -0.01em;
  }

  h1 {
    font-size: clamp(1.6rem, 1.2rem + 1.6vw, 2.25rem);
  }

  p {
    margin: 0 0 var(--space-4);
  }

  a {
    color: var(--color-brand);
    text-underline-offset: 0.18em;
  }

  a:hover {
    color: var(--color-brand-strong);
  }

  :focus-visible {
    outline: 3px solid var(--color-focus);
    outline-offset: 2px;
    border-radius: var(--radius-small);
  }

  .site-header {
    background: var(--color-surface);
    border-bottom: 1px solid var(--color-border);
  }

  .site-header__inner {
    max-width: var(--content-width);
    margin: 0 auto;
    padding: var(--space-3) var(--space-4);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--space-3) var(--space-4);
  }

  .brand {
    display: inline-flex;
    align-items: center;
    gap: var(--space-2);
    font-weight: 700;
    font-size: 1.15rem;
    color: var(--color-ink);
    text-decoration: none;
    letter-spacing: -0.01em;
  }

  .brand:hover {
    color: var(--color-ink);
  }

  .brand__mark {
    width: 1.9rem;
    height: 1.9rem;
    flex: none;
  }

  .site-main {
    max-width: var(--content-width);
    margin: 0 auto;
    padding: var(--space-6) var(--space-4) var(--space-8);
  }

  .card {
    background: var(--color-surface);
    border: 1px solid var(--color-border);
    border-radius: var(--radius-large);
    box-shadow: var(--shadow-card);
    padding: var(--space-5);
  }

  .card > :last-child {
    margin-bottom: 0;
  }

  .stack {
    display: grid;
    gap: var(--space-5);
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--space-2);
    min-height: 2.75rem;
    padding: var(--space-2) var(--space-4);
    border: 1px solid transparent;
    border-radius: var(--radius);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    background: var(--color-brand);
    color: var(--color-on-brand);
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }

  .button:hover {
    background: var(--color-brand-strong);
    color: var(--color-on-brand);
  }

  .button--secondary {
    background: var(--color-surface);
    color: var(--color-ink);
    border-color: var(--color-border-strong);
  }

  .button--secondary:hover {
    background: var(--color-surface-sunken);
    color: var(--color-ink);
  }

  .button-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--space-3);
  }

  .form {
    display: grid;
    gap: var(--space-5);
  }

  .field {
    display: grid;
    gap: var(--space-1);
  }

  .field__label {
    font-weight: 600;
  }

  .field__hint {
    color: var(--color-ink-muted);
    font-size: 0.9rem;
    margin: 0;
  }

  .field__error {
    color: var(--color-danger);
    font-size: 0.9rem;
    font-weight: 600;
    margin: 0;
  }

  .input {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--space-2) var(--space-3);
    border: 1px solid var(--color-border-strong);
    border-radius: var(--radius-small);
    background: var(--color-surface);
    color: var(--color-ink);
    font: inherit;
  }

  .input:focus-visible {
    border-color: var(--color-focus);
  }

  .input[aria-invalid="true"] {
    border-color: var(--color-danger);
    box-shadow: inset 0 0 0 1px var(--color-danger);
  }

  .notice {
    display: flex;
    gap: var(--space-3);
    align-items: flex-start;
    padding: var(--space-3) var(--space-4);
    margin-bottom: var(--space-5);
    border-radius: var(--radius);
    border: 1px solid var(--color-border);
    background: var(--color-surface);
  }

  .notice > :last-child {
    margin-bottom: 0;
  }

  .notice--success {
    border-color: #9cc9b7;
    background: var(--color-brand-soft);
  }

  .notice--error {
    border-color: #e2a59e;
    background: var(--color-danger-soft);
    color: var(--color-danger-strong);
  }

  .notice--warning {
    border-color: #e3bd8f;
    background: var(--color-accent-soft);
  }

  .notice__title {
    font-weight: 700;
    margin: 0 0 var(--space-1);
  }

  .empty-state__icon {
    display: grid;
    place-items: center;
    width: 3.5rem;
    height: 3.5rem;
    border-radius: var(--radius-round);
    background: var(--color-brand-soft);
    color: var(--color-brand);
    margin-bottom: var(--space-2);
  }

  .muted {
    color: var(--color-ink-muted);
  }

  .centered-panel {
    max-width: 28rem;
    margin: var(--space-6) auto;
    text-align: center;
  }

  .centered-panel .button-row {
    justify-content: center;
  }

  .centered-panel__icon {
    margin: 0 auto;
  }

  .centered-panel .notice {
    justify-content: center;
    text-align: left;
  }

  .centered-panel h1 {
    font-size: 1.75rem;
  }

  /* The sign-in pages' own: the form reads left to right inside the centred card. */
  .sign-in-form {
    text-align: left;
  }

  .sign-in-form .button {
    width: 100%;
  }

  /* The card spaces its parts already. */
  .stack > .notice {
    margin-bottom: 0;
  }

  .sign-in-resend {
    display: grid;
    gap: var(--space-3);
    justify-items: center;
    padding-top: var(--space-4);
    border-top: 1px solid var(--color-border);
  }

  .sign-in-resend p {
    margin: 0;
  }
`;

const version = createHash("sha256").update(signInStylesheet).digest("hex").slice(0, 12);

/** Named after its content, so a browser may keep it for good and still never shows a stale look. */
export const signInStylesheetPath = `/sign-in-${version}.css`;
