/**
 * What joining the cross-organization benchmark panel means, in plain words: what is pooled, that it is anonymous
 * and aggregated, who sees it, and that it can be withdrawn. Shown where the choice is made (the new-organization
 * form) and where it can be changed (the organization page). What it says is what lib/data/panel-aggregate.ts
 * stores and lib/data/panel.ts shows (decisions 17, 18 and 171).
 */
export function PanelExplanation({ id }: { id?: string }) {
  return (
    <div id={id} className="space-y-1 text-sm text-muted">
      <p>
        Joining is optional. While this organization is in the panel, after each reveal Bridge keeps, for every question
        compared with a published survey, two numbers per side and tier: how many of the people counted answered it and how many
        agreed. Never names, individual answers or free text, and only what this organization&apos;s own results show (the same
        anonymity rules).
      </p>
      <p>
        Bridge&apos;s administrators see these numbers pooled with other organizations, as an average across organizations and only where
        at least 5 organizations contribute, to set the published survey figures beside today&apos;s answers. No organization is named or shown
        on its own.
      </p>
      <p>You can leave the panel at any time on the organization&apos;s page; from then on its numbers are left out of every comparison.</p>
    </div>
  );
}
