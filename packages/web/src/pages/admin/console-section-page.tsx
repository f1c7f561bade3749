import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";
import { consoleSections } from "./console-sections";

/** One console section; each is an empty state until its part of the API lands. */
export function ConsoleSectionPage({ path }: { path: string }) {
  const section = consoleSections.find((candidate) => candidate.path === path);
  if (!section) throw new Error(`No console section at ${path}`);
  return (
    <Page title={section.title} eyebrow="Console" lead={section.summary}>
      <EmptyState icon={section.icon} title={`No ${section.title.toLowerCase()} yet`}>
        {section.empty}
      </EmptyState>
    </Page>
  );
}
