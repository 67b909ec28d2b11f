/** Constants the format, its CLI and the server share; each is defined here and nowhere else. */

/** One day is exactly 86 400 s: validity days, days left and reminder thresholds all count in these. */
export const DAY_MS = 86_400_000;

/** A UUID in its canonical text form (any version), e.g. a platform instance id or a row id. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The development vendor key a local server writes to its DATA_DIR and `lcs issue --dev` signs with. */
export const DEV_KEY_FILE = 'dev-vendor-key.jwk.json';

/** The file in DATA_DIR holding a local server's instance id, which `lcs issue --dev` addresses. */
export const INSTANCE_ID_FILE = 'instance-id';
