export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>
          Bridge is open source. Benchmarks come from published surveys (2010-2014); every figure shows its source,
          year and sample size.
        </p>
      </div>
    </footer>
  );
}
