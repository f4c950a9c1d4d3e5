import { findDerivedBase } from '../../src/domain/derived-image-tag';
import { formatMcrTag, parseMcrTag } from '../../src/domain/mcr-tag';
import { BAD_MCR_TAGS, DERIVED_IMAGE_TAGS, MCR_TAGS } from '../fixtures/mcr-tags';

describe('parseMcrTag', () => {
  it.each(MCR_TAGS)('parses %s', (tag, expected) => {
    expect(parseMcrTag(tag)).toEqual({ ok: true, value: expected });
  });

  it.each(MCR_TAGS.filter(([t]) => !t.includes('_')))('round-trips %s', (tag) => {
    const r = parseMcrTag(tag);
    expect(r.ok && formatMcrTag(r.value)).toBe(tag);
  });

  it.each(BAD_MCR_TAGS)('rejects %s with %s', (tag, code, suggestion) => {
    const r = parseMcrTag(tag);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    if (suggestion) expect(r.error.suggestions).toContain(suggestion);
  });

  it('says when latest stopped', () => {
    const r = parseMcrTag('latest');
    expect(!r.ok && r.error.message).toContain('2019-04-16');
  });
});

describe('findDerivedBase', () => {
  it.each(DERIVED_IMAGE_TAGS)('finds the base in %s', (tag, base, releaseCode, build, revision) => {
    expect(findDerivedBase(tag)).toEqual({ base, releaseCode, build, revision });
  });

  it.each(['1.0', 'lts', '8.0-alpine', 'nanoserver', 'windowsservercore-ltsc2023', '4.8'])('finds none in %s', (tag) => {
    expect(findDerivedBase(tag)).toBeNull();
  });
});
