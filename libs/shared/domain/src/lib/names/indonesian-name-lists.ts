/**
 * Common given and family names by naming tradition, for realistic demo data. Each tradition
 * is weighted roughly by its share of the population, so a generated agency looks like a real
 * Indonesian office rather than a random mix.
 */
export interface NamingTradition {
  /** Relative share of generated names. */
  weight: number;
  male: readonly string[];
  female: readonly string[];
  /** Second names that only go with one gender (Javanese -o/-wati, Sundanese -ah, …). */
  maleSecondNames: readonly string[];
  femaleSecondNames: readonly string[];
  /** Clan or family names used by either gender (Batak marga, Minahasa fam, …). */
  familyNames: readonly string[];
  /** Chance that a name ends with a second or family name rather than a second given name. */
  secondNameRate: number;
}

/** Lists are written as space-separated words to keep this data file readable. */
function words(list: string): readonly string[] {
  return Object.freeze(list.split(' '));
}

export const NAMING_TRADITIONS = {
  javanese: {
    weight: 40,
    male: words(
      'Budi Agus Bambang Joko Slamet Sugeng Wahyu Eko Dwi Tri Heru Hadi Didik Teguh Bayu Adi Yudi Hendro Sigit Bagus Aris Arif Dimas Galih Satria Fajar Danang Gatot Suryo Priyo Yoga Rizki Anton Andri Setyo',
    ),
    female: words(
      'Sri Dewi Siti Endang Rina Wulan Ayu Retno Ratna Yuni Indah Diah Ani Erna Tutik Rini Fitri Novi Anisa Putri Dian Eka Yulia Ika Kartika Laras Sekar Wahyu Tri Dwi Nurul Febri',
    ),
    maleSecondNames: words(
      'Santoso Wibowo Prasetyo Setiawan Nugroho Susanto Purnomo Utomo Hartono Suryadi Widodo Pratama Raharjo Sulistyo Wicaksono Cahyono Haryanto Mulyono Prabowo Handoko Sasongko Kurniawan Saputra Hidayat Gunawan',
    ),
    femaleSecondNames: words(
      'Lestari Wulandari Handayani Rahayu Susanti Wahyuni Rahmawati Puspitasari Kusumawati Setyaningsih Hartati Purwanti Sulistyowati Pratiwi Anggraini Permatasari Maharani Safitri Utami Ningrum Astuti Widyastuti Indriani',
    ),
    familyNames: [],
    secondNameRate: 0.75,
  },
  sundanese: {
    weight: 15,
    male: words(
      'Asep Ujang Dadang Cecep Yayan Iwan Dede Deden Jajang Aceng Rahmat Dodi Ridwan Yusuf Hendra Rudi Engkus Ade',
    ),
    female: words(
      'Euis Neneng Iis Imas Cucu Enung Tati Nining Yeni Lilis Nenden Rika Ai Elis Nia Ade Dede Titin',
    ),
    maleSecondNames: words(
      'Sunandar Suherman Supriatna Mulyana Permana Kusnadi Sopandi Rustandi Suryana Sumantri Sudrajat Saepudin Hermawan Firmansyah',
    ),
    femaleSecondNames: words(
      'Nurhayati Kurniasih Rostiana Suryani Rohayati Komalasari Mulyani Sumiati Herawati Suhartini Marlina Nurjanah',
    ),
    familyNames: [],
    secondNameRate: 0.75,
  },
  malay: {
    weight: 10,
    male: words(
      'Ahmad Muhammad Abdul Fauzi Hasan Husein Ilham Fadli Ridho Hafiz Ikhsan Reza Zainal Syaiful Irfan Taufik Rizal Fikri',
    ),
    female: words(
      'Nur Aisyah Fatimah Khadijah Rahma Aminah Zahra Salma Nabila Syifa Hanifah Maryam Halimah Laila Zulaikha Rahmi',
    ),
    maleSecondNames: words('Syahputra Ramadhan Maulana Firdaus Hakim Fadillah'),
    femaleSecondNames: words('Syahputri Ramadhani Azzahra Fadhilah Amalia Khairunnisa'),
    familyNames: words('Rahman Hamid Ismail Saleh Nasir Yunus Idris Hamzah Anwar Effendi'),
    secondNameRate: 0.7,
  },
  batak: {
    weight: 8,
    male: words(
      'Togar Parulian Binsar Tigor Maruli Hotman Poltak Sahat Bonar Ronald Jonathan Daniel Martin Fernando Samuel Roy',
    ),
    female: words(
      'Rosdiana Friska Lamria Tiurma Sondang Rumondang Maria Debora Lusiana Rotua Dameria Yohana Grace Christina',
    ),
    maleSecondNames: [],
    femaleSecondNames: [],
    familyNames: words(
      'Siregar Nasution Simanjuntak Hutapea Sitompul Harahap Lubis Tambunan Panjaitan Sinaga Situmorang Simatupang Manurung Pardede Sihombing Silalahi Sembiring Ginting Tarigan Purba Damanik Saragih Hutagalung Pasaribu Napitupulu Simbolon Sitorus Nainggolan Marpaung Hasibuan Batubara Rangkuti',
    ),
    secondNameRate: 1,
  },
  minang: {
    weight: 6,
    male: words(
      'Afrizal Yusrizal Zulkifli Syahrial Irwandi Fauzan Rusli Hamdani Nasrul Azwar Emrizal Firdaus Yulianto Rinaldi',
    ),
    female: words(
      'Yusniar Fitria Yenni Desi Silvia Elvira Rosnida Nelvi Zuraida Mardiana Yulfira Rahmi Suci',
    ),
    maleSecondNames: [],
    femaleSecondNames: [],
    familyNames: words(
      'Chaniago Piliang Sikumbang Tanjung Koto Jambak Syafei Malik Yunus Idris Anwar',
    ),
    secondNameRate: 0.6,
  },
  bugis: {
    weight: 6,
    male: words(
      'Muhammad Syamsul Arifuddin Jamaluddin Haeruddin Saharuddin Ilham Amir Akbar Yusran Mansyur Rusdi Asri Kamaruddin',
    ),
    female: words(
      'Nurhaedah Hasnah Sitti Hasmawati Rosmini Hajrah Asma Wahida Musdalifah Nurlina Darmawati Jumriah Kasmawati',
    ),
    maleSecondNames: [],
    femaleSecondNames: [],
    familyNames: words(
      'Amiruddin Syamsuddin Hasanuddin Nurdin Arifin Baharuddin Tahir Latif Rasyid Mappangara Mattalitti',
    ),
    secondNameRate: 0.6,
  },
  balinese: {
    weight: 4,
    male: words(
      'Sudarsana Suarjana Mahendra Arsana Widiana Sukadana Budiarta Suardana Wirawan Adnyana Artawan Sutrisna Mertha Yasa Darmayasa',
    ),
    female: words(
      'Ayu Sukarmini Suartini Ariani Sudiarti Mertayani Yuliantari Sukerti Astiti Wartini Sriasih Kusumadewi Sumadewi',
    ),
    maleSecondNames: [],
    femaleSecondNames: [],
    familyNames: [],
    secondNameRate: 0,
  },
  minahasa: {
    weight: 4,
    male: words(
      'Johannes Ferdinand Steven Jeffry Reinhard Alfons Marthen Hendrik Frans Decky Rony',
    ),
    female: words('Meiske Deysi Olivia Vivi Jeane Femmy Marlyn Ineke Lenny Stella Christine'),
    maleSecondNames: [],
    femaleSecondNames: [],
    familyNames: words(
      'Rumengan Wowor Lumenta Sondakh Pangemanan Tumbelaka Mandagi Lengkong Kaunang Rondonuwu Runtuwene Worang Sumampouw Tumewu Wenas Kalangi',
    ),
    secondNameRate: 1,
  },
  moluccan: {
    weight: 3,
    male: words('Yohanes Abraham Agustinus Izaak Yosep Arman Ismail Semuel'),
    female: words('Yuliana Magdalena Ester Sarah Agustina Fransina Hana'),
    maleSecondNames: [],
    femaleSecondNames: [],
    familyNames: words(
      'Latuconsina Pattiasina Tuasikal Latumahina Sahetapy Tupamahu Matulessy Leimena Wattimena Pelupessy Ohorella Tanamal',
    ),
    secondNameRate: 1,
  },
  chineseIndonesian: {
    weight: 2,
    male: words('Hendra Kevin Felix Andreas Sandy William Budiman Surya'),
    female: words('Lily Meiliana Susan Vivian Jessica Angela Lanny Melinda'),
    maleSecondNames: [],
    femaleSecondNames: [],
    familyNames: words(
      'Wijaya Halim Tanoto Salim Tanuwijaya Hartanto Kusuma Lim Tan Hadinata Setiabudi Lukito Widjaja',
    ),
    secondNameRate: 1,
  },
} as const satisfies Record<string, NamingTradition>;

export type NamingTraditionName = keyof typeof NAMING_TRADITIONS;

/** Balinese birth-order names, which follow `I` (men) or `Ni` (women). */
export const BALINESE_BIRTH_ORDER = Object.freeze({
  male: words('Wayan Putu Gede Made Kadek Nyoman Komang Ketut'),
  female: words('Luh Putu Made Kadek Nyoman Komang Ketut'),
});

const traditions = Object.values(NAMING_TRADITIONS) as NamingTradition[];
const unique = (names: Iterable<string>) => Object.freeze([...new Set(names)].sort());

/** Every male given name, deduplicated and sorted. */
export const MALE_GIVEN_NAMES = unique(traditions.flatMap((t) => t.male));
/** Every female given name, deduplicated and sorted. */
export const FEMALE_GIVEN_NAMES = unique(traditions.flatMap((t) => t.female));
/** Every second and family name, deduplicated and sorted. */
export const FAMILY_NAMES = unique(
  traditions.flatMap((t) => [...t.familyNames, ...t.maleSecondNames, ...t.femaleSecondNames]),
);
