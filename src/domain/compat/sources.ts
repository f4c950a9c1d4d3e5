/**
 * The documents the rules implement, cited by every reason and note so that a
 * person can check the verdict against its source.
 */
export const SOURCES = Object.freeze({
  compatPage:
    'Microsoft Learn, "Windows container version compatibility" (ms.date 2025-01-23), https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility',
  compatPageZh: 'Microsoft Learn, "Windows 容器版本兼容性" (older Chinese edition, before Windows Server 2025)',
  compatPageHistory: 'Microsoft Learn, version-compatibility.md history (MicrosoftDocs/Virtualization-Documentation)',
  updateContainers:
    'Microsoft Learn, "Update Windows Server containers" and KB4542617 (the February 2020 "2B" baseline), https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/update-containers',
  portability:
    'Microsoft Learn, "Portability for containers" (Windows Server, version 23H2), https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/portability',
  hypervContainer:
    'Microsoft Learn, "Hyper-V isolation" (hyperv-container.md), https://learn.microsoft.com/virtualization/windowscontainers/manage-containers/hyperv-container',
  hcsshim: 'microsoft/hcsshim osversion/platform_compat_windows.go (CheckHostAndContainerCompat)',
  containerdPlatforms: 'containerd/platforms platform_windows_compat.go (v1.0.0-rc.4 and the rc.5 fix bacc690)',
  mobyPull: 'moby/moby daemon/internal/distribution/pull_v2_windows.go (checkImageCompatibility)',
  mobyDaemon: 'moby/moby daemon/daemon_windows.go (checkSystem: Windows build 17763 or higher is required)',
  kubernetes: 'Kubernetes docs, "Guide for running Windows containers" (node.kubernetes.io/windows-build)',
  fieldReports: 'GitHub issues (field reports, not documentation)',
});
