/**
 * The tariff as the site's pages see it at build time: validated once by the
 * tariff-data integration (src/integrations/tariff-data.ts) and handed over
 * as a virtual module.
 */
import data from 'virtual:tariff-data';
import type { Tariff } from '../engine/index';

export const tariff: Tariff = data;
