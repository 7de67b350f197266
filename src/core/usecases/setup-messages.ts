import type { Locale } from '../ports';

export function setupMessages(locale: Locale) {
  const ru = locale !== 'en';
  return {
    title: ru ? 'Таблица подготовлена' : 'Spreadsheet set up',
    progressCatalogues: ru ? 'Справочники…' : 'Catalogues…',
    progressSettings: ru ? 'Настройки…' : 'Settings…',
    progressBases: ru ? 'Базы наставников и наставляемых…' : 'Mentor and mentee bases…',
    upgradedSetting: ({ label, from, to }: { label: string; from: string; to: string }) =>
      ru
        ? `«${label}»: ${from} → ${to} — так теперь по умолчанию (${from} было значением по умолчанию прежней версии; если это ваш выбор, впишите ${from} снова на листе «Настройки»).`
        : `«${label}»: ${from} → ${to}, the new default (${from} was the previous version's default; if it was your choice, type ${from} again on «Настройки»).`,
    summary(created: string[], columns: string[], catalogues: number, settings: number, organizations = 0): string[] {
      const lines: string[] = [];
      if (created.length > 0)
        lines.push(ru ? `Созданы листы: ${created.join(', ')}.` : `Sheets created: ${created.join(', ')}.`);
      if (columns.length > 0)
        lines.push(ru ? `Добавлены столбцы: ${columns.join('; ')}.` : `Columns added: ${columns.join('; ')}.`);
      if (catalogues > 0)
        lines.push(ru ? `Добавлено справочников: ${catalogues}.` : `Catalogues added: ${catalogues}.`);
      if (settings > 0) lines.push(ru ? `Добавлено настроек: ${settings}.` : `Settings added: ${settings}.`);
      if (organizations > 0)
        lines.push(
          ru
            ? `На лист «Организации» добавлены организации из баз: ${organizations}. Проверьте названия, впишите другие написания и численность педагогов и обучающихся.`
            : `Organizations from the bases added to «Организации»: ${organizations}. Check the names and fill in the headcounts.`,
        );
      if (lines.length === 0)
        lines.push(ru ? 'Всё на месте: ничего не изменено.' : 'Everything is in place: nothing changed.');
      lines.push(
        ru ? 'Ваши строки, значения и собственные столбцы сохранены.' : 'Your rows, values and own columns are kept.',
      );
      return lines;
    },
  };
}
