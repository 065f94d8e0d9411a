/// <reference types="astro/client" />

declare module 'virtual:tariff-data' {
  const data: import('./integrations/tariff-data').SiteTariffData;
  export default data;
}
