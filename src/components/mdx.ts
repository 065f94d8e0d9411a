/** The components MDX pages may use; prices reach prose only through these. */
import AddonTable from './AddonTable.astro';
import ContactCard from './ContactCard.astro';
import Deals from './Deals.astro';
import GradeLimit from './GradeLimit.astro';
import GradeTable from './GradeTable.astro';
import Note from './Note.astro';
import Notes from './Notes.astro';
import PlanTable from './PlanTable.astro';
import Price from './Price.astro';
import Rate from './Rate.astro';
import Reading from './Reading.astro';
import Setting from './Setting.astro';

export const mdxComponents = {
  AddonTable,
  ContactCard,
  Deals,
  GradeLimit,
  GradeTable,
  Note,
  Notes,
  PlanTable,
  Price,
  Rate,
  Reading,
  Setting,
};
