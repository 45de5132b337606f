import { inject, Injectable } from '@angular/core';
import {
  CertificateIssuanceDocument,
  type CertificateIssuanceItemFragment,
  type CertificateItemFragment,
  ClassCertificatesDocument,
  type ClassCertificatesQuery,
  IssueCertificatesDocument,
  MyCertificatesDocument,
  RevokeCertificateDocument,
  VerifyCertificateDocument,
  type VerifyCertificateQuery,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type ClassCertificates = ClassCertificatesQuery;
export type Verification = VerifyCertificateQuery['verifyCertificate'];

/** Certificates: a class's issuance and list, revocation, public verification, the holder's own. */
@Injectable({ providedIn: 'root' })
export class CertificateService {
  private readonly apollo = inject(Apollo);

  classView(trainingId: string): Observable<ClassCertificates> {
    return this.apollo
      .query({
        query: ClassCertificatesDocument,
        variables: { trainingId },
        fetchPolicy: 'no-cache',
      })
      .pipe(map((result) => requiredData(result.data, 'classCertificates')));
  }

  /** Queues the class's certificates and answers at once; follow it with `issuance`. */
  async issue(trainingId: string): Promise<CertificateIssuanceItemFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: IssueCertificatesDocument,
        variables: { trainingId },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'issueCertificates').issueCertificates;
  }

  issuance(id: string): Observable<CertificateIssuanceItemFragment> {
    return this.apollo
      .query({ query: CertificateIssuanceDocument, variables: { id }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'certificateIssuance').certificateIssuance));
  }

  async revoke(id: string, reason: string): Promise<CertificateItemFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: RevokeCertificateDocument,
        variables: { id, reason },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'revokeCertificate').revokeCertificate;
  }

  /** Public: answers `valid: false` for an unknown code rather than an error. */
  verify(code: string): Observable<Verification> {
    return this.apollo
      .query({ query: VerifyCertificateDocument, variables: { code }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'verifyCertificate').verifyCertificate));
  }

  mine(): Observable<readonly CertificateItemFragment[]> {
    return this.apollo
      .query({ query: MyCertificatesDocument, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'myCertificates').myCertificates));
  }
}
