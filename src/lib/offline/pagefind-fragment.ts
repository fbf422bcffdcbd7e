import { gunzipSync } from 'node:zlib';

/** The parts of a Pagefind fragment (one per indexed page or custom record) that we read. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: Array<{ element: string; id: string; text: string; location: number }>;
}

const SIGNATURE = 'pagefind_dcd';

/** Pagefind writes fragments gzipped, behind a 12-byte signature. */
export function decodeFragment(bytes: Uint8Array): PagefindFragment {
  const raw = Buffer.from(gunzipSync(bytes));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('Not a Pagefind fragment (no pagefind_dcd signature).');
  return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as PagefindFragment;
}
