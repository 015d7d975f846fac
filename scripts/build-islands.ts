// `npm run build:islands` (also run by `npm run build`, `npm run dev` and `npm start`'s build step).
import { buildIslands } from "./lib/islands";

const { manifest } = await buildIslands(process.cwd());
for (const [name, src] of Object.entries(manifest)) console.log(`• island ${name}: ${src}`);
