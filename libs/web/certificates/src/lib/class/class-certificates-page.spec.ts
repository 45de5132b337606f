import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import type { CertificateIssuanceItemFragment } from '@lms/web/core';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import { AuthorizedDownloadService } from '../data-access/authorized-download.service';
import { CertificateService, type ClassCertificates } from '../data-access/certificate.service';
import { CERTIFICATES_ID } from '../i18n/certificates.id';
import { ISSUANCE_POLL_INTERVAL } from '../issuance/issuance-progress';
import { provideCertificateIcons } from '../shared/certificate-icons';
import { ClassCertificatesPage, trainingIdOf } from './class-certificates-page';

function issuance(status: string, issued: number, failed = 0): CertificateIssuanceItemFragment {
  return {
    id: 'iss-1',
    trainingId: 't1',
    status,
    total: 3,
    issued,
    failed,
    createdAt: '2026-12-05T01:00:00Z',
    failures: failed
      ? [
          {
            enrollmentId: 'e3',
            holderName: 'Siti Aminah',
            nip: '198503152010012001',
            reason: 'font missing',
            failedAt: '2026-12-05T01:00:05Z',
          },
        ]
      : [],
  };
}

function view(certificates: number): ClassCertificates {
  return {
    training: {
      id: 't1',
      title: 'Bimtek Arsip',
      status: 'COMPLETED',
      endDate: '2026-11-20',
      course: { id: 'c1', title: 'Arsip Digital' },
      enrollments: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }],
    },
    certificateIssuances: [],
    trainingCertificates: Array.from({ length: certificates }, (_, i) => ({
      id: `cert-${i}`,
      code: `code-${i}`,
      number: `800/000${i + 1}/BKPSDM/2026`,
      status: 'VALID',
      version: 1,
      issuedOn: '2026-12-05',
      holderName: `Peserta ${i + 1}`,
      holderNip: '19850315201001100' + i,
      courseTitle: 'Arsip Digital',
      jp: 24,
      predikat: null,
      sha256: 'ab'.repeat(32),
      pdfUrl: `/certificates/code-${i}.pdf`,
      verifyUrl: `http://x/verify/code-${i}`,
      badgeUrl: `/certificates/code-${i}/badge.json`,
      revokedAt: null,
      revokeReason: null,
      enrollmentId: `e${i + 1}`,
      trainingId: 't1',
    })),
  } as ClassCertificates;
}

async function render(readings: CertificateIssuanceItemFragment[]) {
  let issuedSoFar = 0;
  const service = {
    classView: jest.fn(() => of(view(issuedSoFar))),
    issue: jest.fn(async () => issuance('QUEUED', 0)),
    issuance: jest.fn(() => {
      const next = readings.shift() ?? issuance('DONE', 3);
      issuedSoFar = next.issued;
      return of(next);
    }),
  };
  TestBed.configureTestingModule({
    imports: [
      ClassCertificatesPage,
      translocoTesting({ id: { certificates: CERTIFICATES_ID }, en: {} }),
    ],
    providers: [
      provideLmsIcons(),
      provideCertificateIcons(),
      { provide: CertificateService, useValue: service },
      { provide: AuthorizedDownloadService, useValue: { download: jest.fn() } },
      { provide: ISSUANCE_POLL_INTERVAL, useValue: 5 },
      {
        provide: ActivatedRoute,
        useValue: {
          snapshot: { pathFromRoot: [{ paramMap: convertToParamMap({ trainingId: 't1' }) }] },
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(ClassCertificatesPage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async (ms = 0) => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };
  await settle();
  return { service, element, settle };
}

const text = (element: HTMLElement, id: string) =>
  element.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';

describe('ClassCertificatesPage', () => {
  it('reads the class id from the class page around it', () => {
    const route = {
      snapshot: {
        pathFromRoot: [
          { paramMap: convertToParamMap({}) },
          { paramMap: convertToParamMap({ trainingId: 'abc' }) },
          { paramMap: convertToParamMap({}) },
        ],
      },
    } as unknown as ActivatedRoute;
    expect(trainingIdOf(route)).toBe('abc');
  });

  it('issues, then follows the issuance until it is DONE at 100 % and lists the certificates', async () => {
    const { service, element, settle } = await render([
      issuance('RUNNING', 1),
      issuance('RUNNING', 2),
      issuance('DONE', 3),
    ]);
    const button = element.querySelector<HTMLButtonElement>('[data-testid="issue-certificates"]');
    expect(button?.disabled).toBe(false);
    expect(element.querySelectorAll('[data-testid="certificate-row"]')).toHaveLength(0);

    button?.click();
    await settle(100);

    expect(service.issue).toHaveBeenCalledWith('t1');
    expect(service.issuance).toHaveBeenCalledTimes(3);
    expect(text(element, 'issuance-percent')).toBe('100 %');
    expect(text(element, 'issuance-status')).toBe('Selesai');
    expect(text(element, 'issuance-counts')).toContain('3 dari 3 terbit');
    expect(element.querySelectorAll('[data-testid="certificate-row"]')).toHaveLength(3);
  });

  it('shows failures with their reasons when the issuance ends FAILED', async () => {
    const { element, settle } = await render([issuance('FAILED', 2, 1)]);
    element.querySelector<HTMLButtonElement>('[data-testid="issue-certificates"]')?.click();
    await settle(50);
    expect(text(element, 'issuance-status')).toBe('Selesai dengan kegagalan');
    expect(text(element, 'issuance-failure')).toContain('Siti Aminah');
    expect(text(element, 'issuance-failure')).toContain('font missing');
  });
});
