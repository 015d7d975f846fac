"use client";

// "Print summary": the browser's print dialog; the results page's print stylesheet (results-print.css) prints the
// executive summary alone, on at most two A4 pages. Without JavaScript the browser's own Print does the same.
import { secondaryButtonClass } from "@/components/ui/styles";

export function PrintSummaryButton() {
  return (
    <button type="button" className={secondaryButtonClass} onClick={() => window.print()}>
      Print summary
    </button>
  );
}
