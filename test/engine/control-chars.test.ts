import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/engine/control-chars';

describe('control characters, escaped before they reach a terminal', () => {
  it('C0, DEL and C1 as \\xHH; separators and bidi controls as \\u{…}; the rest as is', () => {
    expect(escapeControls('a\u0000b\u0007c\u001b[2J\u007f\u0085\u009f')).toBe('a\\x00b\\x07c\\x1b[2J\\x7f\\x85\\x9f');
    expect(escapeControls('x\u2028y\u202ez\u2066')).toBe('x\\u{2028}y\\u{202e}z\\u{2066}');
    expect(escapeControls('彩铃 ÿ ĀA')).toBe('彩铃 ÿ ĀA');
  });
});
