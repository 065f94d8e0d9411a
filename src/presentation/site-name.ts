/** The site's name, as the header, titles, share cards, printed quotes and applications show it. */
export const SITE_NAME = '400电话资费标准';
