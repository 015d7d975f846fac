"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { importBenchmarksAction, previewImportAction, type ImportPreview } from "@/app/(app)/admin/benchmarks/actions";
import { DataTable } from "@/components/ui/data-table";
import { FigureStatement } from "./figure-cells";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import { figureValueText } from "@/lib/benchmarks/format";
import { POPULATION_LABEL } from "@/lib/domain";

const MAX_BYTES = 500_000;

/**
 * Choose or paste a CSV → "Preview import" (the server parses it, nothing is written) → "Import N figures"
 * (the server parses the same text again and imports it in one transaction). Changing the text drops the preview.
 */
export function BenchmarkImportForm() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const change = (value: string) => {
    setText(value);
    setPreview(null);
    setMessage(null);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return change("");
    if (file.size > MAX_BYTES) {
      change("");
      return setMessage(`${file.name} is ${Math.ceil(file.size / 1000)} KB; the limit is ${MAX_BYTES / 1000} KB.`);
    }
    change(await file.text());
  };
  const onPreview = () =>
    startTransition(async () => {
      setMessage(null);
      if (!text.trim()) return setMessage("Choose a CSV file or paste its text first.");
      const result = await previewImportAction({ text });
      if (!result.ok) return setMessage(result.error);
      setPreview(result.data);
    });
  const onImport = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await importBenchmarksAction({ text });
      if (!result.ok) return setMessage(result.error.startsWith("Nothing was imported") ? result.error : `Nothing was imported: ${result.error}`);
      if (!result.data.ok) return setPreview(result.data);
      router.push(`/admin/benchmarks/sources/${result.data.sourceId}?imported=${result.data.figures}`);
    });

  const errors = preview && !preview.ok ? preview.errors : null;
  const ready = preview?.ok ? preview : null;
  return (
    <div className="grid gap-4">
      <div>
        <label htmlFor="import-file" className="font-medium">
          CSV file
        </label>
        <input id="import-file" type="file" accept=".csv,text/csv" className={`${inputClass} mt-1 block w-full`} onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      <div>
        <label htmlFor="import-text" className="font-medium">
          Or paste the CSV text
        </label>
        <textarea id="import-text" rows={6} className={`${inputClass} mt-1 block w-full font-mono text-sm`} value={text} onChange={(e) => change(e.target.value)} spellCheck={false} />
      </div>
      {message ? (
        <p role="alert" className="font-medium text-red-700">
          {message}
        </p>
      ) : null}
      {errors ? (
        <div role="alert" aria-labelledby="import-errors-title" className="rounded-md border border-red-700 p-4">
          <h2 id="import-errors-title" className="font-semibold text-red-700">
            Nothing can be imported: {errors.length} {errors.length === 1 ? "problem" : "problems"} to fix
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {errors.map((e, i) => (
              <li key={i}>
                Row {e.row}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!ready ? (
        <div>
          <button type="button" className={primaryButtonClass} onClick={onPreview} disabled={pending}>
            Preview import
          </button>
        </div>
      ) : (
        <section aria-labelledby="import-preview-title" className="grid gap-3">
          <h2 id="import-preview-title" className="text-xl font-semibold">
            Preview: nothing is saved yet
          </h2>
          <p>
            New source <strong>{ready.source.title}</strong> ({ready.source.publisher}, {ready.source.year}; id <span className="font-mono">{ready.source.id}</span>):
            fieldwork {ready.source.fieldwork}, {ready.source.method}, samples {ready.source.samples}.
          </p>
          <DataTable
            caption="Figures to import, by spreadsheet row"
            rows={ready.figures}
            rowKey={(f) => f.id}
            columns={[
              { header: "Row", numeric: true, cell: (f) => f.row },
              {
                header: "Figure",
                rowHeader: true,
                cell: (f) => <FigureStatement statement={f.statement} id={f.id} detail={` · ${f.topic}`} />,
              },
              { header: "Population", cell: (f) => POPULATION_LABEL[f.population] ?? f.population },
              {
                header: "Value",
                numeric: true,
                cell: (f) => (
                  <>
                    {figureValueText(f)}
                    {f.n ? `, n = ${f.n}` : ""}
                  </>
                ),
              },
              {
                header: "Locator",
                cell: (f) => (
                  <>
                    {f.locator}
                    <q className="block text-xs text-muted">{f.quote}</q>
                  </>
                ),
              },
            ]}
          />
          <div className="flex flex-wrap gap-3">
            <button type="button" className={primaryButtonClass} onClick={onImport} disabled={pending}>
              Import {ready.figures.length} {ready.figures.length === 1 ? "figure" : "figures"}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setPreview(null)} disabled={pending}>
              Back
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
