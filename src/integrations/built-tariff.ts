/**
 * The version a build shows, as the tariff-data integration found it when it
 * checked the data (astro:config:setup). astro.config.mjs makes one and hands
 * it to tariffData, which fills it, and to the integrations that read it
 * later in the build (the sitemap's lastmod, the CSP's origins): what each
 * one reads is passed, not kept in a module's variable.
 */
import type { Tariff } from '../engine/index';

export class BuiltTariff {
  #tariff: Tariff | undefined;

  /** The version in force on the build date; undefined while the data is broken (dev server). */
  set(tariff: Tariff | undefined): void {
    this.#tariff = tariff;
  }

  /** Its effective date (for the sitemap's lastmod). */
  effectiveDate(): string {
    if (this.#tariff === undefined) throw new Error('the tariff data has not been loaded yet');
    return this.#tariff.settings.effective;
  }

  /** Origins pages may send to (the 办理 form service, when set), for the Content-Security-Policy. */
  connectOrigins(): string[] {
    const endpoint = this.#tariff?.contact.applyEndpoint;
    return endpoint === undefined ? [] : [new URL(endpoint).origin];
  }

  /** Partner sites that may frame the embed pages (contact.embedOrigins), for their Content-Security-Policy. */
  embedOrigins(): string[] {
    return this.#tariff?.contact.embedOrigins ?? [];
  }
}
