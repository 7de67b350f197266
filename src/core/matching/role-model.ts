import type { Mentee } from '../bases/participant';
import type { Catalogues } from '../catalogues/catalogues';
import { textKey } from '../text/normalize';

/**
 * The role model (variant of the form) that describes the pair best, from the catalogue: the
 * variant naming the mentee's category or one of the mentee's deficits/subjects wins, else the
 * form's first variant. Data, not code: the curator's own variants are considered the same way.
 */
/** Categories that name a side of every variant (not a variant): no clue. */
const SIDE_NAMES = ['обучающийся', 'педагог', 'студент'];

export function chooseRoleModel(catalogues: Catalogues, form: string, mentee: Mentee): string {
  const models = catalogues.roleModels(form).map((pair) => pair.model);
  if (models.length === 0) return '';
  const category = SIDE_NAMES.includes(textKey(mentee.category)) ? [] : [mentee.category];
  const clues = [...category, ...mentee.deficits, ...mentee.subjects].map(textKey).filter((clue) => clue.length > 3);
  const stems = clues.map((clue) => clue.split(' ').map((word) => word.slice(0, Math.max(4, word.length - 3))));
  let best = models[0];
  let bestHits = 0;
  for (const model of models) {
    const text = textKey(model);
    const hits = stems.filter((words) => words.every((stem) => text.includes(stem))).length;
    if (hits > bestHits) {
      best = model;
      bestHits = hits;
    }
  }
  return best;
}
