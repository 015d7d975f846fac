// What an island's loader (components/islands/island-root.tsx) records while its script is still on the way: the
// page's controls work from the first paint, and the script, once it runs, takes over what was done before it.

/** The loader's record for one island, at `window.bridgeIslands[name]`. */
export interface EarlyState {
  /** The island's script has taken over (the loader stops intercepting). */
  ready: boolean;
  /** A control was changed before the script ran. */
  dirty: boolean;
  /** The form was submitted before the script ran (the loader stopped it). */
  submit: boolean;
  /** A link followed after a change and before the script ran (the loader held it back). */
  href: string | null;
}

export const EARLY_GLOBAL = "bridgeIslands";

/** Browser only: the loader's record for `name` (a fresh one when the page has no loader, as in tests). */
export function takeEarlyState(name: string): EarlyState {
  const all = ((window as unknown as Record<string, Record<string, EarlyState> | undefined>)[EARLY_GLOBAL] ??= {});
  return (all[name] ??= { ready: false, dirty: false, submit: false, href: null });
}
