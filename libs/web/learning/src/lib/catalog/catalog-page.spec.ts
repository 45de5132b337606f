import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CatalogQueryVariables, CompetencyItemFragment } from '@lms/web/core';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import { CatalogService } from '../data-access/catalog.service';
import { LEARNING_ID } from '../i18n/learning.id';
import { provideLearningIcons } from '../shared/learning-icons';
import { CatalogPage } from './catalog-page';

const COMPETENCIES: CompetencyItemFragment[] = [
  { id: 'k-t1', code: 'T.01', name: 'Analisis Data', type: 'TECHNICAL', regionId: 'r1' },
  { id: 'k-m1', code: 'M.01', name: 'Integritas', type: 'MANAGERIAL', regionId: null },
  { id: 'k-m2', code: 'M.02', name: 'Kerja Sama', type: 'MANAGERIAL', regionId: null },
];

const EMPTY_PAGE = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

async function render() {
  const catalog = {
    page: jest.fn((_variables: CatalogQueryVariables) => of(EMPTY_PAGE)),
    competencies: jest.fn(() => of(COMPETENCIES)),
  };
  TestBed.configureTestingModule({
    imports: [CatalogPage, translocoTesting({ id: { learning: LEARNING_ID }, en: {} })],
    providers: [
      provideRouter([]),
      provideLmsIcons(),
      provideLearningIcons(),
      { provide: CatalogService, useValue: catalog },
    ],
  });
  const fixture = TestBed.createComponent(CatalogPage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();

  /** Opens a select, answers its option labels, and clicks `choose` when given. */
  const select = async (testId: string, choose?: string) => {
    const trigger = element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    trigger?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle();
    // Only this select's panel: a closed one may linger in the overlay container.
    const panel = document.getElementById(trigger?.getAttribute('aria-controls') ?? '');
    const options = Array.from(panel?.querySelectorAll<HTMLElement>('mat-option') ?? []);
    const labels = options.map((o) => o.textContent?.trim());
    const groups = Array.from(panel?.querySelectorAll('.mat-mdc-optgroup-label') ?? []).map((l) =>
      l.textContent?.trim(),
    );
    const option = options.find((o) => o.textContent?.trim() === choose);
    if (option) {
      option.click();
    } else {
      document.querySelector<HTMLElement>('.cdk-overlay-backdrop')?.click();
    }
    await settle();
    return { labels, groups };
  };
  const lastVariables = () => catalog.page.mock.calls.at(-1)?.[0];
  return { catalog, element, select, lastVariables };
}

describe('CatalogPage: specific competency', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.replaceChildren());

  it('offers every competency grouped by type, and filters the catalog by the chosen one', async () => {
    const { catalog, select, lastVariables } = await render();
    expect(catalog.competencies).toHaveBeenCalledTimes(1);

    const { labels, groups } = await select('catalog-specific', 'M.01 · Integritas');
    expect(groups).toEqual(['Teknis', 'Manajerial']);
    expect(labels).toEqual([
      'Semua',
      'T.01 · Analisis Data',
      'M.01 · Integritas',
      'M.02 · Kerja Sama',
    ]);
    expect(lastVariables()).toMatchObject({ competency: null, competencyId: 'k-m1' });
  });

  it('narrows the list to the chosen type and forgets the competency when the type changes', async () => {
    const { select, lastVariables, element } = await render();
    await select('catalog-competency', 'Manajerial');
    const narrowed = await select('catalog-specific', 'M.02 · Kerja Sama');
    expect(narrowed.groups).toEqual([]);
    expect(narrowed.labels).toEqual(['Semua', 'M.01 · Integritas', 'M.02 · Kerja Sama']);
    expect(lastVariables()).toMatchObject({ competency: 'MANAGERIAL', competencyId: 'k-m2' });

    await select('catalog-competency', 'Teknis');
    expect(lastVariables()).toMatchObject({ competency: 'TECHNICAL', competencyId: null });
    expect(element.querySelector('[data-testid="catalog-specific"]')?.textContent?.trim()).toBe(
      'Semua',
    );
    expect((await select('catalog-specific')).labels).toEqual(['Semua', 'T.01 · Analisis Data']);
  });
});
