import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../components/citation';

// The card renders a source as a link only when safeUrl returns something: anything but an absolute http(s) URL must
// come back undefined, whatever the glossary or an imported user term holds.
describe('safeUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/0f1e2d3c',
    'ftp://example.com/file',
    'chrome://settings',
    'about:blank',
    '/relative/path',
    'relative/path',
    '//example.com/protocol-relative',
    '#anchor',
    '?q=1',
    'http//missing-colon.example',
    'http://',
    'https://',
    'https://exa mple.com/',
    'https://[::1',
    '',
    undefined,
  ])('rejects %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it.each([
    ['https://www.cac.gov.cn/', 'https://www.cac.gov.cn/'],
    ['http://www.npc.gov.cn/npc/c30834/201611/x.shtml', 'http://www.npc.gov.cn/npc/c30834/201611/x.shtml'],
    ['HTTPS://Example.COM/Path?q=1#f', 'https://example.com/Path?q=1#f'],
    ['  https://example.com/padded  ', 'https://example.com/padded'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
  ])('keeps %j as a normalised http(s) URL', (url, href) => {
    expect(safeUrl(url)).toBe(href);
  });
});
