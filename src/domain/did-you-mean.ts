/**
 * Near-miss suggestions, after graphql-js `suggestionList` and `didYouMean`:
 * options within a lexical distance of 40% of the input's length (plus one),
 * closest first. The distance is Damerau-Levenshtein (optimal string alignment),
 * and a difference of case alone counts as 1, so "LTSC2019" suggests "ltsc2019".
 */
const MAX_SUGGESTIONS = 5;

export function suggestionList(input: string, options: readonly string[], max = MAX_SUGGESTIONS): string[] {
  const threshold = Math.floor(input.length * 0.4) + 1;
  const distances = new Map<string, number>();
  for (const option of new Set(options)) {
    const d = lexicalDistance(input, option, threshold);
    if (d !== undefined) distances.set(option, d);
  }
  return [...distances.keys()]
    .sort((a, b) => distances.get(a)! - distances.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, max);
}

/** ` Did you mean "a" or "b"?`, or the empty string when there is nothing to suggest. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.slice(0, MAX_SUGGESTIONS).map((s) => `"${s}"`);
  const list =
    quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` Did you mean ${list}?`;
}

/** Distance, or undefined when it is over `threshold` (checked early so long inputs stay cheap). */
export function lexicalDistance(a: string, b: string, threshold: number): number | undefined {
  if (a === b) return 0;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return 1;
  if (Math.abs(x.length - y.length) > threshold) return undefined;
  // Three rolling rows of a typed array: this runs for every option on every miss.
  const width = y.length + 1;
  let prev2 = new Uint16Array(width);
  let prev = Uint16Array.from({ length: width }, (_, j) => j);
  let row = new Uint16Array(width);
  for (let i = 1; i <= x.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1;
      let d = prev[j] + 1;
      if (row[j - 1] + 1 < d) d = row[j - 1] + 1;
      if (prev[j - 1] + cost < d) d = prev[j - 1] + cost;
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1] && prev2[j - 2] + 1 < d) d = prev2[j - 2] + 1;
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > threshold) return undefined;
    [prev2, prev, row] = [prev, row, prev2];
  }
  const distance = prev[y.length];
  return distance <= threshold ? distance : undefined;
}
