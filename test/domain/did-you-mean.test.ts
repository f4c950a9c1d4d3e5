import { didYouMean, lexicalDistance, suggestionList } from '../../src/domain/did-you-mean';

describe('suggestionList', () => {
  it.each([
    ['ltsc2023', ['ltsc2016', 'ltsc2019', 'ltsc2022', 'ltsc2025', '1809'], ['ltsc2022', 'ltsc2025', 'ltsc2016', 'ltsc2019']],
    ['LTSC2019', ['ltsc2019', 'ltsc2022'], ['ltsc2019', 'ltsc2022']],
    ['windows sever 2019', ['windows 10 1809', 'windows server 2019'], ['windows server 2019', 'windows 10 1809']],
    ['zzzz', ['ltsc2019', '1809'], []],
  ])('suggests for %s', (input, options, expected) => {
    expect(suggestionList(input, options)).toEqual(expected);
  });

  it('counts a transposition as one edit and case alone as one', () => {
    expect(lexicalDistance('1890', '1809', 3)).toBe(1);
    expect(lexicalDistance('20h2', '20H2', 3)).toBe(1);
    expect(lexicalDistance('abc', 'abc', 0)).toBe(0);
    expect(lexicalDistance('a'.repeat(200), 'b', 3)).toBeUndefined();
  });

  it('formats the hint like graphql-js', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['a'])).toBe(' Did you mean "a"?');
    expect(didYouMean(['a', 'b', 'c'])).toBe(' Did you mean "a", "b" or "c"?');
  });
});
