import { formatNumber } from './format';
import type { ReportData } from './report-data';
import { countText, surnameInitials } from './russian';

/** Below this mean (of 10) a form's satisfaction calls for action. */
export const LOW_SATISFACTION = 7;
/** Above this share of terminated pairs the pairing needs a look. */
const HIGH_TERMINATION_SHARE = 0.2;

export interface Recommendation {
  /** What the data shows. */
  finding: string;
  /** What to do about it, addressed to the program's team. */
  action: string;
}

/**
 * Targeted recommendations (seed 001 §7 «адресные рекомендации»), each from a rule over the
 * aggregates. `namesAllowed` lets the report name overloaded mentors (a setting).
 */
export function recommendations(data: ReportData, namesAllowed: boolean): Recommendation[] {
  const list: Recommendation[] = [];
  for (const row of data.satisfaction) {
    // a form of 1–2 respondents is not named: it would point at them
    if (row.mean !== null && row.mean < LOW_SATISFACTION) {
      list.push({
        finding: `В форме «${row.form}» средняя удовлетворённость участников — ${formatNumber(row.mean)} из 10 (ниже ${LOW_SATISFACTION}).`,
        action:
          'Провести встречи куратора с парами этой формы, уточнить ожидания участников, скорректировать индивидуальные планы и при необходимости состав пар.',
      });
    }
  }
  if (data.overloaded.length > 0) {
    const names = namesAllowed
      ? `: ${data.overloaded.map((m) => `${surnameInitials(m.name)} (${m.load} при лимите ${m.limit})`).join(', ')}`
      : '';
    list.push({
      finding: `${countText(data.overloaded.length, 'наставник ведёт', 'наставника ведут', 'наставников ведут')} больше наставляемых, чем позволяет лимит${names}.`,
      action:
        'Перераспределить наставляемых, привлечь и обучить новых наставников, рассмотреть групповое или сетевое наставничество.',
    });
  }
  if (data.withoutPair.count > 0) {
    const forms = data.withoutPair.forms.length > 0 ? ` (формы: ${data.withoutPair.forms.join(', ')})` : '';
    const who =
      data.withoutPair.count < 3
        ? 'Менее 3 наставляемых остаются'
        : countText(data.withoutPair.count, 'наставляемый остаётся', 'наставляемых остаются', 'наставляемых остаются');
    list.push({
      finding: `${who} без пары${forms}.`,
      action:
        'Продолжить поиск наставников, в том числе из других организаций (сетевое наставничество); обеспечить сопровождение наставляемых до формирования пары.',
    });
  }
  const lagging = data.organizations?.laggingNames ?? [];
  if (lagging.length > 0)
    list.push({
      finding: `Отстают от плана организации: ${lagging.join(', ')} (что именно — в разделе «Сравнение организаций»).`,
      action:
        'Провести с командами этих организаций методический разбор, закрепить за ними наставников-консультантов из организаций-лидеров (сетевое наставничество), проверить численность в «Организациях».',
    });
  const failed = (data.indicators ?? []).filter((i) => i.notAchieved);
  if (failed.length > 0) {
    list.push({
      finding: `Не достигнуты плановые значения показателей: ${failed.map((i) => `«${i.name}» (план ${i.plan || '—'}, факт ${i.fact || '—'})`).join('; ')}.`,
      action: `Проанализировать причины отставания, включить меры в дорожную карту ${nextYear(data)}, при необходимости скорректировать плановые значения.`,
    });
  }
  if (data.roadmap.overdue > 0) {
    list.push({
      finding: `Просрочено ${countText(data.roadmap.overdue, 'мероприятие', 'мероприятия', 'мероприятий')} дорожной карты.`,
      action: 'Назначить новые сроки и ответственных, отметить выполненные мероприятия в дорожной карте.',
    });
  }
  if (data.withoutConsent > 0) {
    list.push({
      finding: `У ${countText(data.withoutConsent, 'участника', 'участников', 'участников')} нет письменного согласия на обработку персональных данных — их нельзя включить в пары.`,
      action: 'Собрать согласия (для несовершеннолетних — от законных представителей) до утверждения пар приказом.',
    });
  }
  const units = data.unitsActive + data.unitsCompleted + data.unitsTerminated;
  if (units > 0 && data.unitsTerminated / units > HIGH_TERMINATION_SHARE) {
    list.push({
      finding: `Расторгнуто ${countText(data.unitsTerminated, 'пара', 'пары', 'пар')} из ${units} (${Math.round((data.unitsTerminated / units) * 100)} %).`,
      action: 'Проверить критерии подбора пар, чаще использовать встречи-знакомства перед утверждением пар.',
    });
  }
  if (data.dynamics && data.dynamics.exitMean <= data.dynamics.entryMean) {
    list.push({
      finding: `Средний балл участников на выходе (${formatNumber(data.dynamics.exitMean)}) не выше, чем на входе (${formatNumber(data.dynamics.entryMean)}).`,
      action: 'Пересмотреть содержание работы пар: цели индивидуальных планов, частоту и формат встреч.',
    });
  }
  return list;
}

/**
 * The year whose roadmap takes the measures: the next academic year of a one-year programme, the
 * programme's next year (by its label: «2024/25», «2024») while it has one, else simply the next year.
 */
function nextYear(data: ReportData): string {
  if (!data.period) return 'следующего учебного года';
  const { years, currentYear } = data.period;
  const at = years.indexOf(currentYear);
  return at >= 0 && at < years.length - 1 ? `следующего года программы (${years[at + 1]})` : 'следующего года';
}
