import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { toResolvedImage, toWindowsVersion } from '../types/mappers';
import { ArchEnum, HostKindEnum } from '../types/enums';
import { CompatibilityType } from '../types/compatibility.type';
import { ResolvedImageType } from '../types/image.type';
import { WindowsVersionType } from '../types/windows-version.type';

@Resolver()
export class CompatibilityResolver {
  @Query(() => WindowsVersionType, { description: 'Reads a host version in any form a person pastes: 10.0.17763.4010, ver output, BuildLabEx, kubectl kernel version, product names, version codes, ltsc names, KB numbers.' })
  async windowsVersion(
    @Ctx() ctx: Context,
    @Arg('input', () => String) input: string,
    @Arg('hostKind', () => HostKindEnum, { nullable: true }) hostKind?: HostKindEnum,
    @Arg('hostArch', () => ArchEnum, { nullable: true }) hostArch?: ArchEnum,
  ): Promise<WindowsVersionType> {
    return toWindowsVersion(await ctx.compatibility.windowsVersion(input, { kind: hostKind, arch: hostArch }));
  }

  @Query(() => ResolvedImageType, { description: 'What an image reference resolves to: repository, tag, Windows build and revision, architecture, release.' })
  async resolveImage(
    @Ctx() ctx: Context,
    @Arg('reference', () => String) reference: string,
    @Arg('imageOsVersion', () => String, { nullable: true }) imageOsVersion?: string,
  ): Promise<ResolvedImageType> {
    return toResolvedImage(await ctx.compatibility.resolveImage(reference, imageOsVersion ?? undefined));
  }

  @Query(() => CompatibilityType, { description: 'Can the image run on the host, with which isolation, why, and how to fix it.' })
  async canRun(
    @Ctx() ctx: Context,
    @Arg('host', () => String) host: string,
    @Arg('image', () => String) image: string,
    @Arg('hostKind', () => HostKindEnum, { nullable: true }) hostKind?: HostKindEnum,
    @Arg('hostArch', () => ArchEnum, { nullable: true }) hostArch?: ArchEnum,
    @Arg('imageOsVersion', () => String, { nullable: true }) imageOsVersion?: string,
  ): Promise<CompatibilityType> {
    const verdict = await ctx.compatibility.canRun({ host, image, kind: hostKind ?? undefined, arch: hostArch ?? undefined, imageOsVersion: imageOsVersion ?? undefined });
    return { ...verdict, host: toWindowsVersion(verdict.host), image: toResolvedImage(verdict.image) } as unknown as CompatibilityType;
  }
}
