import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';

import { TRAINING_ID } from '../i18n/training.id';
import { type FactsTraining, TrainingFacts } from './training-facts';
import { provideTrainingIcons } from './training-icons';

const training: FactsTraining = {
  id: 't1',
  title: 'Literasi Digital Aparatur — Angkatan IV',
  mode: 'FACE_TO_FACE',
  venue: 'Aula BKPSDM',
  meetingUrl: null,
  startDate: '2026-12-01',
  endDate: '2026-12-02',
  timeZone: 'Asia/Jakarta',
  status: 'SCHEDULED',
  capacity: 20,
  confirmedCount: 4,
  seatsLeft: 16,
  waitlistCount: 0,
  registrationOpen: true,
  registrationOpensAt: null,
  registrationClosesAt: '2026-12-01T01:00:00Z',
  requiresApproval: false,
  course: {
    id: 'c1',
    code: 'DIG-101',
    title: 'Literasi Digital',
    jp: 8,
    competency: 'TECHNICAL',
    digital: true,
  },
  instructors: [
    { id: 'u1', username: 'widyaiswara' },
    { id: 'u2', username: 'narasumber' },
  ],
  agencyQuotas: [
    {
      agencyId: 'a1',
      seats: 5,
      confirmedCount: 3,
      agency: { id: 'a1', code: 'DISKOMINFO', name: 'Dinas Kominfo' },
    },
  ],
};

describe('TrainingFacts', () => {
  it("lists the class's instructors and each agency quota with its seats taken", async () => {
    TestBed.configureTestingModule({
      imports: [TrainingFacts, translocoTesting({ id: { training: TRAINING_ID }, en: {} })],
      providers: [provideLmsIcons(), provideTrainingIcons()],
    });
    const fixture = TestBed.createComponent(TrainingFacts);
    fixture.componentRef.setInput('training', training);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text(element.querySelector('[data-testid="fact-instructors"]'))).toBe(
      'widyaiswara, narasumber',
    );
    const quotas = [...element.querySelectorAll('[data-testid="fact-quota"]')].map(text);
    expect(quotas).toEqual(['Dinas Kominfo: 3 dari 5 kursi terisi']);
  });
});
