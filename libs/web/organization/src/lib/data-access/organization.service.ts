import { inject, Injectable } from '@angular/core';
import {
  AgenciesDocument,
  type AgencyItemFragment,
  CreateAgencyDocument,
  type CreateAgencyInput,
  CreateRegionDocument,
  type CreateRegionInput,
  type RegionItemFragment,
  RegionsDocument,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** Reads and creates regions and agencies (ADMIN). */
@Injectable({ providedIn: 'root' })
export class OrganizationService {
  private readonly apollo = inject(Apollo);

  async regions(): Promise<readonly RegionItemFragment[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: RegionsDocument, fetchPolicy: 'network-only' }),
    );
    return result.data?.regions ?? [];
  }

  async agencies(regionId: string): Promise<readonly AgencyItemFragment[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: AgenciesDocument,
        variables: { regionId },
        fetchPolicy: 'network-only',
      }),
    );
    return result.data?.agencies ?? [];
  }

  async createRegion(input: CreateRegionInput): Promise<RegionItemFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CreateRegionDocument, variables: { input } }),
    );
    if (!result.data) {
      throw new Error('createRegion returned no data');
    }
    return result.data.createRegion;
  }

  async createAgency(input: CreateAgencyInput): Promise<AgencyItemFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CreateAgencyDocument, variables: { input } }),
    );
    if (!result.data) {
      throw new Error('createAgency returned no data');
    }
    return result.data.createAgency;
  }
}
