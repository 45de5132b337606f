import { AccessScope, InvalidInputError } from '@lms/server/core';
import { Region, RegionService } from '@lms/server/organization';
import { ANNUAL_JP_OBLIGATION, IndicatorGrouping, RegionType } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';

import { checkIndicatorYear } from '../common/indicator-year';
import { IndicatorRow } from '../literacy/indicator-row.model';
import { LiteracyIndicatorService } from '../literacy/literacy-indicator.service';
import { toCsv } from './csv-writer';
import { OpenDataPackage } from './export.models';
import { KEMENDAGRI_PROVINCES } from './kemendagri-provinces';

const DATASET = 'literasi-digital-aparatur';

/** Columns of the open-data table with their unit and definition (Bahasa Indonesia, English). */
export const OPEN_DATA_COLUMNS: {
  name: string;
  type: string;
  unit: string;
  id: string;
  en: string;
}[] = [
  {
    name: 'kode_provinsi',
    type: 'string',
    unit: '-',
    id: 'Kode provinsi Kemendagri',
    en: 'Kemendagri province code',
  },
  { name: 'nama_provinsi', type: 'string', unit: '-', id: 'Nama provinsi', en: 'Province name' },
  {
    name: 'kode_kabupaten_kota',
    type: 'string',
    unit: '-',
    id: 'Kode kabupaten/kota Kemendagri (kosong untuk pemerintah provinsi)',
    en: 'Kemendagri regency/city code (empty for a provincial government)',
  },
  {
    name: 'nama_kabupaten_kota',
    type: 'string',
    unit: '-',
    id: 'Nama kabupaten/kota',
    en: 'Regency or city name',
  },
  {
    name: 'jumlah_aparatur',
    type: 'integer',
    unit: 'orang',
    id: 'Aparatur (PNS dan PPPK) aktif',
    en: 'Active civil servants (PNS and PPPK)',
  },
  {
    name: 'jumlah_aparatur_pelatihan_tik',
    type: 'integer',
    unit: 'orang',
    id: 'Aparatur yang menyelesaikan pelatihan TIK (digital) pada tahun tersebut',
    en: 'Civil servants who completed an ICT (digital) training in the year',
  },
  {
    name: 'jumlah_aparatur_sertifikasi_tik',
    type: 'integer',
    unit: 'orang',
    id: 'Aparatur yang memegang sertifikat TIK yang sah terbit pada tahun tersebut',
    en: 'Civil servants holding a valid ICT certificate issued in the year',
  },
  {
    name: 'jumlah_aparatur_literasi_digital',
    type: 'integer',
    unit: 'orang',
    id: 'Aparatur yang mengikuti pelatihan atau sertifikasi TIK (atau keduanya)',
    en: 'Civil servants trained or certified in ICT (or both)',
  },
  {
    name: 'tingkat_literasi_digital',
    type: 'number',
    unit: 'persen',
    id: 'jumlah_aparatur_literasi_digital dibagi jumlah_aparatur, dikali 100',
    en: 'jumlah_aparatur_literasi_digital over jumlah_aparatur, times 100',
  },
  {
    name: 'total_jp',
    type: 'number',
    unit: 'JP (jam pelajaran, 45 menit)',
    id: 'Jam pelajaran pengembangan kompetensi yang diselesaikan pada tahun tersebut',
    en: 'Lesson hours of competency development completed in the year',
  },
  {
    name: 'jumlah_aparatur_memenuhi_20_jp',
    type: 'integer',
    unit: 'orang',
    id: `Aparatur dengan paling sedikit ${ANNUAL_JP_OBLIGATION} JP pada tahun tersebut`,
    en: `Civil servants with at least ${ANNUAL_JP_OBLIGATION} JP in the year`,
  },
  {
    name: 'tingkat_pemenuhan_20_jp',
    type: 'number',
    unit: 'persen',
    id: 'jumlah_aparatur_memenuhi_20_jp dibagi jumlah_aparatur, dikali 100',
    en: 'jumlah_aparatur_memenuhi_20_jp over jumlah_aparatur, times 100',
  },
  { name: 'tahun', type: 'integer', unit: 'tahun', id: 'Tahun data', en: 'Year of the data' },
];

const percent = (rate: number) => Math.round(rate * 10000) / 100;

