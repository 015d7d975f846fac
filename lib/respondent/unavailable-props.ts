// The props of a respondent page answered while the database cannot be reached: set by respondentPage()
// (lib/respondent/page-request.ts) with a 503, read by pages/_app.tsx. Pure, so the page bundle can import it.

export interface UnavailableProps extends Record<string, unknown> {
  unavailable: true;
}

export const isUnavailableProps = (props: unknown): props is UnavailableProps =>
  typeof props === "object" && props !== null && (props as { unavailable?: unknown }).unavailable === true;
