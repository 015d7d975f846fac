"use client";

import { useState } from "react";
import { csvTable } from "@/lib/export/csv-table";
import { secondaryButtonClass } from "@/components/ui/styles";
import { useInviteLinks, type ShownLink } from "./invite-links-context";

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

/** The listed links that still work, as a CSV of name, e-mail and link (written here: the server has no copy). */
export function linksCsv(links: readonly ShownLink[]): string {
  return csvTable(
    ["name", "email", "link"],
    links.filter((l) => !l.withdrawn).map((l) => [l.name, l.email ?? "", l.link]),
  );
}

function download(links: readonly ShownLink[]) {
  const url = URL.createObjectURL(new Blob([linksCsv(links)], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `bridge-invitation-links-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  // the click has started the download; the object URL can go once it has been read
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Every link made on this page since it was opened, each with a copy button, and all of them as a CSV. Links are
 * shown only here, once: Bridge stores only a fingerprint (hash) of each, so they are gone when the page is left.
 */
export function NewLinks() {
  const { links } = useInviteLinks();
  if (!links.length) return null;
  const usable = links.filter((l) => !l.withdrawn);
  const latest = links.at(-1)!;
  return (
    <section aria-labelledby="new-links-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h3 id="new-links-title" className="font-semibold">
        Invitation links made on this page ({links.length})
      </h3>
      <p className="text-sm">
        Copy them or download them now: Bridge stores only a fingerprint of each link, so it cannot show them again once you leave
        this page. Make a new link for anyone whose link is lost.
      </p>
      <p role="status" className="sr-only">
        {`Link for ${latest.name} listed; ${links.length} link${links.length === 1 ? "" : "s"} in the list.`}
      </p>
      <ul className="mt-3 grid gap-3" aria-label="Invitation links">
        {links.map((l) => (
          <li key={l.participantId} className="grid gap-2 sm:grid-cols-[14rem_1fr_auto] sm:items-center">
            <span className="min-w-0 break-words">
              <span className="font-medium">{l.name}</span>
              {l.email ? <span className="block text-sm text-muted">{l.email}</span> : null}
              {l.emailed ? <span className="block text-sm text-muted">e-mailed</span> : null}
              {l.replaced && !l.withdrawn ? <span className="block text-sm text-muted">new link: the earlier one no longer works</span> : null}
              {l.withdrawn ? <span className="block text-sm font-medium text-red-800">withdrawn: no longer works</span> : null}
            </span>
            <input
              readOnly
              value={l.link}
              aria-label={`Invitation link for ${l.name}`}
              disabled={l.withdrawn}
              className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 font-mono text-sm disabled:line-through"
            />
            {l.withdrawn ? <span /> : <CopyButton text={l.link} label={l.name} />}
          </li>
        ))}
      </ul>
      <div className="mt-4">
        <button type="button" className={secondaryButtonClass} disabled={!usable.length} onClick={() => download(links)}>
          Download as CSV<span className="sr-only"> ({usable.length} links: name, e-mail, link)</span>
        </button>
      </div>
    </section>
  );
}
