import { LTSC2016 } from '../../windows-builds';
import { SOURCES } from '../sources';
import { type CompatRule, decide } from '../rule';

/** "Windows Server 2016 and Windows 10 Anniversary Update (both version 14393) were the first
 *  Windows releases that could build and run Windows Server containers." */
export const containersNeed14393: CompatRule = {
  id: 'containers-need-14393',
  title: 'Windows containers need build 14393 (Windows Server 2016 / Windows 10 1607) or later on the host',
  source: SOURCES.compatPage,
  evaluate: ({ host }) =>
    host.version.build < LTSC2016
      ? decide(
          'UNSUPPORTED',
          `The host is build ${host.version.build}; Windows containers first ran on build ${LTSC2016} (Windows Server 2016 and Windows 10 1607).`,
        )
      : null,
};
