import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { REGION_TYPES, type RegionType, regionTypeLabel } from '@lms/shared/domain';
import {
  type AgencyItemFragment,
  type ApiErrorInfo,
  apiErrorInfo,
  LanguageService,
  type RegionItemFragment,
} from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { OrganizationService } from '../data-access/organization.service';

type Notice = { kind: 'created'; key: 'regionCreated' | 'agencyCreated'; name: string };

@Component({
  selector: 'lib-organization-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatListModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeader,
    ReactiveFormsModule,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organization-page.html',
  styleUrl: './organization-page.css',
})
export class OrganizationPage {
  private readonly organization = inject(OrganizationService);
  private readonly language = inject(LanguageService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly regionTypes = REGION_TYPES;
  protected readonly regions = signal<readonly RegionItemFragment[]>([]);
  protected readonly selectedRegionId = signal<string | null>(null);
  protected readonly agencies = signal<readonly AgencyItemFragment[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly notice = signal<Notice | null>(null);

  protected readonly selectedRegion = computed(
    () => this.regions().find((region) => region.id === this.selectedRegionId()) ?? null,
  );

  protected readonly regionForm = this.fb.group({
    code: ['', Validators.required],
    name: ['', Validators.required],
    type: this.fb.control<RegionType>('REGENCY', Validators.required),
  });
  protected readonly agencyForm = this.fb.group({
    code: ['', Validators.required],
    name: ['', Validators.required],
    parentId: this.fb.control<string | null>(null),
  });

  constructor() {
    void this.loadRegions();
  }

  protected typeLabel(type: string): string {
    return (REGION_TYPES as readonly string[]).includes(type)
      ? regionTypeLabel(type as RegionType, this.language.lang())
      : type;
  }

  protected async selectRegion(regionId: string): Promise<void> {
    this.selectedRegionId.set(regionId);
    this.agencyForm.reset();
    await this.run(async () => this.agencies.set(await this.organization.agencies(regionId)));
  }

  protected async createRegion(): Promise<void> {
    if (this.regionForm.invalid) {
      this.regionForm.markAllAsTouched();
      return;
    }
    await this.run(async () => {
      const region = await this.organization.createRegion(this.regionForm.getRawValue());
      this.regionForm.reset();
      this.notice.set({ kind: 'created', key: 'regionCreated', name: region.name });
      this.regions.set(await this.organization.regions());
    });
  }

  protected async createAgency(): Promise<void> {
    const regionId = this.selectedRegionId();
    if (!regionId || this.agencyForm.invalid) {
      this.agencyForm.markAllAsTouched();
      return;
    }
    await this.run(async () => {
      const { code, name, parentId } = this.agencyForm.getRawValue();
      const agency = await this.organization.createAgency({ regionId, code, name, parentId });
      this.agencyForm.reset();
      this.notice.set({ kind: 'created', key: 'agencyCreated', name: agency.name });
      this.agencies.set(await this.organization.agencies(regionId));
    });
  }

  private async loadRegions(): Promise<void> {
    await this.run(async () => {
      const regions = await this.organization.regions();
      this.regions.set(regions);
      if (regions.length > 0 && !this.selectedRegionId()) {
        await this.selectRegion(regions[0].id);
      }
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.notice.set(null);
      this.error.set(apiErrorInfo(error));
    } finally {
      this.loading.set(false);
    }
  }
}
