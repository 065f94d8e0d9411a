/**
 * schema.org data for search engines: each plan and add-on as an Offer whose
 * price specifications come from the tariff in force (CNY, before tax), valid
 * from the version's effective date.
 */
import { SITE_NAME } from './site-name';
import { PERIOD_UNITS, planName, type Addon, type Plan, type Tariff } from '../engine/index';
import { toFenString, amount } from '../engine/money';

type Json = Record<string, unknown>;

const UNIT_CODES = { year: 'ANN', month: 'MON', once: 'C62' } as const;

function unitPrice(price: string, period: keyof typeof UNIT_CODES, name: string): Json {
  return {
    '@type': 'UnitPriceSpecification',
    name,
    price: toFenString(amount(price)),
    priceCurrency: 'CNY',
    valueAddedTaxIncluded: false,
    unitCode: UNIT_CODES[period],
    unitText: PERIOD_UNITS[period],
  };
}

function offer(tariff: Tariff, name: string, url: string | undefined, specs: Json[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Offer',
    name,
    category: '400电话',
    priceCurrency: 'CNY',
    validFrom: tariff.settings.effective,
    ...(url === undefined ? {} : { url }),
    priceSpecification: specs,
    seller: { '@type': 'Organization', name: SITE_NAME, telephone: tariff.contact.hotline },
  };
}

export function planOffer(tariff: Tariff, plan: Plan, url: string | undefined): Json {
  const specs = [unitPrice(plan.yearly, 'year', tariff.settings.kinds[plan.kind].yearlyLabel)];
  if (plan.rate !== 'consult') {
    specs.push({ ...unitPrice(plan.rate, 'once', '通话资费'), unitCode: 'MIN', unitText: '元/分钟' });
  }
  return offer(tariff, planName(tariff, plan), url, specs);
}

export function addonOffer(tariff: Tariff, addon: Addon, url: string | undefined): Json {
  const specs = addon.charges.flatMap((charge) =>
    charge.tiers !== undefined
      ? charge.tiers.steps.map((step) => unitPrice(step.amount, charge.period, `${charge.label}（≤ ${step.upTo}）`))
      : [unitPrice(charge.amount ?? '0', charge.period, charge.label)],
  );
  return offer(tariff, addon.name, url, specs.length > 0 ? specs : [unitPrice('0', 'year', '免费')]);
}

/** The reseller as an Organization with its published phone lines and address, on every page. */
export function organization(tariff: Tariff, siteName: string, url: string | undefined): Json {
  const { contact } = tariff;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: siteName,
    ...(url === undefined ? {} : { url }),
    telephone: contact.hotline,
    contactPoint: [
      {
        '@type': 'ContactPoint',
        telephone: contact.hotline,
        contactType: 'customer service',
        areaServed: 'CN',
        availableLanguage: 'zh-CN',
      },
      {
        '@type': 'ContactPoint',
        telephone: contact.businessLine,
        contactType: 'sales',
        areaServed: 'CN',
        availableLanguage: 'zh-CN',
      },
      {
        '@type': 'ContactPoint',
        telephone: tariff.settings.consultPhone,
        contactType: 'sales',
        areaServed: 'CN',
        availableLanguage: 'zh-CN',
      },
    ],
    address: { '@type': 'PostalAddress', streetAddress: contact.address, addressCountry: 'CN' },
  };
}
