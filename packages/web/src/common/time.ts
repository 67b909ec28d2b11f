/** SPEC 3's day: 86 400 s, as `@licensing/lcs`'s DAY_MS (a Node package the browser bundle does not import). */
export const DAY_MS = 86_400_000;
