import { describe, expect, it } from 'vitest';
import { importProjections } from '../../../scripts/import/projections.ts';
import { editRow, readFixtureInput } from './fixtures.ts';

const csv = readFixtureInput('projections-2024-34.csv');

describe('importProjections', () => {
  it('turns empty cells into null and keeps BLS wording as written', () => {
    const file = importProjections(csv);
    const summary = file.occupations.find((occupation) => occupation.soc === '15-1250');
    expect(summary).toMatchObject({ occupationType: 'Summary', typicalEducation: null, workExperience: null, onTheJobTraining: null, utilizationFactors: null });
    const developers = file.occupations.find((occupation) => occupation.soc === '15-1252');
    expect(developers).toMatchObject({ employment2024Thousands: 1693.8, changePct: 15.8, openingsPerYearThousands: 115.2, workExperience: 'None' });
    expect(file).toMatchObject({ sourceId: 'bls-ep-2024-34', baseYear: 2024, targetYear: 2034 });
  });

  it('fails on a non-numeric figure, naming the line, SOC and column', () => {
    const broken = editRow(csv, '15-1254,', (row) => row.replace(',5.4,90930,', ',5.4,"$90,930",'));
    expect(() => importProjections(broken)).toThrow('projections-2024-34.csv line 4 (15-1254): median_annual_wage_2024: expected a number, got "$90,930"');
  });

  it('fails when a required figure is empty', () => {
    const broken = editRow(csv, '15-1254,', (row) => row.replace('Line item,86,', 'Line item,,'));
    expect(() => importProjections(broken)).toThrow('(15-1254): employment_2024_thousands: expected a number, got ""');
  });

  it('fails when rows cite different releases', () => {
    const broken = editRow(csv, '15-1254,', (row) => row.replace('bls-ep-2024-34', 'bls-ep-2023-33'));
    expect(() => importProjections(broken)).toThrow('(15-1254): source_id: expected bls-ep-2024-34 like line 2, got bls-ep-2023-33');
  });
});
