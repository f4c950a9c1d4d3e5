/**
 * Named Windows build numbers that the rules refer to, in the manner of
 * hcsshim's osversion/windowsbuilds.go. Each line names the release and where
 * the number comes from. The catalog (releases.json) holds every release; these
 * are only the ones a rule needs by name.
 */

/** Windows Server 2016 / Windows 10 1607: the first builds that run Windows containers.
 *  learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility */
export const LTSC2016 = 14393;

/** Windows Server, version 1709 (SAC). hcsshim RS3. */
export const V1709 = 16299;

/** Windows Server, version 1803 (SAC). hcsshim RS4. */
export const V1803 = 17134;

/** Windows Server 2019 / version 1809 / Windows 10 1809. hcsshim RS5.
 *  From this build on, host and image revisions need not match (version-compatibility). */
export const LTSC2019 = 17763;

/** Windows Server, version 1903 / 1909 (SAC). hcsshim V19H1 / V19H2. */
export const V1903 = 18362;
export const V1909 = 18363;

/** Windows Server 2022. hcsshim V21H2Server. The first image build with a stable ABI
 *  (portability.md: later hosts run it with process isolation). */
export const LTSC2022 = 20348;

/** Windows 11 original release (21H2). hcsshim V21H2Win11. Client builds from here on are Windows 11. */
export const WIN11_21H2 = 22000;

/** Windows Server, version 23H2 (Annual Channel). hcsshim V23H2. Runs only ltsc2022 images (portability.md). */
export const V23H2 = 25398;

/** Windows Server 2025 / Windows 11 24H2. hcsshim V25H1Server. */
export const LTSC2025 = 26100;

/** Patch Tuesday of February 2020 ("2B"), a user/kernel interface change: a host and an image on
 *  opposite sides of it do not work together. update-containers.md, KB4542617. The revision of
 *  the first update at or after the baseline, per build, from the update history (kb.csv):
 *  KB4537764 14393.3504, KB4532691 17763.1039 (the container-only image is 17763.1040),
 *  KB4532693 18362.657 / 18363.657. */
export const FEB_2020_BASELINE: Readonly<Record<number, number>> = Object.freeze({
  [LTSC2016]: 3504,
  [LTSC2019]: 1039,
  [V1903]: 657,
  [V1909]: 657,
});
