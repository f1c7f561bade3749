import type { ReactNode } from "react";
import { Avatar } from "../components/avatar";
import { Icon } from "../components/icon";
import type { Profile } from "../member/member-documents";

/** A member as others see them: picture, name, handle, bio and links. */
export function ProfileCard({
  profile,
  headingLevel = 2,
  children,
}: {
  profile: Profile;
  headingLevel?: 1 | 2;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  // As the page's own heading it takes the id the layout focuses after a navigation.
  const headingId = headingLevel === 1 ? "page-heading" : "profile-name";
  return (
    <article className="card profile-card" aria-labelledby={headingId}>
      <div className="profile-card__identity">
        <Avatar name={profile.displayName} url={profile.avatarUrl} size="large" />
        <div>
          <Heading
            className="profile-card__name"
            id={headingId}
            {...(headingLevel === 1 ? { tabIndex: -1 } : {})}
          >
            {profile.displayName}
          </Heading>
          {profile.handle && <p className="profile-card__handle">@{profile.handle}</p>}
        </div>
      </div>
      {profile.bio ? <p className="profile-card__bio">{profile.bio}</p> : null}
      {profile.links.length > 0 && (
        <ul className="link-list" aria-label={`Links of ${profile.displayName}`}>
          {profile.links.map((link) => (
            <li key={`${link.label}|${link.url}`}>
              <a href={link.url} rel="noopener noreferrer nofollow ugc" target="_blank">
                <Icon name="link" size={16} />
                {link.label}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </article>
  );
}
