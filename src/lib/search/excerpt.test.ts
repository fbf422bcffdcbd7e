import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt';

describe('excerptParts', () => {
  it('keeps <mark> as marked runs and everything else as text', () => {
    expect(excerptParts('laid out in a <mark>22-page</mark> document')).toEqual([
      { text: 'laid out in a ', marked: false },
      { text: '22-page', marked: true },
      { text: ' document', marked: false },
    ]);
  });

  it('joins neighbouring marks into one run', () => {
    expect(excerptParts('<mark>zero</mark> <mark>days</mark>')).toEqual([
      { text: 'zero', marked: true },
      { text: ' ', marked: false },
      { text: 'days', marked: true },
    ]);
  });

  it('turns any other markup into inert text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark><script>x</script></mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: '<script>x</script>', marked: true },
    ]);
  });

  it('decodes entities once, so escaped text reads as written', () => {
    expect(excerptParts('AT&amp;T &lt;b&gt; &#8220;keys&#x201D; &amp;lt;')).toEqual([{ text: 'AT&T <b> “keys” &lt;', marked: false }]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
