/** The body of the view beacon that article pages send: `{"articleId": 123}`. */
import { Type, type Static } from '@sinclair/typebox';

export const ViewBeaconSchema = Type.Object({ articleId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }, { additionalProperties: false });

export type ViewBeacon = Static<typeof ViewBeaconSchema>;

/** The route's path, shared with the page script that calls it. */
export const VIEW_BEACON_PATH = '/api/v1/views';
