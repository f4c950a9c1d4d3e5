import type { HostSpec } from '../host';
import type { ImageSpec } from '../image';
import type { ReleaseCatalog } from '../release-catalog';
import type { Support } from './verdict';

export interface CompatContext {
  readonly host: HostSpec;
  readonly image: ImageSpec;
  readonly catalog: ReleaseCatalog;
}

/**
 * What a rule says about one pair: it decides the verdict, or it adds a caveat and
 * lets the later rules decide. A rule that does not apply returns null.
 */
export type RuleOutcome = { readonly decide: Support; readonly text: string } | { readonly caveat: string };

/** One rule of the compatibility page (or of a page it links), in words and in code. */
export interface CompatRule {
  readonly id: string;
  /** What the rule says, as a person would put it. */
  readonly title: string;
  readonly source: string;
  evaluate(ctx: CompatContext): RuleOutcome | null;
}

/** An image whose build is known: the rules after `image-version-must-be-known` may assume it. */
export const imageBuild = (ctx: CompatContext): number => {
  if (ctx.image.build === null) throw new Error('Invariant violation: rule ran on an image of unknown build');
  return ctx.image.build;
};

export const decide = (support: Support, text: string): RuleOutcome => ({ decide: support, text });
export const caveat = (text: string): RuleOutcome => ({ caveat: text });
