import { Link } from "react-router";
import { Icon } from "../../components/icon";
import { Page } from "../../components/page";
import { consoleSections } from "./console-sections";

export function ConsoleOverviewPage() {
  return (
    <Page title="Organiser console" lead="Run your communities: their meetups, members and history.">
      <div className="card-grid">
        {consoleSections.map((section) => (
          <article key={section.path} className="card feature-card">
            <span className="feature-card__icon">
              <Icon name={section.icon} size={22} />
            </span>
            <h2>
              <Link to={`/admin/${section.path}`}>{section.title}</Link>
            </h2>
            <p>{section.summary}</p>
          </article>
        ))}
      </div>
    </Page>
  );
}
