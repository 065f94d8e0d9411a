import { describe, expect, it } from 'vitest';
import { resolveAddons } from '../../src/engine/addon-needs';
import { slimTariff, type SlimAddon, type SlimTariff } from '../../src/engine/index';
import { tariff } from '../helpers/tariff';

const published = slimTariff(tariff);

/** Each resolved add-on as "id {quantities} ← the add-on that needed it". */
function resolved(of: SlimTariff, requested: Record<string, Record<string, number>>): string[] {
  return resolveAddons(of, new Map(Object.entries(requested))).map(
    (item) => `${item.addon.id} ${JSON.stringify(item.quantities)}${item.neededBy ? ` ← ${item.neededBy.id}` : ''}`,
  );
}

/** The published add-ons with their needs rewritten: a chain, quantities named by a need, and a need of an add-on that is gone. */
const rewired: SlimTariff = {
  ...published,
  addons: published.addons.map((addon): SlimAddon => {
    if (addon.id === 'pre-call-prompt')
      return { ...addon, needs: [{ id: 'ringback-multi', quantities: { files: 7 } }] };
    if (addon.id === 'ringback') return { ...addon, needs: [{ id: 'gone' }] };
    if (addon.id === 'voicemail') return { ...addon, needs: [{ id: 'ringback-recording' }] };
    return addon;
  }),
};

describe('the add-ons a request brings with it', () => {
  it('as published: each need added once (for the first add-on asked for that needs it), with the quantities it names, in the tariff’s order; an unknown id is left out', () => {
    expect(resolved(published, { 'office-hours': {} })).toEqual([
      'office-hours {}',
      'ringback-recording {"chars":100,"count":1} ← office-hours',
    ]);
    expect(resolved(published, { nope: {}, 'pre-call-prompt': {}, 'ringback-multi': { files: 12 } })).toEqual([
      'ringback {} ← pre-call-prompt',
      'ringback-multi {"files":12}',
      'pre-call-prompt {}',
    ]);
  });

  it('needs of needs, quantities a need names or else the defaults, and a needed add-on the tariff lacks is skipped', () => {
    expect(resolved(rewired, { 'pre-call-prompt': {}, voicemail: {} })).toEqual([
      'ringback {} ← ringback-multi',
      'ringback-multi {"files":7} ← pre-call-prompt',
      'ringback-recording {"chars":100,"count":1} ← voicemail',
      'pre-call-prompt {}',
      'voicemail {}',
    ]);
  });
});
