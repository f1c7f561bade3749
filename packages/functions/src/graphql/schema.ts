import { lexicographicSortSchema, printSchema } from "graphql";
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
 * below anyway.
 */
export const schema = builder.toSchema({ sortSchema: false });

/** The SDL committed as `schema.graphql`, sorted so that moving code around does not change it. */
export const printedSchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
