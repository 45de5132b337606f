import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import {
  type AuditEventNode,
  type AuditEventRequest,
  AuditTrailService,
} from '../data-access/audit-trail.service';
import { AUDIT_ID } from '../i18n/audit.id';
import { AuditTrailPage, FILTER_DEBOUNCE_MS, suggestions } from './audit-trail-page';

function event(id: number, overrides: Partial<AuditEventNode> = {}): AuditEventNode {
  return {
    id: String(id),
    occurredAt: '2026-11-28T13:55:27.657Z',
    actorId: 'u-bkpsdm',
    actorUsername: 'bkpsdm',
    actorRoles: ['HR_ANALYST'],
    action: 'login',
    entityType: 'User',
    entityId: 'u-bkpsdm',
    regionId: 'r1',
    requestId: '6aff012c-4aa4-40a9-9a5f-97c3d6528d1c',
    ip: '127.0.0.1',
    summary: '{}',
    ...overrides,
  };
}

async function render() {
  const audit = {
    page: jest.fn((request: AuditEventRequest) =>
      of({
        edges: [
          { cursor: 'c2', node: event(2) },
          {
            cursor: 'c1',
            node: event(1, {
              actorId: null,
              actorUsername: null,
              actorRoles: [],
              action: 'createUser',
              summary: '{"username":"sari"}',
              regionId: null,
            }),
          },
        ],
        pageInfo: { hasNextPage: request.after === null, endCursor: 'c1' },
        totalCount: 3,
      }),
    ),
    regions: jest.fn(() =>
      of([{ id: 'r1', code: '35.10', name: 'Kabupaten Banyuwangi', type: 'REGENCY' }]),
    ),
  };
  TestBed.configureTestingModule({
    imports: [
      AuditTrailPage,
      translocoTesting({ id: { audit: AUDIT_ID, common: { none: '—' } }, en: {} }),
    ],
    providers: [provideLmsIcons(), { provide: AuditTrailService, useValue: audit }],
  });
  const fixture = TestBed.createComponent(AuditTrailPage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async (ms = 0) => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };
  await settle();
  return { element, audit, settle };
}

const lastFilter = (audit: { page: jest.Mock }) =>
  (audit.page.mock.calls.at(-1)?.[0] as AuditEventRequest).filter;

function type(element: HTMLElement, testId: string, value: string): void {
  const input = element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('AuditTrailPage', () => {
  it('lists the newest events with actor, region and the change summary', async () => {
    const { element, audit } = await render();
    expect(audit.page).toHaveBeenCalledWith({ filter: {}, first: 20, after: null });
    const rows = element.querySelectorAll('[data-testid="audit-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('bkpsdm');
    expect(rows[0].textContent).toContain('Kabupaten Banyuwangi');
    expect(rows[1].textContent).toContain('Tanpa akun masuk');
    expect(rows[1].querySelector('pre')?.textContent).toContain('"username": "sari"');
    expect(element.querySelector('[data-testid="audit-summary"]')?.textContent?.trim()).toBe(
      'Menampilkan 1–2 dari 3 peristiwa',
    );
  });

  it('filters by the actor chosen in the table, and drops the filter from its chip', async () => {
    const { element, audit, settle } = await render();
    (element.querySelector('[data-testid="audit-actor"]') as HTMLButtonElement).click();
    await settle();
    expect(lastFilter(audit)).toEqual({ actorId: 'u-bkpsdm' });
    expect(element.querySelector('[data-testid="audit-actor-chip"]')?.textContent).toContain(
      'Pelaku: bkpsdm',
    );

    (element.querySelector('[data-testid="audit-actor-chip"] button') as HTMLButtonElement).click();
    await settle();
    expect(lastFilter(audit)).toEqual({});
  });

  it('waits for a valid action name before reading again', async () => {
    const { element, audit, settle } = await render();
    type(element, 'audit-action', 'Login gagal');
    await settle(FILTER_DEBOUNCE_MS + 20);
    expect(audit.page).toHaveBeenCalledTimes(1);
    expect(element.textContent).toContain('Awali dengan huruf kecil');

    type(element, 'audit-action', 'loginFailed');
    await settle(FILTER_DEBOUNCE_MS + 20);
    expect(lastFilter(audit)).toEqual({ action: 'loginFailed' });
  });

  it('pages on with the end cursor', async () => {
    const { element, audit, settle } = await render();
    (element.querySelector('[data-testid="audit-next"]') as HTMLButtonElement).click();
    await settle();
    expect(audit.page).toHaveBeenLastCalledWith({ filter: {}, first: 20, after: 'c1' });
  });
});

describe('suggestions', () => {
  it('offers the known names containing what was typed', () => {
    expect(suggestions(['login', 'loginFailed', 'createUser'], 'LOG')).toEqual([
      'login',
      'loginFailed',
    ]);
    expect(suggestions(['login'], ' ')).toEqual(['login']);
  });
});
