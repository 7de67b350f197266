import { organizationKey } from '../organizations/organization-key';
import type { Problem } from '../problems/problem';
import type { ParticipantBase } from './participant';

export interface Duplicate {
  participant: ParticipantBase;
  problem: Problem;
}

/** Later rows that repeat an earlier participant: the same e-mail, or the same ФИО in one organization. */
export function findDuplicates(participants: readonly ParticipantBase[], sheet: string): Duplicate[] {
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  for (const p of participants) {
    const nameKey = p.personKey === '' ? '' : `${p.personKey}\u0001${organizationKey(p.organization)}`;
    const emailRow = p.email === '' ? undefined : byEmail.get(p.email);
    const nameRow = nameKey === '' ? undefined : byName.get(nameKey);
    if (emailRow !== undefined) {
      duplicates.push({
        participant: p,
        problem: {
          sheet,
          row: p.row,
          column: 'E-mail',
          value: p.email,
          severity: 'error',
          message: `Повтор участника: тот же e-mail, что в строке ${emailRow}. Удалите лишнюю строку или исправьте адрес`,
        },
      });
    } else if (nameRow !== undefined) {
      duplicates.push({
        participant: p,
        problem: {
          sheet,
          row: p.row,
          column: 'ФИО',
          value: p.fio,
          severity: 'error',
          message: `Повтор участника: то же ФИО в той же организации, что в строке ${nameRow}`,
        },
      });
    }
    if (p.email !== '' && emailRow === undefined) byEmail.set(p.email, p.row);
    if (nameKey !== '' && nameRow === undefined) byName.set(nameKey, p.row);
  }
  return duplicates;
}
