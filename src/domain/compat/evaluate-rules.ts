import type { CompatContext } from './rule';
import { RULES } from './rule-lists';
import type { Isolation, IsolationVerdict, Reason } from './verdict';

/** Asks the rules of one isolation mode in order; the first decision is the verdict, with the caveats before it. */
export function evaluateIsolation(ctx: CompatContext, isolation: Isolation): IsolationVerdict {
  const reasons: Reason[] = [];
  for (const rule of RULES[isolation]) {
    const outcome = rule.evaluate(ctx);
    if (outcome === null) continue;
    if ('caveat' in outcome) {
      reasons.push({ rule: rule.id, text: outcome.caveat, source: rule.source });
      continue;
    }
    reasons.push({ rule: rule.id, text: outcome.text, source: rule.source });
    return { isolation, support: outcome.decide, reasons };
  }
  throw new Error(`Invariant violation: no ${isolation} rule decided`);
}
