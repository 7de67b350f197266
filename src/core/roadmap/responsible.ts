import { surnameInitials } from '../documents/russian';
import type { Settings } from '../settings/settings';
import { splitTags, textKey } from '../text/normalize';

/** Roles a template names and the «Настройки» key holding the person's name. */
export const ROLE_SETTINGS: ReadonlyArray<{ role: string; aliases: string[]; key: string }> = [
  {
    role: 'директор',
    aliases: ['руководитель', 'руководитель организации', 'начальник управления'],
    key: 'directorName',
  },
  { role: 'куратор', aliases: ['куратор программы', 'куратор наставничества', 'координатор'], key: 'curatorName' },
  { role: 'методист', aliases: ['методист программы', 'заместитель директора по умр'], key: 'methodistName' },
];

/** «куратор; методист» → «Петрова А. С. (куратор); Сидорова Е. В. (методист)»; unknown roles stay as written. */
export function resolveResponsible(roles: string, settings: Settings): string {
  return splitTags(roles)
    .map((role) => {
      const known = ROLE_SETTINGS.find((r) => [r.role, ...r.aliases].some((alias) => textKey(alias) === textKey(role)));
      const name = known ? settings.text(known.key) : '';
      return name === '' ? role : `${surnameInitials(name)} (${role})`;
    })
    .join('; ');
}
