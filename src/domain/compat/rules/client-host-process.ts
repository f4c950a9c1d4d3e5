import { LTSC2022, LTSC2025, WIN11_21H2 } from '../../windows-builds';
import { SOURCES } from '../sources';
import { type CompatRule, decide, imageBuild } from '../rule';

/**
 * The client tables. Windows 10: process isolation ❌ for every image. Windows 11: Windows Server
 * 2022 images (a preview, per the page's NOTE) and Windows Server 2025 images from 24H2 (build 26100)
 * on (footnote 1, which prints "Build 2600", a typo for 26100).
 */
export const clientHostProcess: CompatRule = {
  id: 'client-host-process',
  title: 'Client hosts follow the Windows 10 and Windows 11 tables for process isolation',
  source: SOURCES.compatPage,
  evaluate: (ctx) => {
    const { host } = ctx;
    if (host.kind !== 'client') return null;
    const build = imageBuild(ctx);
    if (host.version.build < WIN11_21H2) {
      return decide('UNSUPPORTED', 'The Windows 10 table marks process isolation ❌ for every Windows Server image; Windows 10 runs containers with Hyper-V isolation.');
    }
    if (build === LTSC2022) {
      return decide('PREVIEW', 'Windows 11 runs Windows Server 2022 images with process isolation as a preview (the page\'s NOTE: "available in preview for Windows 11 with Windows Server 2022 images").');
    }
    if (build === LTSC2025 && host.version.build >= LTSC2025) {
      return decide('SUPPORTED', 'The Windows 11 table marks Windows Server 2025 images ✅ for process isolation from Windows 11 24H2 (build 26100) onwards.');
    }
    return decide('UNSUPPORTED', `Windows 11 runs only Windows Server 2022 images, and Windows Server 2025 images from 24H2 on, with process isolation; this image is build ${build}.`);
  },
};
