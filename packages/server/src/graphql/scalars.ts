import { DateTimeResolver } from 'graphql-scalars';

/** Every Date crosses the API as an ISO-8601 `DateTime`. */
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeResolver }];
