import { describeHost, describeImage } from './describe';
import type { CompatContext } from './rule';
import type { Isolation, IsolationVerdict } from './verdict';

const lastReason = (v: IsolationVerdict): string => v.reasons[v.reasons.length - 1].text;

/** Process isolation when it is supported, else Hyper-V when that is, else a process preview, else nothing. */
export function recommendIsolation(process: IsolationVerdict, hyperv: IsolationVerdict): Isolation | null {
  if (process.support === 'SUPPORTED') return 'process';
  if (hyperv.support === 'SUPPORTED') return 'hyperv';
  if (process.support === 'PREVIEW') return 'process';
  return null;
}

/** One sentence a chatbot can say as it is: the answer first, then the deciding reason. */
export function summarize(ctx: CompatContext, process: IsolationVerdict, hyperv: IsolationVerdict): string {
  const subject = `${describeImage(ctx.image)} on ${describeHost(ctx.host)}`;
  const p = process.support;
  const h = hyperv.support;
  if (p === 'SUPPORTED' && h === 'SUPPORTED') return `Yes: ${subject} runs with process isolation, and with Hyper-V isolation.`;
  if (p === 'SUPPORTED') return `Yes, with process isolation: ${subject}. Hyper-V isolation: ${h.toLowerCase()} (${lastReason(hyperv)})`;
  if (p === 'PREVIEW' && h === 'SUPPORTED') return `Yes with Hyper-V isolation; process isolation is only a preview: ${subject}. ${lastReason(process)}`;
  if (h === 'SUPPORTED') return `Only with Hyper-V isolation: ${subject}. ${lastReason(process)}`;
  if (p === 'UNKNOWN' || h === 'UNKNOWN') {
    const unknown = p === 'UNKNOWN' ? process : hyperv;
    return `Cannot tell yet: ${subject}. ${lastReason(unknown)}`;
  }
  if (p === 'PREVIEW') return `Only as a preview with process isolation: ${subject}. ${lastReason(process)}`;
  return `No: ${subject} runs in neither isolation mode. ${lastReason(process)}`;
}
