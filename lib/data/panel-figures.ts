import "server-only";
import type { PanelFigureInfo } from "@/lib/admin/types";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import { loadLibrary, loadQuestionnaires } from "@/lib/catalogue/load";
import { remeasuresById } from "@/lib/catalogue/select";
import { db } from "@/lib/db/client";
import { SIDES, type Side } from "@/lib/domain";
import { figureLookupFrom } from "@/lib/scoring/figures";

// The figures a cross-organization comparison shows (lib/data/panel.ts), read from the library as stored.


/**
 * The figures a panel can be compared with: percentages linked to an item of a published questionnaire version,
 * with the side each link compares, from the library as stored (built-in and admin-added sources alike).
 */
export async function comparableFigures(sourceId?: string) {
  const versions = await db.questionnaireVersion.findMany({ where: { status: "published" }, select: { id: true }, orderBy: { id: "asc" } });
  const links = new Map<string, { side: Side; figureId: string; itemKey: string; versions: Set<string> }>();
  for (const q of await loadQuestionnaires(versions.map((v) => v.id))) {
    for (const item of q.items) {
      for (const link of item.benchmarks) {
        // A figure published for CMOs and CIOs together (questionnaire v2 links it with population "both") is
        // compared only with both sides pooled; the panel compares one side at a time, so it leaves these out.
        if (link.population === "both") continue;
        const side: Side = link.population;
        const key = `${link.figureId}|${side}|${item.key}`;
        const entry = links.get(key) ?? { side, figureId: link.figureId, itemKey: item.key, versions: new Set<string>() };
        entry.versions.add(q.version);
        links.set(key, entry);
      }
    }
  }
  const figureIds = new Set([...links.values()].map((l) => l.figureId));
  // the linked figures, and library figures that measure the same as one of them (a later survey wave)
  const library = await loadLibrary();
  const remeasured = remeasuresById(library.figures);
  const defs = new Map<string, BenchmarkFigureDef>();
  for (const f of library.figures) {
    if (f.unit !== "percent" || (sourceId && f.sourceId !== sourceId)) continue;
    if (figureIds.has(f.id) || (f.variantOf && figureIds.has(f.variantOf) && remeasured.get(f.variantOf)?.includes(f))) defs.set(f.id, f);
  }
  const sources = new Map(library.sources.map((s) => [s.id, s]));
  const lookup = figureLookupFrom([...defs.values()], library.sources);
  const remeasures = new Map<string, BenchmarkFigureDef[]>();
  for (const [linked, list] of remeasured) remeasures.set(linked, list.filter((f) => defs.has(f.id)));
  const out: { side: Side; itemKey: string; aggregateFigureId: string; figure: BenchmarkFigureDef; sampleSize: number | null; info: PanelFigureInfo }[] = [];
  for (const link of links.values()) {
    const own = defs.get(link.figureId);
    const measured = [...(own ? [own] : []), ...(remeasures.get(link.figureId) ?? [])];
    for (const figure of measured) {
      const source = sources.get(figure.sourceId)!;
      out.push({
        side: link.side,
        itemKey: link.itemKey,
        aggregateFigureId: link.figureId, // the panel's answers are counted under the linked figure
        figure,
        sampleSize: lookup.sampleSize(figure),
        info: {
          figure,
          source: { id: source.id, publisher: source.publisher, title: source.title, year: source.year },
          items: [...link.versions].sort().map((v) => `${v}:${link.itemKey}`),
        },
      });
    }
  }
  const sideOrder = (s: Side) => SIDES.indexOf(s);
  return out.sort((a, b) => a.figure.topic.localeCompare(b.figure.topic) || sideOrder(a.side) - sideOrder(b.side) || a.figure.id.localeCompare(b.figure.id) || a.itemKey.localeCompare(b.itemKey));
}
