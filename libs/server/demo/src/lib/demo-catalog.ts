import { PositionType, RegionType } from '@lms/shared/domain';

/** The demo's two local governments and their OPD, modelled on real Jawa Timur structures. */
export const DEMO_REGIONS = [
  {
    code: '35.10',
    name: 'Kabupaten Banyuwangi',
    type: RegionType.REGENCY,
    prefix: 'BWI',
    employees: 200,
  },
  { code: '35.77', name: 'Kota Madiun', type: RegionType.CITY, prefix: 'MDN', employees: 120 },
] as const;

/** Who signs each demo region's certificates (fictional officials; valid NIPs). */
export const DEMO_CERTIFICATE_SETTINGS: Record<
  (typeof DEMO_REGIONS)[number]['code'],
  {
    numberPattern: string;
    issuerName: string;
    cityOfIssue: string;
    signatoryName: string;
    signatoryPosition: string;
    signatoryNip: string;
  }
> = {
  '35.10': {
    numberPattern: '800/{seq}/429.201/{year}',
    issuerName: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    cityOfIssue: 'Banyuwangi',
    signatoryName: 'Dr. Hj. Retno Wulandari, S.Sos., M.Si.',
    signatoryPosition: 'Kepala BKPSDM Kabupaten Banyuwangi',
    signatoryNip: '197204151998032004',
  },
  '35.77': {
    numberPattern: '800/{seq}/401.302/{year}',
    issuerName: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    cityOfIssue: 'Madiun',
    signatoryName: 'Drs. Bambang Sutrisno, M.M.',
    signatoryPosition: 'Kepala BKPSDM Kota Madiun',
    signatoryNip: '196908221994031005',
  },
};

/** [code suffix, name, children] — kecamatan carry kelurahan/desa below them. */
export const DEMO_AGENCIES: [string, string, [string, string][]?][] = [
  ['SETDA', 'Sekretariat Daerah'],
  ['SETWAN', 'Sekretariat DPRD'],
  ['INSP', 'Inspektorat Daerah'],
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah'],
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'],
  ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah'],
  [
    'DISKOMINFO',
    'Dinas Komunikasi, Informatika dan Persandian',
    [
      ['APTIKA', 'Bidang Aplikasi Informatika'],
      ['PERSANDIAN', 'Bidang Persandian dan Statistik'],
    ],
  ],
  ['DISDIK', 'Dinas Pendidikan'],
  ['DINKES', 'Dinas Kesehatan'],
  ['DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
  ['DISPENDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil'],
  ['DINSOS', 'Dinas Sosial'],
  ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'],
  [
    'KEC-KOTA',
    'Kecamatan Kota',
    [
      ['KEL-1', 'Kelurahan Kertosari'],
      ['KEL-2', 'Kelurahan Panderejo'],
    ],
  ],
];

export const DEMO_POSITIONS: { type: PositionType; titles: string[]; weight: number }[] = [
  {
    type: PositionType.JPT,
    titles: ['Kepala Dinas', 'Kepala Badan', 'Sekretaris Daerah'],
    weight: 2,
  },
  { type: PositionType.ADMINISTRATOR, titles: ['Sekretaris', 'Kepala Bidang', 'Camat'], weight: 8 },
  {
    type: PositionType.PENGAWAS,
    titles: ['Kepala Sub Bagian', 'Kepala Seksi', 'Lurah'],
    weight: 15,
  },
  {
    type: PositionType.FUNGSIONAL,
    titles: [
      'Pranata Komputer Ahli Pertama',
      'Analis Kebijakan Ahli Muda',
      'Perencana Ahli Muda',
      'Auditor Ahli Pertama',
      'Pranata Komputer Terampil',
      'Statistisi Ahli Pertama',
    ],
    weight: 35,
  },
  {
    type: PositionType.PELAKSANA,
    titles: [
      'Pengadministrasi Umum',
      'Pengelola Data',
      'Pengelola Layanan Operasional',
      'Operator Layanan Operasional',
    ],
    weight: 40,
  },
];

export const DEMO_USERNAMES = {
  admin: 'admin',
  organizer: 'penyelenggara',
  hrAnalyst: 'bkpsdm',
  instructor: 'widyaiswara',
} as const;
