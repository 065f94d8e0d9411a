import type { SlimTariff } from '../../engine/rules';

/** The prepay years a visitor may choose: 1, 2, 3 for the published tariff. */
export function yearOptions(tariff: SlimTariff): number[] {
  const { min, max } = tariff.settings.prepayYears;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
