import { formatImageReference, parseImageReference } from '../../src/domain/image-reference';
import { BAD_IMAGE_REFERENCES, IMAGE_REFERENCES } from '../fixtures/image-references';

describe('parseImageReference', () => {
  it.each(IMAGE_REFERENCES)('parses %s', (input, registry, path, tag, digest) => {
    const r = parseImageReference(input);
    expect(r).toEqual({ ok: true, value: { input, registry, path, repository: `${registry}/${path}`, tag, digest } });
  });

  it.each(IMAGE_REFERENCES)('normalised form of %s parses to itself', (input) => {
    const r = parseImageReference(input);
    if (!r.ok) throw new Error(r.error.message);
    const again = parseImageReference(formatImageReference(r.value));
    expect(again.ok && { ...again.value, input: '' }).toEqual({ ...r.value, input: '' });
    expect(again.ok && formatImageReference(again.value)).toBe(formatImageReference(r.value));
  });

  it.each(BAD_IMAGE_REFERENCES)('rejects %j naming the bad part (%s)', (input, fragment) => {
    const r = parseImageReference(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_IMAGE_REFERENCE');
    expect(r.error.input).toBe(input);
    expect(r.error.message).toContain(fragment);
  });

  it('suggests the lower-case spelling', () => {
    const r = parseImageReference('mcr.microsoft.com/Windows/ServerCore:ltsc2019');
    expect(!r.ok && r.error.suggestions).toEqual(['mcr.microsoft.com/windows/servercore:ltsc2019']);
  });
});
