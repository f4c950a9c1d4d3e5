import { LTSC2022 } from '../../windows-builds';
import { SOURCES } from '../sources';
import { type CompatRule, decide, imageBuild } from '../rule';

/**
 * The Windows Server 2025 table marks Windows Server 2022 images ✅ for process isolation, and a
 * Windows Server, version 23H2 host "only supports the Windows Server 2022 LTSC container image"
 * (portability.md): server hosts after 2022 run ltsc2022 images through the stable ABI.
 */
export const serverStableAbi: CompatRule = {
  id: 'server-stable-abi',
  title: 'Windows Server hosts newer than 2022 run Windows Server 2022 images with process isolation (stable ABI)',
  source: `${SOURCES.compatPage}; ${SOURCES.portability}`,
  evaluate: (ctx) => {
    const { host } = ctx;
    if (host.kind !== 'server' || imageBuild(ctx) !== LTSC2022 || host.version.build <= LTSC2022) return null;
    return decide(
      'SUPPORTED',
      `${host.release?.name ?? `Build ${host.version.build}`} runs Windows Server 2022 images with process isolation through the stable ABI (the Windows Server 2025 table marks it ✅; portability.md for version 23H2).`,
    );
  },
};
