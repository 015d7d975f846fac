"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

/** A link as the page shows it once (only its hash is stored, so this list is the only copy). */
export interface ShownLink {
  participantId: string;
  name: string;
  email: string | null;
  link: string;
  emailed: boolean;
  /** A newer link replaced an earlier one shown on this page (the earlier one no longer works). */
  replaced?: boolean;
  /** Withdrawn on this page: listed as such, left out of the CSV. */
  withdrawn?: boolean;
}

interface InviteLinks {
  links: ShownLink[];
  /** Adds links made by an action (a new participant, a list, a new link for someone already listed). */
  add: (links: readonly Omit<ShownLink, "replaced" | "withdrawn">[]) => void;
  withdraw: (participantId: string) => void;
}

const Context = createContext<InviteLinks | null>(null);

/**
 * Every invitation link made on the assessment page, kept in the browser until the facilitator leaves the page
 * (the server keeps only hashes). Wraps both the forms that add participants and the participants' table, whose
 * "New link" and "Withdraw link" buttons update the same list.
 */
export function InviteLinksProvider({ children }: { children: ReactNode }) {
  const [links, setLinks] = useState<ShownLink[]>([]);
  const add = useCallback<InviteLinks["add"]>((added) => {
    setLinks((current) => {
      const next = [...current];
      for (const link of added) {
        const at = next.findIndex((l) => l.participantId === link.participantId);
        if (at >= 0) next[at] = { ...link, replaced: true };
        else next.push(link);
      }
      return next;
    });
  }, []);
  const withdraw = useCallback((participantId: string) => {
    setLinks((current) => current.map((l) => (l.participantId === participantId ? { ...l, withdrawn: true } : l)));
  }, []);
  const value = useMemo(() => ({ links, add, withdraw }), [links, add, withdraw]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useInviteLinks(): InviteLinks {
  const value = useContext(Context);
  if (!value) throw new Error("useInviteLinks needs an InviteLinksProvider");
  return value;
}
