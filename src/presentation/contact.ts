/** What the site says beside the reseller's address: the source gives a crossroads only, no city. */
export const ADDRESS_CAVEAT = '地址只写到路口，未写城市和门牌；上门前请先致电确认';
