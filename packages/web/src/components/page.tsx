import { type ReactNode, useEffect } from "react";

interface PageProps {
  title: string;
  eyebrow?: string;
  lead?: ReactNode;
  /** Shown beside the heading, such as the page's main action. */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * A page's title and heading. The heading takes focus after an in-app navigation (see SiteLayout), so it
 * carries tabIndex -1 and the id the layout looks for.
 */
export function Page({ title, eyebrow, lead, actions, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <>
      <header className="page-header">
        {eyebrow && <span className="eyebrow">{eyebrow}</span>}
        <h1 id="page-heading" tabIndex={-1}>
          {title}
        </h1>
        {lead && <p className="page-header__lead">{lead}</p>}
        {actions && <div className="button-row page-header__actions">{actions}</div>}
      </header>
      {children}
    </>
  );
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Meetstream`;
  }, [title]);
}
