import { LANGS } from '../i18n/lang';
import {
  COMPETENCY_TYPES,
  competencyLabel,
  CompetencyType,
  isCompetencyType,
} from './competency-type.enum';
import {
  EMPLOYMENT_TYPES,
  EmploymentType,
  employmentTypeLabel,
  isEmploymentType,
} from './employment-type.enum';
import { enumValues, isEnumValue, labelOf } from './enum-values';
import { Gender, genderLabel, GENDERS, isGender } from './gender.enum';
import {
  INDICATOR_GROUPINGS,
  IndicatorGrouping,
  indicatorGroupingLabel,
  isIndicatorGrouping,
} from './indicator-grouping.enum';
import {
  isPositionType,
  POSITION_TYPES,
  PositionType,
  positionTypeLabel,
} from './position-type.enum';
import { isRegionType, REGION_TYPES, RegionType, regionTypeLabel } from './region-type.enum';
import { isRole, Role, roleLabel, ROLES } from './role.enum';

interface EnumCase {
  name: string;
  object: Record<string, string>;
  values: readonly string[];
  expected: string[];
  guard: (value: unknown) => boolean;
  label: (value: never, lang: 'id' | 'en') => string;
}

const cases: EnumCase[] = [
  {
    name: 'Role',
    object: Role,
    values: ROLES,
    expected: ['ADMIN', 'ORGANIZER', 'INSTRUCTOR', 'HR_ANALYST', 'LEARNER'],
    guard: isRole,
    label: roleLabel,
  },
  {
    name: 'CompetencyType',
    object: CompetencyType,
    values: COMPETENCY_TYPES,
    expected: ['TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL'],
    guard: isCompetencyType,
    label: competencyLabel,
  },
  {
    name: 'RegionType',
    object: RegionType,
    values: REGION_TYPES,
    expected: ['PROVINCE', 'REGENCY', 'CITY'],
    guard: isRegionType,
    label: regionTypeLabel,
  },
  {
    name: 'PositionType',
    object: PositionType,
    values: POSITION_TYPES,
    expected: ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'],
    guard: isPositionType,
    label: positionTypeLabel,
  },
  {
    name: 'EmploymentType',
    object: EmploymentType,
    values: EMPLOYMENT_TYPES,
    expected: ['PNS', 'PPPK'],
    guard: isEmploymentType,
    label: employmentTypeLabel,
  },
  {
    name: 'IndicatorGrouping',
    object: IndicatorGrouping,
    values: INDICATOR_GROUPINGS,
    expected: ['REGION', 'AGENCY', 'COMPETENCY', 'GRADE'],
    guard: isIndicatorGrouping,
    label: indicatorGroupingLabel,
  },
  {
    name: 'Gender',
    object: Gender,
    values: GENDERS,
    expected: ['MALE', 'FEMALE'],
    guard: isGender,
    label: genderLabel,
  },
];

describe.each(cases)('$name', ({ object, values, expected, guard, label }) => {
  it('has exactly the contract values, keys equal to values (GraphQL enum shape)', () => {
    expect(values).toEqual(expected);
    expect(Object.keys(object)).toEqual(expected);
    for (const [key, value] of Object.entries(object)) {
      expect(value).toBe(key);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(object)).toBe(true);
    expect(Object.isFrozen(values)).toBe(true);
  });

  it('guards values', () => {
    for (const value of expected) {
      expect(guard(value)).toBe(true);
    }
    expect(guard(expected[0].toLowerCase())).toBe(false);
    expect(guard('')).toBe(false);
    expect(guard(undefined)).toBe(false);
    expect(guard(1)).toBe(false);
  });

  it('labels every value in every language, distinctly', () => {
    for (const lang of LANGS) {
      const labels = expected.map((value) => label(value as never, lang));
      for (const text of labels) {
        expect(text.trim().length).toBeGreaterThan(1);
      }
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('refuses a value outside the enum', () => {
    expect(() => label('NOPE' as never, 'id')).toThrow(RangeError);
  });
});

describe('labels', () => {
  it('speaks Bahasa Indonesia by default and English on request', () => {
    expect(competencyLabel(CompetencyType.SOCIO_CULTURAL)).toBe('Sosial kultural');
    expect(competencyLabel(CompetencyType.SOCIO_CULTURAL, 'en')).toBe('Socio-cultural');
    expect(regionTypeLabel(RegionType.REGENCY)).toBe('Kabupaten');
    expect(regionTypeLabel(RegionType.CITY, 'en')).toBe('City');
    expect(roleLabel(Role.ORGANIZER)).toBe('Penyelenggara');
    expect(genderLabel(Gender.FEMALE, 'en')).toBe('Female');
  });
});

describe('enum helpers', () => {
  it('lists values and guards them', () => {
    const Sample = { A: 'A', B: 'B' } as const;
    expect(enumValues(Sample)).toEqual(['A', 'B']);
    expect(isEnumValue(Sample, 'B')).toBe(true);
    expect(isEnumValue(Sample, 'toString')).toBe(false);
    expect(labelOf({ A: { id: 'a-id', en: 'a-en' } }, 'A', 'en')).toBe('a-en');
  });
});
