import type { SeedSummary } from "../../prisma/seed";

/** What `npm start` prints once the first request has been served. */
export async function printBanner(info: { url: string; databaseUrl: string; seeded: SeedSummary; firstServedMs: number }) {
  const lines = [
    "",
    `  Bridge is running at ${info.url}`,
    `  Database: ${info.databaseUrl.startsWith("file:") ? info.databaseUrl : info.databaseUrl.replace(/\/\/[^@]*@/, "//***@")}`,
  ];
  if (info.seeded.logins.length) {
    lines.push("", "  Demo logins:");
    for (const login of info.seeded.logins) lines.push(`    ${login.role.padEnd(12)} ${login.email}  /  ${login.password}`);
  }
  if (info.seeded.links.length) {
    lines.push("", "  Demo links:");
    const width = Math.max(...info.seeded.links.map((l) => l.label.length)) + 2;
    for (const link of info.seeded.links) lines.push(`    ${link.label.padEnd(width)} ${info.url}${link.path}`);
  }
  lines.push("", `  Ready: first request served ${(info.firstServedMs / 1000).toFixed(1)} s after start`, "");
  console.log(lines.join("\n"));
}
