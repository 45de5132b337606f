import { CompetencyType } from '@lms/shared/domain';

/**
 * Real regencies and cities with their Kemendagri codes (Jawa Timur, Jawa Tengah, DI Yogyakarta),
 * used in order by the load-test generator; codes already on the platform are skipped, and past
 * the end of the list synthetic codes of other provinces are used.
 */
export const GENERATOR_REGIONS: readonly [code: string, name: string][] = [
  ['35.01', 'Pacitan'],
  ['35.02', 'Ponorogo'],
  ['35.03', 'Trenggalek'],
  ['35.04', 'Tulungagung'],
  ['35.05', 'Blitar'],
  ['35.06', 'Kediri'],
  ['35.07', 'Malang'],
  ['35.08', 'Lumajang'],
  ['35.09', 'Jember'],
  ['35.10', 'Banyuwangi'],
  ['35.11', 'Bondowoso'],
  ['35.12', 'Situbondo'],
  ['35.13', 'Probolinggo'],
  ['35.14', 'Pasuruan'],
  ['35.15', 'Sidoarjo'],
  ['35.16', 'Mojokerto'],
  ['35.17', 'Jombang'],
  ['35.18', 'Nganjuk'],
  ['35.19', 'Madiun'],
  ['35.20', 'Magetan'],
  ['35.21', 'Ngawi'],
  ['35.22', 'Bojonegoro'],
  ['35.23', 'Tuban'],
  ['35.24', 'Lamongan'],
  ['35.25', 'Gresik'],
  ['35.26', 'Bangkalan'],
  ['35.27', 'Sampang'],
  ['35.28', 'Pamekasan'],
  ['35.29', 'Sumenep'],
  ['35.71', 'Kediri'],
  ['35.72', 'Blitar'],
  ['35.73', 'Malang'],
  ['35.74', 'Probolinggo'],
  ['35.75', 'Pasuruan'],
  ['35.76', 'Mojokerto'],
  ['35.77', 'Madiun'],
  ['35.78', 'Surabaya'],
  ['35.79', 'Batu'],
  ['33.01', 'Cilacap'],
  ['33.02', 'Banyumas'],
  ['33.03', 'Purbalingga'],
  ['33.04', 'Banjarnegara'],
  ['33.05', 'Kebumen'],
  ['33.06', 'Purworejo'],
  ['33.07', 'Wonosobo'],
  ['33.08', 'Magelang'],
  ['33.09', 'Boyolali'],
  ['33.10', 'Klaten'],
  ['33.11', 'Sukoharjo'],
  ['33.12', 'Wonogiri'],
  ['33.13', 'Karanganyar'],
  ['33.14', 'Sragen'],
  ['33.15', 'Grobogan'],
  ['33.16', 'Blora'],
  ['33.17', 'Rembang'],
  ['33.18', 'Pati'],
  ['33.19', 'Kudus'],
  ['33.20', 'Jepara'],
  ['33.21', 'Demak'],
  ['33.22', 'Semarang'],
  ['33.23', 'Temanggung'],
  ['33.24', 'Kendal'],
  ['33.25', 'Batang'],
  ['33.26', 'Pekalongan'],
  ['33.27', 'Pemalang'],
  ['33.28', 'Tegal'],
  ['33.29', 'Brebes'],
  ['33.71', 'Magelang'],
  ['33.72', 'Surakarta'],
  ['33.73', 'Salatiga'],
  ['33.74', 'Semarang'],
  ['33.75', 'Pekalongan'],
  ['33.76', 'Tegal'],
  ['34.01', 'Kulon Progo'],
  ['34.02', 'Bantul'],
  ['34.03', 'Gunungkidul'],
  ['34.04', 'Sleman'],
  ['34.71', 'Yogyakarta'],
];

/** Provinces whose codes the generator invents regencies in once the real list is used up. */
export const SYNTHETIC_PROVINCES = ['51', '52', '53', '61', '62', '63', '64', '71', '72', '73'];

export interface AgencyTemplate {
  suffix: string;
  name: string;
  /** Share of the region's employees working here directly (relative weight). */
  weight: number;
  children?: [suffix: string, name: string, weight: number][];
}

