import { Link } from "react-router";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>Meetstream — meetups, talks and learning paths for communities that learn together.</p>
        <p>Every change is recorded; nothing is sold.</p>
        <p>
          <Link to="/api">The API, for developers</Link>
        </p>
      </div>
    </footer>
  );
}
