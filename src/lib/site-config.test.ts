import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_KINDS } from '../schemas/source-meta';
import { loadSiteConfig, parseSiteConfig } from './site-config';

const GOOD = 'title: Harbour Notes\ntagline: Fares explained\nlang: en-GB\ntopics:\n  - { id: fares, label: Fares }\n';

describe('parseSiteConfig', () => {
  it('returns the settings of a valid file', () => {
    expect(parseSiteConfig(GOOD)).toEqual({
      title: 'Harbour Notes',
      tagline: 'Fares explained',
      lang: 'en-GB',
      topics: [{ id: 'fares', label: 'Fares' }],
      sourceKinds: [...DEFAULT_SOURCE_KINDS],
    });
  });

  it("takes the corpus's own kinds of source", () => {
    expect(parseSiteConfig(`${GOOD}sourceKinds: [licence, statute, web page]\n`).sourceKinds).toEqual(['licence', 'statute', 'web page']);
    expect(() => parseSiteConfig(`${GOOD}sourceKinds: [licence, licence]\n`)).toThrow('Invalid site settings in `sourceKinds`: Source kinds must be unique.');
    expect(() => parseSiteConfig(`${GOOD}sourceKinds: []\n`)).toThrow(/Invalid site settings in `sourceKinds`/);
  });

  it('points at the wrong field with file:line:col, the reason and a hint', () => {
    expect(() => parseSiteConfig(GOOD.replace('en-GB', 'English'), 'content/site.yaml')).toThrow(
      'content/site.yaml:3:7  Invalid site settings in `lang`: Use a BCP 47 language tag such as "en" or "en-GB".\n  hint: Every setting is described in src/schemas/site-config.ts.',
    );
    expect(() => parseSiteConfig(GOOD.replace('title: Harbour Notes\n', ''))).toThrow(/^content\/site\.yaml:1:1 {2}Invalid site settings in `title`/);
  });

  it('rejects repeated topic ids and unknown fields', () => {
    expect(() => parseSiteConfig(`${GOOD}  - { id: fares, label: Again }\n`)).toThrow('Invalid site settings in `topics`: Topic ids must be unique.');
    expect(() => parseSiteConfig(`${GOOD}colour: blue\n`)).toThrow(/Invalid site settings in `the file`: Unrecognized key: "colour"/);
  });
});

describe('loadSiteConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses a file once and again after it changed', () => {
    const file = join(dir, 'site.yaml');
    writeFileSync(file, GOOD);
    const first = loadSiteConfig(file);
    expect(loadSiteConfig(file)).toBe(first);
    writeFileSync(file, GOOD.replace('Harbour Notes', 'Harbour News!'));
    expect(loadSiteConfig(file).title).toBe('Harbour News!');
  });
});
