// `npm run permalinks:update`: adds every page and anchor of the last build (dist/) to
// content/permalinks.json, so the build guards them from now on. Never removes an entry.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtAnchors, readManifest } from '../src/integrations/permalink-guard';
import { addNewAnchors, MANIFEST_FILE, serializeManifest } from '../src/lib/permalinks';

const dist = resolve(process.argv[2] ?? 'dist');
const { manifest, added } = addNewAnchors(readManifest(), builtAnchors(dist));
writeFileSync(resolve(MANIFEST_FILE), serializeManifest(manifest));
console.log(
  added === 0 ? `${MANIFEST_FILE} already lists every page and anchor of ${dist}.` : `${MANIFEST_FILE}: added ${added} page(s)/anchor(s) from ${dist}.`,
);
