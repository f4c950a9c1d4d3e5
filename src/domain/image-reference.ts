/**
 * Image references, by the grammar of distribution/reference (reference.go):
 *
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [ domain "/" ] path
 *   domain           := host [ ":" port ]
 *   host             := domain-component ( "." domain-component )* | "[" ipv6 "]"
 *   domain-component := /[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]/
 *   port             := /[0-9]{1,5}/
 *   path             := path-component ( "/" path-component )*
 *   path-component   := alpha-numeric ( separator alpha-numeric )*
 *   alpha-numeric    := /[a-z0-9]+/
 *   separator        := /[_.]|__|[-]+/
 *   tag              := /[\w][\w.-]{0,127}/
 *   digest           := algorithm ":" hex
 *   algorithm        := component ( [+._-] component )*
 *   component        := [A-Za-z] [A-Za-z0-9]*
 *   hex              := /[0-9a-fA-F]{32,}/   (sha256: exactly 64)
 *
 * The first path segment is a domain when it holds "." or ":" or is "localhost"
 * (splitDockerDomain). The name is at most 255 characters. Normalisation, as
 * ParseNormalizedNamed does: no domain means docker.io, and a single docker.io
 * name gets "library/".
 */
import { domainError, type DomainError } from './errors';
import type { ImageReference } from './image';
import { err, ok, type Result } from './result';
import { clip } from './windows-version';

const MAX_INPUT = 1024;
const MAX_NAME = 255;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,253}[a-zA-Z0-9])$/;
const IPV6 = /^\[[0-9a-fA-F:.]{2,45}\]$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[+._-][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

export function parseImageReference(input: string, field = 'image'): Result<ImageReference, DomainError> {
  const bad = (why: string, suggestions?: string[]) =>
    err(
      domainError('INVALID_IMAGE_REFERENCE', `${field} "${clip(input)}" is not an image reference: ${why}`, input, {
        field,
        ...(suggestions ? { suggestions } : {}),
      }),
    );
  if (input.length > MAX_INPUT) return bad(`longer than ${MAX_INPUT} characters`);
  const text = input.trim();
  if (text === '') return bad('it is empty');
  if (/\s/.test(text)) return bad('it contains whitespace');

  const at = text.indexOf('@');
  const digest = at < 0 ? null : text.slice(at + 1);
  const nameAndTag = at < 0 ? text : text.slice(0, at);
  if (digest !== null && !DIGEST.test(digest)) return bad(`digest "${clip(digest)}" is not algorithm:hex`);
  if (digest !== null && digest.startsWith('sha256:') && digest.length !== 'sha256:'.length + 64)
    return bad('a sha256 digest has exactly 64 hex digits');

  const colon = nameAndTag.lastIndexOf(':');
  const hasTag = colon > nameAndTag.lastIndexOf('/');
  const name = hasTag ? nameAndTag.slice(0, colon) : nameAndTag;
  const tag = hasTag ? nameAndTag.slice(colon + 1) : null;
  if (tag !== null && !TAG.test(tag))
    return bad(`tag "${clip(tag)}" must be 1-128 letters, digits, "_", "." or "-", not starting with "." or "-"`);
  if (name === '') return bad('the repository name is missing');
  if (name.length > MAX_NAME) return bad(`the repository name is longer than ${MAX_NAME} characters`);

  const segments = name.split('/');
  const first = segments[0];
  const hasDomain = segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const pathSegments = hasDomain ? segments.slice(1) : segments;
  if (hasDomain) {
    const problem = domainProblem(first);
    if (problem) return bad(problem);
  }
  for (const component of pathSegments) {
    if (component === '') return bad('the path has an empty component (check the slashes)');
    if (!PATH_COMPONENT.test(component)) {
      if (PATH_COMPONENT.test(component.toLowerCase()))
        return bad(`path component "${clip(component)}" must be lower-case`, [
          [...(hasDomain ? [first] : []), ...pathSegments.map((s) => s.toLowerCase())].join('/') +
            (tag === null ? '' : `:${tag}`),
        ]);
      return bad(`path component "${clip(component)}" must be lower-case letters and digits, separated by ".", "_", "__" or "-"`);
    }
  }

  let registry = hasDomain ? first : 'docker.io';
  if (registry === 'index.docker.io') registry = 'docker.io';
  const path = registry === 'docker.io' && pathSegments.length === 1 ? `library/${pathSegments[0]}` : pathSegments.join('/');
  return ok({ input, registry, path, repository: `${registry}/${path}`, tag, digest });
}

function domainProblem(domain: string): string | null {
  const portAt = domain.startsWith('[') ? domain.indexOf(']:') + 1 : domain.lastIndexOf(':');
  const host = portAt > 0 ? domain.slice(0, portAt) : domain;
  const port = portAt > 0 ? domain.slice(portAt + 1) : null;
  if (port !== null && !/^\d{1,5}$/.test(port)) return `registry port "${clip(port)}" must be a number`;
  if (IPV6.test(host)) return null;
  const bad = host.split('.').find((c) => !DOMAIN_COMPONENT.test(c));
  return bad === undefined ? null : `registry "${clip(domain)}" is not a host name`;
}

/** The reference written back in full, e.g. `mcr.microsoft.com/windows/servercore:ltsc2022`. */
export const formatImageReference = (r: ImageReference): string =>
  `${r.repository}${r.tag === null ? '' : `:${r.tag}`}${r.digest === null ? '' : `@${r.digest}`}`;
