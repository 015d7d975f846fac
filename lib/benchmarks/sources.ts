// The published surveys (and the article that restates one of them) behind every benchmark figure.
// Each record describes ONE seed file in /work/shared/seeds (see README.md there); every field is as that seed
// states it, or null when the seed does not say. Sample sizes given as "more than N" are recorded as N with a
// note that N is a lower bound.
import type { BenchmarkSourceDef } from "./types";

export const BENCHMARK_SOURCES: BenchmarkSourceDef[] = [
  {
    id: "accenture-2014",
    publisher: "Accenture Interactive",
    title: "2014 CMO-CIO Alignment survey",
    year: 2014,
    fieldwork: null,
    method: "online survey",
    regions: "11 countries (not named in the seed)",
    industries:
      "Banking, Insurance, Life Sciences, Consumer Goods & Services, Retail, Telecommunications, Automotive, " +
      "Electronics & High Technology, Media & Entertainment, Travel & Tourism",
    seedFile: "000_ee9173bdf3b4b9fb.txt",
    samples: [
      {
        population: "both",
        n: 1100,
        note: "Lower bound: the seed says \"more than 1,100 senior marketing and IT executives\" and gives no split by function.",
      },
    ],
    notes:
      "Seed 000 is Accenture Interactive (Belgium & Luxembourg)'s summary of the survey, with four recommendations.",
  },
  {
    id: "accenture-2012",
    publisher: "Accenture Interactive",
    title: "The CMO-CIO disconnect: Bridging the gap to seize the digital opportunity (2012 CMO-CIO Insights survey)",
    year: 2012,
    fieldwork: "2012 (months not stated)",
    method: "online surveys",
    regions:
      "10 countries (not all named; France, Australia, Singapore and Brazil among them); respondents based in " +
      "Europe, Africa and Latin America (EALA), North America and Asia-Pacific (APAC)",
    industries: "Financial services; products; communications, high technology and media; resources; other",
    seedFile: "003_23b1ccd4d58906db.txt",
    samples: [
      { population: "marketing", n: 405, note: "Senior marketing executives who are key marketing decision makers." },
      { population: "it", n: 252, note: "Senior IT executives, same countries and screening criteria." },
      {
        population: "both",
        n: 657,
        note: "Derived: 405 + 252. The report gives no combined total; used only for its CMO+CIO figures.",
      },
    ],
    notes:
      "The report text (extracted from PDF). Most companies have at least US$1 billion in annual revenues (US$500 " +
      "million in France, Australia, Singapore and Brazil). The summary page rounds the samples to \"more than 400\" " +
      "and \"250\". The app's default source for findings it shares with accenture-2012-press.",
  },
  {
    id: "accenture-2012-press",
    publisher: "Trade press (publication not named in the seed), reporting Accenture research",
    title: "CIOs and CMOs are disconnected",
    year: 2012,
    fieldwork: null,
    method: null,
    regions: null,
    industries: null,
    seedFile: "001_19245c90446d61a9.txt",
    samples: [],
    notes:
      "Article on the same Accenture CMO-CIO research wave as accenture-2012 (seed 003); it states no sample size and " +
      "quotes some figures differently (57% of CMOs where the report says 56%). Kept as its own source so each " +
      "wording keeps its own provenance; where both state a finding, the report (accenture-2012) is the default.",
  },
  {
    id: "cmo-council-2010",
    publisher: "CMO Council, in co-operation with Accenture",
    title: "The CMO-CIO Alignment Imperative: Driving Revenue through Customer Relevance",
    year: 2010,
    fieldwork: "June-September 2010",
    method: "survey (mode not stated)",
    regions: "global",
    industries: null,
    seedFile: "002_15d9e0ffcb1c0b56.txt",
    samples: [
      {
        population: "marketing",
        n: 320,
        note: "Lower bound: the seed says \"more than 320 global marketing executives\".",
      },
      { population: "it", n: 300, note: "Global IT and information systems executives." },
    ],
    notes: "Seed 002 is an article about the report.",
  },
  {
    id: "forrester-2014",
    publisher: "Forrester and Heidrick & Struggles",
    title: "The Evolved CMO in 2014",
    year: 2014,
    fieldwork: "July 2013",
    method: "global survey (mode not stated)",
    regions: "global",
    industries: null,
    seedFile: "004_e52e475494d71f1e.txt",
    samples: [
      {
        population: "marketing",
        n: 212,
        note: "CMOs, split between B2B, B2C and marketers serving both sectors.",
      },
    ],
    notes:
      "Seed 004 is a CMO Australia article about the report (page furniture and comments after it are ignored). " +
      "`year` is the report's year; fieldwork was July 2013. One figure compares with \"a similar survey in 2011\" " +
      "whose sample is not stated.",
  },
];
