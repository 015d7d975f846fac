// For server modules that the Pages Router's getServerSideProps also imports (respondent pages): the
// "server-only" package refuses to build there, so these modules fail loudly at runtime instead if a browser
// bundle ever pulls them in. Next strips getServerSideProps and its imports from the page's browser build, and
// the questionnaire island (esbuild) imports no server module; scripts/lib/islands.test.ts checks its bundle.
if (typeof window !== "undefined") throw new Error("This module runs only on the server");
export {};
