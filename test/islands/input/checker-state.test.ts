import { describe, expect, it } from 'vitest';
import { readCheckerState, writeCheckerState } from '../../../src/islands/input/checker-state';

describe('checker URL state', () => {
  it('the checker reads back what it writes', () => {
    const state = { text: '4001236688\n400-123-4566', order: 'high' as const };
    const search = writeCheckerState(state);
    expect(search).toBe('?n=4001236688%0A400-123-4566&sort=high');
    expect(readCheckerState(search)).toEqual({ state, reset: [] });
    expect(readCheckerState('?sort=<script>')).toEqual({ state: { text: '', order: 'input' }, reset: ['sort'] });
  });
});