/** A regional government's OPD, with the staff weight of each (teachers and health workers dominate). */
export const GENERATOR_AGENCIES: readonly AgencyTemplate[] = [
  { suffix: 'SETDA', name: 'Sekretariat Daerah', weight: 4 },
  { suffix: 'SETWAN', name: 'Sekretariat DPRD', weight: 1.5 },
  { suffix: 'INSP', name: 'Inspektorat Daerah', weight: 1.5 },
  { suffix: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', weight: 1.5 },
  { suffix: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', weight: 1.5 },
  { suffix: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', weight: 2 },
  { suffix: 'BAPENDA', name: 'Badan Pendapatan Daerah', weight: 2 },
  { suffix: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', weight: 1 },
  { suffix: 'KESBANGPOL', name: 'Badan Kesatuan Bangsa dan Politik', weight: 0.8 },
  {
    suffix: 'DISKOMINFO',
    name: 'Dinas Komunikasi dan Informatika',
    weight: 1,
    children: [
      ['APTIKA', 'Bidang Aplikasi Informatika', 0.6],
      ['SANDI', 'Bidang Persandian dan Statistik', 0.5],
    ],
  },
  {
    suffix: 'DISDIK',
    name: 'Dinas Pendidikan',
    weight: 3,
    children: [
      ['SD', 'Bidang Pembinaan Sekolah Dasar', 16],
      ['SMP', 'Bidang Pembinaan Sekolah Menengah Pertama', 10],
    ],
  },
  {
    suffix: 'DINKES',
    name: 'Dinas Kesehatan',
    weight: 3,
    children: [
      ['PKM', 'UPTD Puskesmas', 9],
      ['P2P', 'Bidang Pencegahan dan Pengendalian Penyakit', 1],
    ],
  },
  { suffix: 'RSUD', name: 'Rumah Sakit Umum Daerah', weight: 7 },
  { suffix: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', weight: 3 },
  { suffix: 'DINSOS', name: 'Dinas Sosial', weight: 1.5 },
  { suffix: 'DISPENDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', weight: 1.5 },
  {
    suffix: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    weight: 1.5,
  },
  { suffix: 'DISHUB', name: 'Dinas Perhubungan', weight: 2 },
  { suffix: 'DLH', name: 'Dinas Lingkungan Hidup', weight: 2 },
  { suffix: 'DISPERINDAG', name: 'Dinas Perindustrian dan Perdagangan', weight: 1.5 },
  { suffix: 'DISTAN', name: 'Dinas Pertanian dan Ketahanan Pangan', weight: 3 },
  { suffix: 'DISKOPUM', name: 'Dinas Koperasi dan Usaha Mikro', weight: 1 },
  { suffix: 'DISPARBUD', name: 'Dinas Pariwisata dan Kebudayaan', weight: 1 },
  { suffix: 'DPPKB', name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana', weight: 1.5 },
  { suffix: 'DPMD', name: 'Dinas Pemberdayaan Masyarakat dan Desa', weight: 1 },
  { suffix: 'DISPUSIP', name: 'Dinas Perpustakaan dan Kearsipan', weight: 1 },
  { suffix: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', weight: 2.5 },
];

/** Kecamatan and kelurahan/desa names (common Javanese place names). */
export const PLACE_NAMES = [
  'Sumbersari',
  'Kedungrejo',
  'Purwosari',
  'Karanganyar',
  'Sidomulyo',
  'Tegalsari',
  'Wonosari',
  'Sukorejo',
  'Banjarsari',
  'Margomulyo',
  'Tanjungsari',
  'Sumberejo',
  'Mojoagung',
  'Kalisari',
  'Rejosari',
  'Ngadirejo',
  'Sukamaju',
  'Kradenan',
  'Gondang',
  'Kepuhsari',
  'Jatirejo',
  'Wringinanom',
  'Sendangrejo',
  'Tambakrejo',
  'Krajan',
  'Pandanwangi',
  'Ngampel',
  'Bendungan',
  'Ngrayun',
  'Kalipare',
];

export interface CourseTemplate {
  abbr: string;
  title: string;
  competency: CompetencyType;
  digital: boolean;
  /** Relative popularity. */
  weight: number;
}

const T = CompetencyType.TECHNICAL;
const M = CompetencyType.MANAGERIAL;
const S = CompetencyType.SOCIO_CULTURAL;

/** Courses over the three competencies; each comes in three levels (Dasar, Menengah, Lanjut). */
export const COURSE_TEMPLATES: readonly CourseTemplate[] = [
  { abbr: 'LITDIG', title: 'Literasi Digital Aparatur', competency: T, digital: true, weight: 6 },
  { abbr: 'SIBER', title: 'Keamanan Siber untuk ASN', competency: T, digital: true, weight: 4 },
  {
    abbr: 'SPBE',
    title: 'Arsitektur dan Tata Kelola SPBE',
    competency: T,
    digital: true,
    weight: 3,
  },
  {
    abbr: 'SDI',
    title: 'Manajemen Data dan Satu Data Indonesia',
    competency: T,
    digital: true,
    weight: 3,
  },
  {
    abbr: 'ANADATA',
    title: 'Analisis Data dengan Lembar Kerja',
    competency: T,
    digital: true,
    weight: 3,
  },
  {
    abbr: 'TTE',
    title: 'Tanda Tangan Elektronik dan Persuratan Digital',
    competency: T,
    digital: true,
    weight: 3,
  },
  {
    abbr: 'WEB',
    title: 'Pengelolaan Situs Web Pemerintah',
    competency: T,
    digital: true,
    weight: 1,
  },
  {
    abbr: 'AI',
    title: 'Kecerdasan Artifisial untuk Pelayanan Publik',
    competency: T,
    digital: true,
    weight: 2,
  },
  {
    abbr: 'JARKOM',
    title: 'Administrasi Jaringan Komputer',
    competency: T,
    digital: true,
    weight: 1,
  },
  {
    abbr: 'PBJ',
    title: 'Pengadaan Barang/Jasa Pemerintah',
    competency: T,
    digital: false,
    weight: 3,
  },
  {
    abbr: 'ANGGARAN',
    title: 'Penganggaran Berbasis Kinerja',
    competency: T,
    digital: false,
    weight: 2,
  },
  { abbr: 'ARSIP', title: 'Pengelolaan Arsip Dinamis', competency: T, digital: false, weight: 2 },
  {
    abbr: 'KEUDA',
    title: 'Penatausahaan Keuangan Daerah',
    competency: T,
    digital: false,
    weight: 2,
  },
  {
    abbr: 'SOP',
    title: 'Penyusunan Standar Operasional Prosedur',
    competency: T,
    digital: false,
    weight: 2,
  },
  {
    abbr: 'RENBANG',
    title: 'Perencanaan Pembangunan Daerah',
    competency: T,
    digital: false,
    weight: 1,
  },
  { abbr: 'KEPDIG', title: 'Kepemimpinan Digital', competency: M, digital: true, weight: 2 },
  {
    abbr: 'DATAKEP',
    title: 'Pengambilan Keputusan Berbasis Data',
    competency: M,
    digital: true,
    weight: 2,
  },
  { abbr: 'PERUBAHAN', title: 'Mengelola Perubahan', competency: M, digital: false, weight: 2 },
  { abbr: 'YANLIK', title: 'Pelayanan Publik Prima', competency: M, digital: false, weight: 3 },
  { abbr: 'KOMEF', title: 'Komunikasi Efektif', competency: M, digital: false, weight: 2 },
  { abbr: 'KINERJA', title: 'Manajemen Kinerja Pegawai', competency: M, digital: false, weight: 2 },
  {
    abbr: 'INTEGRITAS',
    title: 'Integritas dan Antikorupsi',
    competency: M,
    digital: false,
    weight: 2,
  },
  {
    abbr: 'PEREKAT',
    title: 'Perekat Bangsa di Ruang Digital',
    competency: S,
    digital: true,
    weight: 2,
  },
  {
    abbr: 'ETIKAMEDSOS',
    title: 'Etika Bermedia Sosial bagi ASN',
    competency: S,
    digital: true,
    weight: 2,
  },
  {
    abbr: 'WASBANG',
    title: 'Wawasan Kebangsaan dan Nilai Dasar ASN',
    competency: S,
    digital: false,
    weight: 3,
  },
  { abbr: 'MODERASI', title: 'Moderasi Beragama', competency: S, digital: false, weight: 2 },
  {
    abbr: 'LINTASBUDAYA',
    title: 'Komunikasi Lintas Budaya',
    competency: S,
    digital: false,
    weight: 1,
  },
];

/** Level names of the proficiency scale a course builds, and the JP a course of that level carries. */
export const COURSE_LEVELS: readonly { level: number; name: string; jp: number[] }[] = [
  { level: 1, name: 'Tingkat Dasar', jp: [2, 4, 8] },
  { level: 2, name: 'Tingkat Menengah', jp: [8, 12, 16] },
  { level: 3, name: 'Tingkat Lanjut', jp: [16, 24, 32] },
];
