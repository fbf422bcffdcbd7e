import { describe, expect, it } from 'vitest';
import { pageFrontmatter } from '../schemas/page-frontmatter';
import { checkFrontmatter } from './check-frontmatter';

const schema = pageFrontmatter(['rules', 'general']);
const good = 'title: T\ndescription: A description long enough to pass.\ntopic: rules\nkind: explainer\nupdated: 2026-11-23\n';
const message = (text: string) => {
  try {
    checkFrontmatter(text, 'content/pages/x.md', schema);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('checkFrontmatter', () => {
  it('accepts valid frontmatter', () => {
    expect(message(`---\n${good}---\n\nBody.\n`)).toBe('');
  });

  it('points at the line and column of a wrong value', () => {
    expect(message(`---\n${good.replace('topic: rules', 'topic: nonsense')}---\nBody\n`)).toBe(
      'content/pages/x.md:4:8  Invalid frontmatter in `topic`: Unknown topic "nonsense"; content/site.yaml lists: rules, general.\n' +
        '  hint: Every field is described in src/schemas/page-frontmatter.ts; topics are listed in content/site.yaml.',
    );
  });

  it('names every wrong field of the page at once', () => {
    const text = `---\n${good.replace('topic: rules', 'topic: nonsense').replace('kind: explainer', 'kind: essay')}---\n`;
    expect(message(text)).toMatch(
      /^2 errors:\n\ncontent\/pages\/x\.md:4:8 {2}Invalid frontmatter in `topic`.*\n\ncontent\/pages\/x\.md:5:7 {2}Invalid frontmatter in `kind`/s,
    );
  });

  it('names a missing field', () => {
    expect(message(`---\n${good.replace(/^description:.*\n/m, '')}---\n`)).toMatch(/^content\/pages\/x\.md:1:1 {2}Frontmatter is missing `description`\./);
  });

  it('rejects unknown fields and malformed YAML with positions', () => {
    expect(message(`---\n${good}color: red\n---\n`)).toMatch(/^content\/pages\/x\.md:7:1 {2}Unknown frontmatter field `color`\./);
    expect(message('---\ntitle: [oops\n---\n')).toMatch(/^content\/pages\/x\.md:\d+:\d+ {2}Malformed YAML/);
  });

  it('says a present but invalid date is invalid, where it is written', () => {
    expect(message(`---\n${good.replace('2026-11-23', '2026-13-45')}---\n`)).toMatch(/^content\/pages\/x\.md:6:10 {2}Invalid frontmatter in `updated`/);
  });

  it('names a byte-order mark instead of saying the frontmatter is missing', () => {
    expect(message(`\uFEFF---\n${good}---\n`)).toMatch(
      /^content\/pages\/x\.md:1:1 {2}The file starts with a byte-order mark.*\n {2}hint: Save the file as UTF-8 without BOM/,
    );
  });

  it('requires a frontmatter block', () => {
    expect(message('# Just a heading\n')).toMatch(/^content\/pages\/x\.md:1:1 {2}The page has no frontmatter\./);
  });
});
