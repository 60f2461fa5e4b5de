/** Whether the web host refused our access token: a tiny store the start-up screen subscribes to. */
let unauthorized = false;
const listeners = new Set<() => void>();

export function markUnauthorized(): void {
  if (unauthorized) return;
  unauthorized = true;
  listeners.forEach((listener) => listener());
}

export const isUnauthorized = (): boolean => unauthorized;

export function subscribeUnauthorized(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
