import { SOURCES } from '../sources';
import { type CompatRule, decide } from '../rule';

/** Every other rule compares builds: without the image's build there is nothing to compare, and we never guess. */
export const imageVersionMustBeKnown: CompatRule = {
  id: 'image-version-must-be-known',
  title: "The image's Windows build must be known to judge it",
  source: SOURCES.compatPage,
  evaluate: ({ image }) =>
    image.build === null
      ? decide(
          'UNKNOWN',
          `The Windows version of ${image.reference.repository} is unknown: it is not a Microsoft base image and no imageOsVersion was given. ` +
            `Run docker inspect --format "{{.OsVersion}}" on it and pass the result as imageOsVersion.`,
        )
      : null,
};
