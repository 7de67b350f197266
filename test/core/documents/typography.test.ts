import { describe, expect, it } from 'vitest';
import { documentName, yearsForName } from '../../../src/core/documents/file-name';
import { typeset, typesetModel } from '../../../src/core/documents/typography';

const NB = '\u00a0';

describe('Russian typography', () => {
  it('binds initials, «№», «г.», dates and short prepositions to their words', () => {
    expect(typeset('Директор ____________ А. Н. Орлов')).toBe(`Директор ____________ А.${NB}Н.${NB}Орлов`);
    expect(typeset('Кузнецовой М. В. обеспечить')).toBe(`Кузнецовой${NB}М.${NB}В. обеспечить`);
    expect(typeset('в МАОУ СОШ № 5')).toBe(`в${NB}МАОУ СОШ №${NB}5`);
    expect(typeset('от __________ № ______')).toBe(`от${NB}__________ №${NB}______`);
    expect(typeset('«___» ____________ 20___ г.')).toBe(`«___» ____________ 20___${NB}г.`);
    expect(typeset('от 25.12.2019 № Р-145')).toBe(`от${NB}25.12.2019 №${NB}Р-145`);
    expect(typeset('«5» октября 2026 г.')).toBe(`«5»${NB}октября 2026${NB}г.`);
  });

  it('turns straight quotes into «ёлочки» and a spaced hyphen into a dash', () => {
    expect(typeset('Положение "О наставничестве"')).toBe(`Положение «О${NB}наставничестве»`);
    expect(typeset('учитель - ученик')).toBe(`учитель${NB}— ученик`);
    expect(typeset('Р-145')).toBe('Р-145');
  });

  it('is applied to every text of a model, not to its name', () => {
    const model = typesetModel({
      name: 'Приказ № 5',
      blocks: [
        { kind: 'heading', level: 1, text: 'Приказ № 5' },
        { kind: 'table', header: ['№'], rows: [['Иванова А. П.']] },
        { kind: 'signature', role: 'Директор', name: 'А. П. Иванова' },
      ],
    });
    expect(model.name).toBe('Приказ № 5');
    expect(JSON.stringify(model.blocks)).not.toMatch(/№ 5|А\. П|А\. П\. Иванова/);
  });
});

describe('documentName', () => {
  it('reads as a person would name the file', () => {
    expect(documentName('Приказ', 'Об утверждении наставнических пар', '2026/2027')).toBe(
      'Приказ об утверждении наставнических пар 2026-2027',
    );
    expect(documentName('Приказ', 'Об утверждении наставнических пар', 'МАОУ «СОШ № 5»', '2026 2027')).toBe(
      'Приказ об утверждении наставнических пар МАОУ СОШ № 5 2026-2027',
    );
    expect(documentName('Индивидуальные планы', 'ИПР', '2026–2027')).toBe('Индивидуальные планы ИПР 2026-2027');
    expect(yearsForName('Дорожная карта 2026 2027 (часть 1 из 8)')).toBe('Дорожная карта 2026-2027 (часть 1 из 8)');
  });
});
