import { builder } from "./builder";
import "./rejections";
import "./member";
import "./profile-mutations";
import "./community-rejections";
import "./community";
import "./community-mutations";
import "./meetup-rejections";
import "./meetup";
import "./meetup-mutations";
import "./calendar-feed";

/**
 * The whole API. Each module above adds its types and fields to the one builder. Not sorted: Pothos would
 * otherwise copy the whole schema at every cold start only to reorder it, and the committed SDL is sorted
 * anyway (print-schema.ts).
 */
export const schema = builder.toSchema({ sortSchema: false });
