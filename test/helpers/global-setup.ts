/** Nothing to prepare yet for unit tests; browser and build tests build dist/ here. */
export default async function setup(): Promise<void> {}
