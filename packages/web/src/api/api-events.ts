/** What the transport learns that the whole app must react to, whichever component asked. */
export type ApiEvent = 'unauthenticated' | 'platform-inactive';

type Listener = (event: ApiEvent) => void;

/**
 * A small publish/subscribe channel between the Apollo error link (which sees every response) and the
 * React tree (which owns the session and the platform gate). One instance per client, made in main.tsx.
 */
export class ApiEvents {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ApiEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
