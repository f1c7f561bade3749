import type { ReactNode } from "react";
import { Icon, type IconName } from "./icon";

/** What a section says while it has nothing to show: never fake content, always a way forward. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon: IconName;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-label={title}>
      <span className="empty-state__icon">
        <Icon name={icon} size={28} />
      </span>
      <h2>{title}</h2>
      <p>{children}</p>
      {action && <div className="button-row empty-state__actions">{action}</div>}
    </section>
  );
}