/**
 * The indicator table of a year per region as Satu Data Indonesia publishes standard data: one
 * row per regional government with its Kemendagri code, flat snake_case columns, and a metadata
 * document (concept, definition, unit, frequency, source, reference codes) beside it.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly indicators: LiteracyIndicatorService,
    private readonly regions: RegionService,
  ) {}

  async package(year: number, scope: AccessScope): Promise<OpenDataPackage> {
    const checked = checkIndicatorYear(year);
    if (checked === null) throw new InvalidInputError('year', 'year: is required');
    const rows = await this.indicators.indicators(IndicatorGrouping.REGION, { year }, scope, 'id');
    const regions = await this.regions.list(scope);
    const byId = new Map(regions.map((r) => [r.id, r]));
    const provinceNames = new Map(
      regions.filter((r) => r.type === RegionType.PROVINCE).map((r) => [r.code, r.name]),
    );
    const lines = rows.flatMap((row) => {
      const region = byId.get(row.key);
      return region ? [this.line(region, row, year, provinceNames)] : [];
    });
    const header = OPEN_DATA_COLUMNS.map((c) => c.name);
    return {
      year,
      data: {
        filename: `${DATASET}-${year}.csv`,
        rows: lines.length,
        content: toCsv(header, lines),
      },
      metadataFilename: `${DATASET}-${year}.metadata.json`,
      metadataJson: JSON.stringify(this.metadata(year, regions), null, 2),
    };
  }

  private line(
    region: Region,
    row: IndicatorRow,
    year: number,
    provinceNames: Map<string, string>,
  ): (string | number)[] {
    const provinceCode = region.code.slice(0, 2);
    const provinceName =
      region.type === RegionType.PROVINCE
        ? region.name
        : (provinceNames.get(provinceCode) ?? KEMENDAGRI_PROVINCES[provinceCode] ?? '');
    const isProvince = region.type === RegionType.PROVINCE;
    return [
      provinceCode,
      provinceName,
      isProvince ? '' : region.code,
      isProvince ? '' : region.name,
      row.headcount,
      row.trainedCount,
      row.certifiedCount,
      row.literateCount,
      percent(row.literacyRate),
      row.totalJp,
      row.jpCompliantCount,
      percent(row.jpComplianceRate),
      year,
    ];
  }

  private metadata(year: number, regions: Region[]) {
    return {
      dataset: DATASET,
      judul: `Tingkat Literasi Digital Aparatur dan Pemenuhan ${ANNUAL_JP_OBLIGATION} JP Pengembangan Kompetensi Tahun ${year}`,
      title: `Digital Literacy of the Civil Service and the ${ANNUAL_JP_OBLIGATION}-JP Development Obligation, ${year}`,
      tahun: year,
      konsep: {
        id: 'Literasi digital aparatur: aparatur sipil negara yang telah mengikuti pelatihan atau sertifikasi teknologi informasi dan komunikasi (TIK). Pengembangan kompetensi: setiap PNS paling sedikit 20 jam pelajaran (JP) per tahun (PP 17/2020).',
        en: 'Digital literacy of the apparatus: civil servants who have taken an information and communication technology (ICT) training or certification. Competency development: every civil servant owes at least 20 lesson hours (JP) a year (Government Regulation 17/2020).',
      },
      definisi: {
        id: `Tingkat Literasi Digital Aparatur adalah jumlah aparatur aktif yang pada tahun ${year} menyelesaikan pelatihan bertanda digital atau memegang sertifikat sah atas pelatihan digital, dibagi jumlah aparatur aktif. Tingkat pemenuhan ${ANNUAL_JP_OBLIGATION} JP adalah jumlah aparatur aktif yang JP-nya pada tahun ${year} mencapai ${ANNUAL_JP_OBLIGATION}, dibagi jumlah aparatur aktif.`,
        en: `The digital literacy rate is the number of active civil servants who, in ${year}, completed a training marked digital or hold a valid certificate of a digital training, over the number of active civil servants. The ${ANNUAL_JP_OBLIGATION}-JP compliance rate is the number of active civil servants whose JP in ${year} reach ${ANNUAL_JP_OBLIGATION}, over the number of active civil servants.`,
      },
      cara_perhitungan: {
        id: 'Sertifikat yang dicabut tidak dihitung; riwayat pelatihan yang diimpor dengan nomor sertifikat dihitung sebagai sertifikat sah pada tanggal selesainya. Pegawai dihitung pada wilayah dan perangkat daerah tempat ia terdaftar saat data diambil.',
        en: 'Revoked certificates are not counted; imported training history with a certificate number counts as a valid certificate on its completion date. Each employee counts in the region and agency they belong to when the data is taken.',
      },
      satuan: {
        id: 'orang; persen; JP (jam pelajaran, 45 menit)',
        en: 'persons; percent; JP (45-minute lesson hours)',
      },
      frekuensi: { id: 'Tahunan', en: 'Yearly' },
      sumber: {
        id: 'Sistem pembelajaran ASN (LMS) pemerintah daerah: riwayat pelatihan mandiri, Bimtek, riwayat yang diimpor, dan sertifikat',
        en: 'The regional civil-service learning system (LMS): self-paced and Bimtek completions, imported history and certificates',
      },
      produsen_data: {
        id: 'BKD/BKPSDM pemerintah daerah',
        en: 'The regional HR bureau (BKD/BKPSDM)',
      },
      referensi_kode_wilayah: {
        id: 'Kode wilayah administrasi pemerintahan Kementerian Dalam Negeri (Kemendagri): 2 digit provinsi, provinsi.2 digit kabupaten (01-69) atau kota (71-99)',
        en: 'Ministry of Home Affairs (Kemendagri) administrative region codes: 2-digit province, province.2 digits for a regency (01-69) or city (71-99)',
      },
      wilayah: regions.map((r) => ({ kode: r.code, nama: r.name, jenis: r.type })),
      kolom: OPEN_DATA_COLUMNS.map((c) => ({
        nama: c.name,
        tipe: c.type,
        satuan: c.unit,
        definisi: { id: c.id, en: c.en },
      })),
      format: {
        id: 'CSV UTF-8, pemisah koma, baris judul',
        en: 'UTF-8 CSV, comma separated, header row',
      },
      dibuat_pada: new Date().toISOString(),
    };
  }
}
