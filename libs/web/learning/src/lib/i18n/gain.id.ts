/** Texts of the course editor's results tab (pre/post-test gain), in Bahasa Indonesia. */
export const GAIN_ID = {
  heading: 'Hasil pre-test dan post-test',
  intro:
    'Nilai terbaik setiap peserta dari wilayah Anda. Peningkatan = post-test − pre-test; rata-rata kelas dihitung dari peserta yang mengerjakan keduanya.',
  loading: 'Memuat hasil tes…',
  reload: 'Muat ulang',
  averagePre: 'Rata-rata pre-test',
  averagePost: 'Rata-rata post-test',
  averageGain: 'Rata-rata peningkatan',
  paired: 'Peserta dengan kedua tes',
  pairedOf: 'dari {{count}} peserta yang mengerjakan tes',
  empty: 'Belum ada peserta yang mengerjakan pre-test dan post-test, sehingga rata-rata belum ada.',
  noLearners: 'Belum ada peserta yang mengerjakan tes kursus ini.',
  tableLabel: 'Nilai pre-test, post-test, dan peningkatan per peserta',
  name: 'Nama',
  nip: 'NIP',
  pre: 'Pre-test',
  post: 'Post-test',
  gain: 'Peningkatan',
  missing: 'belum ada',
};
