import { formatRuDate } from '../cell';
import { STATUS_PLANNED } from '../roadmap/roadmap-layout';
import type { RoadmapRow } from '../roadmap/roadmap-rows';
import { textKey } from '../text/normalize';
import { programPeriod } from '../program/period';
import type { Settings } from '../settings/settings';
import type { DocBlock, DocModel } from './model';
import { academicYearText, BLANK_DATE, initialsFirst } from './russian';

/** «Дорожная карта» as a landscape document approved by the director. */
export function buildRoadmapDocument(rows: readonly RoadmapRow[], settings: Settings, academicYear: number): DocModel {
  // a period set in «Настройки» (several years, a calendar year) names itself; else the academic year
  const period = programPeriod(settings);
  const year = period.explicit
    ? period.label.replace(/\s+(учебный год|годы|год)$/, '')
    : academicYearText(academicYear);
  const term = period.explicit ? `на ${period.label}` : `на ${year} учебный год`;
  const organization = settings.text('organizationName');
  const blocks: DocBlock[] = [
    { kind: 'paragraph', runs: ['УТВЕРЖДАЮ'], align: 'right' },
    {
      kind: 'paragraph',
      runs: [
        `${settings.text('directorTitle') || 'Директор'} ____________ ${initialsFirst(settings.text('directorName'))}`.trimEnd(),
      ],
      align: 'right',
    },
    { kind: 'paragraph', runs: [BLANK_DATE], align: 'right' },
    { kind: 'heading', level: 1, text: 'Дорожная карта реализации программы наставничества', align: 'center' },
    {
      kind: 'paragraph',
      runs: [[organization, term].filter((t) => t !== '').join(' ')],
      align: 'center',
    },
  ];
  if (rows.length === 0) {
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: 'Дорожная карта ещё не сформирована: выберите «Сформировать дорожную карту».', italic: true }],
    });
  } else {
    blocks.push({
      kind: 'table',
      header: [
        '№',
        'Этап',
        'Мероприятие',
        'Содержание',
        'Сроки',
        'Ответственный',
        'Результат / вид документа',
        'Отметка о выполнении',
      ],
      rows: rows.map((r, i) => [
        r.number || String(i + 1),
        r.stage,
        r.event,
        r.content,
        [r.start, r.end]
          .filter((d): d is Date => d !== null)
          .map(formatRuDate)
          .join(' – '),
        r.responsible,
        r.result,
        [textKey(r.status) === STATUS_PLANNED ? '' : r.status, r.mark].filter((t) => t !== '').join(': '),
      ]),
      widths: [4, 12, 18, 20, 10, 13, 13, 10],
    });
  }
  return { name: `Дорожная карта программы наставничества ${year}`, blocks, landscape: true };
}
