import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";
import { useCurrentMember } from "../../member/current-member";
import { consoleSections } from "./console-sections";

/**
 * A console page about one community the member organises: the first one, or the one they pick when they
 * organise several; to anyone who organises none, a way to found one.
 */
export function OrganisedCommunityPage({
  section,
  nobodysTitle,
  children,
}: {
  /** The console section's path: its title, summary and icon are the page's. */
  section: string;
  /** What the page says to a member who organises no community. */
  nobodysTitle: string;
  /** The page's content for the community chosen, by its slug. */
  children: (slug: string) => ReactNode;
}) {
  const { me } = useCurrentMember();
  const organised = me?.organises ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const slug = chosen ?? organised[0]?.slug ?? null;
  const described = consoleSections.find((candidate) => candidate.path === section);
  const pickerId = `${section}-community`;
  return (
    <Page title={described?.title ?? section} eyebrow="Console" lead={described?.summary}>
      {slug === null ? (
        <EmptyState
          icon={described?.icon ?? "communities"}
          title={nobodysTitle}
          action={
            <Link to="/admin/communities/new" className="button">
              Found a community
            </Link>
          }
        >
          You organise no community yet.
        </EmptyState>
      ) : (
        <div className="stack">
          {organised.length > 1 && (
            <div className="field">
              <label className="field__label" htmlFor={pickerId}>
                Community
              </label>
              <select
                id={pickerId}
                className="input"
                value={slug}
                onChange={(event) => setChosen(event.target.value)}
              >
                {organised.map((community) => (
                  <option key={community.id} value={community.slug}>
                    {community.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {children(slug)}
        </div>
      )}
    </Page>
  );
}
