import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** Serious and critical axe findings, once nothing on the page is still loading. */
export async function seriousViolations(page: Page) {
  await page.waitForFunction(() => document.querySelector(".loading-state") === null);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

/**
 * The title of the notice that has the keyboard focus, if a notice has it: where the focus lands after an
 * action whose button went away with it (Publish on a draft, say).
 */
export const focusedNoticeTitle = (page: Page): Promise<string | null> =>
  page.evaluate(
    () => document.activeElement?.closest(".notice")?.querySelector(".notice__title")?.textContent ?? null,
  );
