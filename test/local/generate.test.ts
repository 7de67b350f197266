import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/core/catalogues/defaults';
import { splitTags } from '../../src/core/text/normalize';
import { parseEmail } from '../../src/core/text/parse';
import { type DemoRow, generateDemo, split } from '../../src/local/demo/generate';
import { feminineSurname, masculineSurname, transliterate } from '../../src/local/demo/generate-names';

const catalogue = (key: string) => new Set(CATALOGUES.find((c) => c.key === key)?.values ?? []);
const rows = (list: (DemoRow | null)[]) => list.filter((row): row is DemoRow => row !== null);
const tagsOf = (cell: unknown) => splitTags(typeof cell === 'string' ? cell : '');

describe('generateDemo', () => {
  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    const a = generateDemo({ participants: 300, organizations: 3, seed: 7, mistakes: true });
    const b = generateDemo({ participants: 300, organizations: 3, seed: 7, mistakes: true });
    const c = generateDemo({ participants: 300, organizations: 3, seed: 8, mistakes: true });
    expect(a).toEqual(b);
    expect(rows(a.mentors).map((r) => r.fio)).not.toEqual(rows(c.mentors).map((r) => r.fio));
  });

  it('makes exactly the number of participants asked for, spread over the organizations', () => {
    for (const [participants, organizations] of [
      [1, 1],
      [60, 1],
      [1500, 15],
      [50_000, 15],
    ] as const) {
      const data = generateDemo({ participants, organizations, seed: 3 });
      expect(rows(data.mentors).length + rows(data.mentees).length).toBe(participants);
      expect(data.organizations).toHaveLength(organizations);
      const used = new Set([...rows(data.mentors), ...rows(data.mentees)].map((r) => r.organization));
      expect(used.size).toBe(Math.min(organizations, participants));
    }
  });

  it('names municipal schools as curators write them', () => {
    const names = generateDemo({ participants: 1500, organizations: 15, seed: 2 }).organizations.map((o) => o.name);
    expect(new Set(names).size).toBe(15);
    for (const name of names) expect(name).toMatch(/^(МАОУ|МБОУ|МОУ) (СОШ|ООШ|«Гимназия|«Лицей) № \d+»?$/);
    expect(names[0]).toMatch(/СОШ № 5$/);
  });

  it('refuses impossible sizes', () => {
    expect(() => generateDemo({ participants: 0 })).toThrow(RangeError);
    expect(() => generateDemo({ participants: 50_001 })).toThrow(RangeError);
    expect(() => generateDemo({ participants: 10, organizations: 11 })).toThrow(RangeError);
  });

  it('produces clean data without --mistakes: catalogue values, valid unique e-mails, consents, full names', () => {
    const data = generateDemo({ participants: 2000, organizations: 4, seed: 11 });
    expect(data.mistakes).toEqual([]);
    expect(data.userColumns).toEqual([]);
    const categories = catalogue('categories');
    const forms = catalogue('forms');
    const competencies = catalogue('competencies');
    const subjects = catalogue('subjects');
    const emails = new Set<string>();
    for (const row of [...data.mentors, ...data.mentees]) {
      expect(row).not.toBeNull();
      const r = row as DemoRow;
      expect(String(r.fio).split(' ')).toHaveLength(3);
      expect(categories.has(String(r.category))).toBe(true);
      for (const tag of tagsOf(r.subjects)) expect(subjects.has(tag)).toBe(true);
      for (const tag of [...tagsOf(r.competencies), ...tagsOf(r.deficits)]) expect(competencies.has(tag)).toBe(true);
      for (const form of [...tagsOf(r.forms), ...tagsOf(r.wantedForm)]) expect(forms.has(form)).toBe(true);
      const email = parseEmail(r.email);
      expect(email.ok).toBe(true);
      expect(emails.has(String(r.email))).toBe(false);
      emails.add(String(r.email));
      const minor = typeof r.age === 'number' && r.age < 18;
      if ('deficits' in r && minor) {
        expect(r.representativeConsent).toBeInstanceOf(Date);
        expect(String(r.representative)).toMatch(/^\S+ \S+ \S+$/);
      } else {
        expect(r.consent).toBeInstanceOf(Date);
      }
    }
  });

  it('is realistic: young specialists are mentees, experienced teachers mentor, and their tags overlap', () => {
    const data = generateDemo({ participants: 600, seed: 5 });
    const mentors = rows(data.mentors);
    const mentees = rows(data.mentees);
    const young = mentees.filter((r) => r.category === 'молодой специалист');
    expect(young.length).toBeGreaterThan(mentees.length * 0.15);
    for (const r of young) {
      expect(Number(r.experience)).toBeLessThanOrEqual(3);
      expect(Number(r.age)).toBeLessThan(35);
      expect(tagsOf(r.deficits).length).toBeGreaterThanOrEqual(2);
    }
    const teachers = mentors.filter((r) => r.category === 'педагог');
    for (const r of teachers) expect(Number(r.experience)).toBeGreaterThanOrEqual(5);
    const offered = new Set(teachers.flatMap((r) => tagsOf(r.competencies)));
    const covered = young.filter((r) => tagsOf(r.deficits).some((tag) => offered.has(tag)));
    expect(covered.length).toBe(young.length);
    // The staffing table of seed 000: primary school and foreign languages are the largest groups.
    const bySubject = new Map<string, number>();
    for (const r of [...teachers, ...young])
      for (const s of tagsOf(r.subjects)) bySubject.set(s, (bySubject.get(s) ?? 0) + 1);
    expect(bySubject.get('начальные классы') ?? 0).toBeGreaterThan(bySubject.get('биология') ?? 0);
    expect(bySubject.get('иностранный язык') ?? 0).toBeGreaterThan(bySubject.get('физическая культура') ?? 0);
    expect(bySubject.get('классное руководство') ?? 0).toBeGreaterThan(0);
    // Women are the large majority of Russian teachers.
    const women = teachers.filter((r) => /(вна|чна)$/.test(String(r.fio)));
    expect(women.length).toBeGreaterThan(teachers.length * 0.65);
    // Pupils: both pupil forms are wanted, minors are present.
    expect(mentees.some((r) => r.wantedForm === 'ученик – ученик')).toBe(true);
    expect(mentees.some((r) => r.wantedForm === 'учитель – ученик')).toBe(true);
    expect(mentors.some((r) => String(r.forms).includes('ученик – ученик'))).toBe(true);
  });

  it('sprinkles every kind of mistake when asked, addressed to real rows', () => {
    const data = generateDemo({ participants: 60, seed: 1, mistakes: true });
    const kinds = new Set(data.mistakes.map((m) => m.kind));
    for (const kind of [
      'duplicate',
      'bad-email',
      'experience-with-words',
      'experience-not-number',
      'text-date',
      'impossible-date',
      'missing-consent',
      'minor-without-representative-consent',
      'unknown-form',
      'unknown-category',
      'formula-like-text',
      'empty-row',
    ]) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
    for (const mistake of data.mistakes) {
      const list = mistake.sheet === 'Наставники' ? data.mentors : data.mentees;
      const row = list[mistake.row - 2];
      if (mistake.kind === 'empty-row') expect(row).toBeNull();
      else expect(row).not.toBeNull();
    }
    expect(data.userColumns.map((c) => c.header)).toEqual(['Комментарий куратора', 'Телефон']);
    expect(data.userColumns.every((c) => c.values.size > 0 && c.note !== '')).toBe(true);
  });

  it('scales the number of mistakes with the size of the bases', () => {
    const small = generateDemo({ participants: 60, seed: 1, mistakes: true }).mistakes.length;
    const large = generateDemo({ participants: 4000, organizations: 15, seed: 1, mistakes: true }).mistakes.length;
    expect(large).toBeGreaterThan(small * 5);
  });
});

describe('generator helpers', () => {
  it('split keeps the total and the proportions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = split(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => expect(Math.abs(part - (total * weights[i]) / sum)).toBeLessThanOrEqual(1));
        },
      ),
    );
  });

  it('declines surnames and transliterates like a passport', () => {
    expect(feminineSurname('Соловьёв')).toBe('Соловьёва');
    expect(feminineSurname('Покровский')).toBe('Покровская');
    expect(feminineSurname('Шевченко')).toBe('Шевченко');
    expect(masculineSurname('Покровская')).toBe('Покровский');
    expect(masculineSurname('Ильина')).toBe('Ильин');
    expect(transliterate('Щербакова Юлия')).toBe('shcherbakovayuliya');
  });

  it('uses no Node APIs and no Math.random, so Apps Script tests can import it', () => {
    const dir = join(__dirname, '../../src/local/demo');
    for (const file of readdirSync(dir).filter((f) => f.startsWith('generate') && f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from '(node:|fs|path|os|exceljs)/);
      expect(source, file).not.toMatch(/Math\.random|Date\.now|new Date\(\)/);
    }
  });
});
