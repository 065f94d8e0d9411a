/// <reference types="astro/client" />

declare module 'virtual:tariff-data' {
  const tariff: import('./engine/index').Tariff;
  export default tariff;
}
