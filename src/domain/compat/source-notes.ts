import { LTSC2019, LTSC2022, LTSC2025, V1709, V1803, WIN11_21H2 } from '../windows-builds';
import type { CompatContext } from './rule';
import { SOURCES } from './sources';
import type { SourceNote } from './verdict';

type NoteRule = (ctx: CompatContext) => SourceNote | null;

const note = (id: string, text: string, ...sources: string[]): SourceNote => ({ id, text, sources });

/**
 * Where Microsoft's page, the container runtimes and field reports disagree about a pair. The verdict
 * follows the page; each note says what the others say, so nobody is surprised by a runtime.
 */
const NOTE_RULES: readonly NoteRule[] = [
  ({ host, image }) =>
    host.kind === 'client' && host.version.build >= WIN11_21H2 && image.build === LTSC2022
      ? note('win11-ws2022-preview', "The Windows 11 table marks Windows Server 2022 images ✅ for process isolation, but the page's NOTE, its older Chinese edition (✔ 预览版) and hcsshim call it a preview. We answer PREVIEW.", SOURCES.compatPage, SOURCES.compatPageZh, SOURCES.hcsshim)
      : null,
  ({ host, image }) =>
    host.kind === 'server' && host.version.build > LTSC2022 && image.build === LTSC2022
      ? note('ws2025-table-vs-text', 'The page\'s text still says only "WS2022 + Windows 11" is exempt from the same-build rule, but its Windows Server 2025 table marks WS2022 images ✅ for process isolation, and hcsshim and containerd allow it. We follow the table.', SOURCES.compatPage, SOURCES.hcsshim)
      : null,
  ({ host, image }) =>
    host.version.build > LTSC2025 && image.build !== null && image.build >= LTSC2022 && image.build < host.version.build
      ? note('runtimes-after-26100', `containerd/platforms up to v1.0.0-rc.4 and hcsshim's osversion reject build ${image.build} images with process isolation on hosts newer than 26100; containerd/platforms rc.5 (Docker since 2026-08) accepts them. An older runtime may refuse what the page allows.`, SOURCES.containerdPlatforms, SOURCES.hcsshim)
      : null,
  ({ host, image }) =>
    host.kind === 'client' && host.version.build > LTSC2025 && image.build === LTSC2025
      ? note('win11-ws2025-field-report', 'Users report ltsc2025 images failing on Windows 11 25H2 in both isolation modes (0xc0370112, microsoft/hcsshim#2566, open); the page marks them ✅ from 24H2 on.', SOURCES.fieldReports, SOURCES.compatPage)
      : null,
  ({ host, image }) =>
    host.kind === 'client' && host.version.build < WIN11_21H2 && image.build === host.version.build
      ? note('win10-process-isolation', 'hyperv-container.md says Windows 10 1809 and later can run process isolation when host and image versions match, and older editions of the page marked Windows 10 2004/20H2 ✅; the current Windows 10 table marks process isolation ❌. We follow the current table.', SOURCES.hypervContainer, SOURCES.compatPageHistory, SOURCES.compatPage)
      : null,
  ({ image }) =>
    image.build === V1709 || image.build === V1803
      ? note('revision-rule-before-1809', 'The page says the same-revision rule stops applying from 1809 on, but heads it "Windows Server 2016", and its Kubernetes example says version 1709 only needs the build to match. We require only the build for 1709 and 1803.', SOURCES.compatPage)
      : null,
  ({ host, image }) =>
    image.build !== null && image.build > host.version.build
      ? note('docker-blocks-newer-pull', `Docker refuses even to pull it ("a Windows version 10.0.${image.build}-based image is incompatible with a 10.0.${host.version.build} host"), in either isolation mode.`, SOURCES.mobyPull)
      : null,
  ({ host }) =>
    host.version.build < LTSC2019
      ? note('docker-needs-17763', 'Current Docker Engine refuses to start on Windows builds before 17763 ("Windows build 17763 or higher is required"); the page still lists Windows Server 2016 as a host. Use the engine your vendor supports there.', SOURCES.mobyDaemon, SOURCES.compatPage)
      : null,
  ({ host, image }) =>
    image.build !== null && image.build === host.version.build && image.build >= LTSC2019 &&
    image.revision !== null && host.version.revision !== null && image.revision > host.version.revision
      ? note('image-patched-after-host', `The image (revision ${image.revision}) is patched later than the host (revision ${host.version.revision}). The page says revisions need not match, but users report such pairs failing with 0xc0370106 until the host is updated (microsoft/Windows-Containers#591, docker/for-win#14287). Keep hosts patched at least as far as images.`, SOURCES.compatPage, SOURCES.fieldReports)
      : null,
];

export const sourceNotes = (ctx: CompatContext): SourceNote[] =>
  NOTE_RULES.map((rule) => rule(ctx)).filter((n): n is SourceNote => n !== null);
