import { useCallback, useState } from 'react';

/**
 * Banners dismissed for this browser session (sessionStorage: a reload keeps them dismissed, a new
 * tab or sign-in of another user does not). Stored per user, so users sharing a tab do not mix.
 */
export function useDismissals(userId: string) {
  const storageKey = `lm.dismissedBanners.${userId}`;
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => read(storageKey));
  const update = useCallback(
    (change: (set: Set<string>) => void) =>
      setDismissed((current) => {
        const next = new Set(current);
        change(next);
        write(storageKey, next);
        return next;
      }),
    [storageKey],
  );
  const dismiss = useCallback((key: string) => update((set) => set.add(key)), [update]);
  const restore = useCallback((key: string) => update((set) => set.delete(key)), [update]);
  return { dismissed, dismiss, restore };
}

function read(storageKey: string): ReadonlySet<string> {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

function write(storageKey: string, set: ReadonlySet<string>): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify([...set]));
  } catch {
    // Storage full or disabled: dismissals then last until the page is reloaded, which is acceptable.
  }
}
