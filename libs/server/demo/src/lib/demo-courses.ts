import { CompetencyType } from '@lms/shared/domain';

export interface DemoQuestion {
  text: string;
  options: [string, boolean][];
}

export interface DemoCourse {
  code: string;
  title: string;
  competency: CompetencyType;
  digital: boolean;
  jp: number;
  level: number;
  delivery: 'ONLINE' | 'FACE_TO_FACE' | 'BLENDED';
  description: string;
  lessons: { title: string; body: string }[];
  questions: DemoQuestion[];
}

const yes = (t: string): [string, boolean] => [t, true];
const no = (t: string): [string, boolean] => [t, false];

/** Courses on the three ASN competencies, with enough content to walk through end to end. */
export const DEMO_COURSES: DemoCourse[] = [
  {
    code: 'DIG-101',
    title: 'Literasi Digital Aparatur',
    competency: CompetencyType.TECHNICAL,
    digital: true,
    jp: 8,
    level: 1,
    delivery: 'ONLINE',
    description:
      'Dasar-dasar literasi digital bagi ASN: etika, keamanan, dan layanan digital pemerintah.',
    lessons: [
      {
        title: 'Pengantar SPBE',
        body: '<p>Sistem Pemerintahan Berbasis Elektronik (SPBE) menyatukan layanan, data dan aplikasi pemerintah.</p>',
      },
      {
        title: 'Keamanan akun dan kata sandi',
        body: '<p>Gunakan kata sandi panjang, aktifkan verifikasi dua langkah, dan waspadai <em>phishing</em>.</p>',
      },
      {
        title: 'Etika bermedia sosial bagi ASN',
        body: '<p>ASN menjaga netralitas dan kerahasiaan jabatan di ruang digital.</p>',
      },
    ],
    questions: [
      {
        text: 'Apa kepanjangan SPBE?',
        options: [
          yes('Sistem Pemerintahan Berbasis Elektronik'),
          no('Sistem Pelayanan Birokrasi Efektif'),
          no('Satuan Pengelola Basis Elektronik'),
        ],
      },
      {
        text: 'Verifikasi dua langkah mengurangi risiko pengambilalihan akun.',
        options: [yes('Benar'), no('Salah')],
      },
      {
        text: 'Ciri umum pesan phishing adalah…',
        options: [
          yes('Meminta kata sandi lewat tautan mendesak'),
          no('Dikirim dari alamat resmi yang dikenal'),
          no('Tidak memuat tautan apa pun'),
        ],
      },
      {
        text: 'ASN boleh membagikan dokumen rahasia di grup percakapan publik.',
        options: [no('Benar'), yes('Salah')],
      },
      {
        text: 'Kata sandi yang kuat sebaiknya…',
        options: [
          yes('Panjang dan unik untuk tiap layanan'),
          no('Sama untuk semua akun'),
          no('Berisi tanggal lahir'),
        ],
      },
    ],
  },
  {
    code: 'DIG-201',
    title: 'Analisis Data untuk Kebijakan Publik',
    competency: CompetencyType.TECHNICAL,
    digital: true,
    jp: 16,
    level: 3,
    delivery: 'BLENDED',
    description: 'Mengolah dan menyajikan data Satu Data Indonesia untuk perumusan kebijakan.',
    lessons: [
      {
        title: 'Prinsip Satu Data Indonesia',
        body: '<p>Standar data, metadata, kode referensi, dan data induk.</p>',
      },
      {
        title: 'Membersihkan data',
        body: '<p>Menangani data kosong, duplikat, dan format yang tidak seragam.</p>',
      },
      {
        title: 'Visualisasi yang jujur',
        body: '<p>Pilih grafik sesuai pertanyaan; jangan memotong sumbu tanpa alasan.</p>',
      },
    ],
    questions: [
      {
        text: 'Satu Data Indonesia mewajibkan data memiliki metadata.',
        options: [yes('Benar'), no('Salah')],
      },
      {
        text: 'Langkah pertama analisis data adalah…',
        options: [yes('Merumuskan pertanyaan'), no('Membuat grafik'), no('Menulis laporan')],
      },
      {
        text: 'Data duplikat sebaiknya…',
        options: [
          yes('Diidentifikasi dan ditangani sebelum analisis'),
          no('Dibiarkan saja'),
          no('Dihapus tanpa dicatat'),
        ],
      },
      {
        text: 'Grafik garis cocok untuk menampilkan tren waktu.',
        options: [yes('Benar'), no('Salah')],
      },
    ],
  },
  {
    code: 'MNJ-101',
    title: 'Kepemimpinan Digital',
    competency: CompetencyType.MANAGERIAL,
    digital: true,
    jp: 12,
    level: 2,
    delivery: 'FACE_TO_FACE',
    description: 'Memimpin transformasi layanan digital di OPD: visi, perubahan, dan kolaborasi.',
    lessons: [
      {
        title: 'Visi transformasi digital',
        body: '<p>Pemimpin menetapkan arah dan ukuran keberhasilan layanan digital.</p>',
      },
      {
        title: 'Mengelola perubahan',
        body: '<p>Libatkan pegawai sejak awal dan rayakan kemenangan kecil.</p>',
      },
    ],
    questions: [
      {
        text: 'Kompetensi manajerial "Mengelola Perubahan" berkode…',
        options: [yes('M.07'), no('M.01'), no('M.04')],
      },
      { text: 'Transformasi digital hanya urusan unit TIK.', options: [no('Benar'), yes('Salah')] },
      {
        text: 'Cara efektif mengurangi penolakan terhadap perubahan adalah…',
        options: [
          yes('Melibatkan pegawai sejak awal'),
          no('Mengumumkan di akhir'),
          no('Menunda komunikasi'),
        ],
      },
    ],
  },
  {
    code: 'MNJ-102',
    title: 'Pelayanan Publik Prima',
    competency: CompetencyType.MANAGERIAL,
    digital: false,
    jp: 8,
    level: 2,
    delivery: 'ONLINE',
    description: 'Standar pelayanan, pengelolaan pengaduan, dan survei kepuasan masyarakat.',
    lessons: [
      {
        title: 'Standar pelayanan',
        body: '<p>Setiap layanan memiliki persyaratan, prosedur, waktu, dan biaya yang jelas.</p>',
      },
      {
        title: 'Mengelola pengaduan',
        body: '<p>Pengaduan adalah masukan berharga; tanggapi dengan cepat dan terukur.</p>',
      },
    ],
    questions: [
      { text: 'Standar pelayanan harus dipublikasikan.', options: [yes('Benar'), no('Salah')] },
      {
        text: 'Pengaduan masyarakat sebaiknya…',
        options: [yes('Dicatat dan ditindaklanjuti'), no('Diabaikan'), no('Dihapus')],
      },
      {
        text: 'Survei kepuasan masyarakat dilakukan secara berkala.',
        options: [yes('Benar'), no('Salah')],
      },
    ],
  },
  {
    code: 'SOS-101',
    title: 'Perekat Bangsa di Ruang Digital',
    competency: CompetencyType.SOCIO_CULTURAL,
    digital: true,
    jp: 6,
    level: 1,
    delivery: 'ONLINE',
    description: 'Menjaga kerukunan, menangkal hoaks, dan menghargai keberagaman di media digital.',
    lessons: [
      {
        title: 'Mengenali hoaks',
        body: '<p>Periksa sumber, tanggal, dan bandingkan dengan media terpercaya.</p>',
      },
      {
        title: 'Komunikasi lintas budaya',
        body: '<p>Hormati perbedaan bahasa, adat, dan keyakinan dalam pelayanan.</p>',
      },
    ],
    questions: [
      {
        text: 'Langkah pertama saat menerima kabar mencurigakan adalah…',
        options: [
          yes('Memeriksa sumbernya'),
          no('Langsung menyebarkan'),
          no('Menambahkan komentar'),
        ],
      },
      {
        text: 'Kompetensi sosial kultural ASN disebut Perekat Bangsa.',
        options: [yes('Benar'), no('Salah')],
      },
      {
        text: 'Keberagaman adalah kekuatan dalam pelayanan publik.',
        options: [yes('Benar'), no('Salah')],
      },
    ],
  },
  {
    code: 'SOS-102',
    title: 'Wawasan Kebangsaan dan Nilai Dasar ASN',
    competency: CompetencyType.SOCIO_CULTURAL,
    digital: false,
    jp: 10,
    level: 2,
    delivery: 'FACE_TO_FACE',
    description: 'Nilai dasar BerAKHLAK dan wawasan kebangsaan dalam tugas sehari-hari.',
    lessons: [
      {
        title: 'Nilai dasar BerAKHLAK',
        body: '<p>Berorientasi pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.</p>',
      },
      {
        title: 'Wawasan kebangsaan',
        body: '<p>Pancasila, UUD 1945, NKRI, dan Bhinneka Tunggal Ika sebagai pedoman.</p>',
      },
    ],
    questions: [
      {
        text: 'Huruf "A" pertama dalam BerAKHLAK berarti…',
        options: [yes('Akuntabel'), no('Adaptif'), no('Aktif')],
      },
      {
        text: 'Bhinneka Tunggal Ika berarti berbeda-beda tetapi tetap satu.',
        options: [yes('Benar'), no('Salah')],
      },
      {
        text: 'Loyal berarti berdedikasi dan mengutamakan kepentingan bangsa.',
        options: [yes('Benar'), no('Salah')],
      },
    ],
  },
];
