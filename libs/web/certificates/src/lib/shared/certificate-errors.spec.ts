import { certificateErrorKey } from './certificate-errors';

describe('certificateErrorKey', () => {
  it('explains the refusals an organizer meets', () => {
    expect(
      certificateErrorKey({
        code: 'BAD_USER_INPUT',
        field: 'trainingId',
        message:
          'trainingId: the class 1 has no COMPLETED enrollment to certify (complete the class first)',
      }),
    ).toBe('nothingToCertify');
    expect(
      certificateErrorKey({
        code: 'BAD_USER_INPUT',
        field: 'reason',
        message: 'reason: say why the certificate is revoked',
      }),
    ).toBe('reasonRequired');
    expect(
      certificateErrorKey({
        code: 'CONFLICT',
        field: 'id',
        message: 'id: the certificate is already revoked',
      }),
    ).toBe('alreadyRevoked');
  });

  it('leaves unknown refusals to the shared error texts', () => {
    expect(certificateErrorKey({ code: 'FORBIDDEN' })).toBeNull();
    expect(certificateErrorKey({ code: 'CONFLICT', field: 'id', message: 'id: other' })).toBeNull();
  });
});
