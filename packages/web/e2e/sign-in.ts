import type { Browser, Page } from "playwright-core";
import { newContext } from "./chromium";

interface MailboxMessage {
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

/**
 * Signs in as a person would: the app's sign-in button, the issuer's email and code pages, with the code
 * read from the local host's dev mailbox. Ends on the page the sign-in returns to; a newcomer welcomed
 * first skips the welcome, unless `welcome` says to stay on it.
 */
export async function signInThroughMailbox(
  page: Page,
  hostUrl: string,
  email: string,
  returnTo = "/me",
  welcome: "skip" | "stay" = "skip",
) {
  await page.goto(`${hostUrl}/signin?next=${encodeURIComponent(returnTo)}`);
  await page.getByRole("button", { name: "Continue with email" }).click();

  // The issuer either shows its email page or refuses the request (an unknown client or callback
  // address, say) with a page or a redirect of its own: report its words rather than time out.
  const emailField = page.locator('input[name="email"]');
  await page.waitForURL((url) => !url.pathname.startsWith("/signin") || url.searchParams.has("error"));
  if ((await emailField.count()) === 0) {
    const refusal = new URL(page.url()).searchParams;
    const words =
      refusal.get("error_description") ??
      ((await page.locator("body").textContent()) ?? "").trim().slice(0, 300);
    throw new Error(`The issuer refused the sign-in at ${new URL(page.url()).pathname}: ${words}`);
  }

  await emailField.fill(email);
  const sentAfter = new Date().toISOString();
  await emailField.press("Enter");

  const code = await codeFromMailbox(hostUrl, email, sentAfter);
  await page.locator('input[name="code"]').fill(code);
  await page.locator('input[name="code"]').press("Enter");
  const returnPath = returnTo.split("?")[0];
  await page.waitForURL((url) => url.pathname === returnPath || url.pathname === "/welcome");
  if (new URL(page.url()).pathname === "/welcome" && welcome === "skip") {
    await page.getByRole("link", { name: "Skip for now" }).click();
    await page.waitForURL((url) => url.pathname === returnPath);
    // The router commits the next page in a transition, after the address changes: until then the
    // welcome's own name and handle fields are still on screen, and a fill would land in them.
    await page
      .getByRole("heading", { level: 1, name: "Welcome to Meetstream" })
      .waitFor({ state: "detached" });
  }
}

/** The code sent to `email` after `sentAfter` (an ISO instant), as the dev mailbox shows it. */
export async function codeFromMailbox(hostUrl: string, email: string, sentAfter: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const messages = (await (await fetch(`${hostUrl}/dev/mailbox.json`)).json()) as MailboxMessage[];
    // Other mail reaches members too (an RSVP's, a reminder): the code is in the sign-in message.
    const message = messages.find(
      (candidate) =>
        candidate.to === email && candidate.sentAt >= sentAfter && candidate.subject.includes("sign-in code"),
    );
    const code = message?.text.match(/\b(\d{4,8})\b/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No sign-in code for ${email} reached the dev mailbox`);
}

/** A new member signs in, in a browser context of their own, and gives themselves a name and a handle. */
export async function newMember(
  browser: Browser,
  hostUrl: string,
  email: string,
  name: string,
  handle: string,
) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInThroughMailbox(page, hostUrl, email, "/me/edit");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Handle").fill(handle);
  await page.getByRole("button", { name: "Save profile" }).click();
  await page.waitForURL(`${hostUrl}/me`);
  return { context, page };
}
