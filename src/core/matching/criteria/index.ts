import { ageCriterion } from './age';
import { categoryCriterion } from './category';
import type { Criterion } from './criterion';
import { deficitsCriterion } from './deficits';
import { experienceCriterion } from './experience';
import { organizationCriterion } from './organization';
import { preferencesCriterion } from './preferences';
import { subjectCriterion } from './subject';
import { timeCriterion } from './time';

/** Every soft criterion, in the order explanations list them. Adding one: a file and a line here. */
export const CRITERIA: readonly Criterion[] = [
  deficitsCriterion,
  subjectCriterion,
  experienceCriterion,
  organizationCriterion,
  categoryCriterion,
  ageCriterion,
  timeCriterion,
  preferencesCriterion,
];
