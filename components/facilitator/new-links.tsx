"use client";

import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/styles";

export interface ShownLink {
  participantId: string;
  name: string;
  link: string;
  emailed: boolean;
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={secondaryButtonClass}
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}
    >
      {copied ? "Copied" : "Copy link"}
      <span className="sr-only"> for {label}</span>
    </button>
  );
}

/** Links are shown once, right after they are made: only their hashes are stored. */
export function NewLinks({ links }: { links: ShownLink[] }) {
  if (!links.length) return null;
  return (
    <section aria-labelledby="new-links-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4" role="status">
      <h3 id="new-links-title" className="font-semibold">
        New invitation links: copy them now
      </h3>
      <p className="text-sm">Bridge stores only a fingerprint of each link, so it cannot show them again. Regenerate a link if one is lost.</p>
      <ul className="mt-3 grid gap-3">
        {links.map((l) => (
          <li key={l.participantId + l.link} className="grid gap-2 sm:grid-cols-[12rem_1fr_auto] sm:items-center">
            <span className="font-medium">
              {l.name}
              {l.emailed ? <span className="ml-1 text-sm text-muted">(e-mailed)</span> : null}
            </span>
            <input readOnly value={l.link} aria-label={`Invitation link for ${l.name}`} className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 font-mono text-sm" />
            <CopyButton text={l.link} label={l.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
