/** Texts of the home page, in Bahasa Indonesia. */
export const HOME_ID = {
  greeting: 'Selamat datang, {{name}}',
  staffIntro: 'Anda masuk sebagai {{roles}}. Pilih pekerjaan yang ingin Anda lakukan.',
  learnerHeading: 'Data kepegawaian saya',
  learnerIntro: 'Data kepegawaian Anda yang dipakai untuk pendaftaran Bimtek dan sertifikat.',
  noEmployee: 'Akun Anda belum terhubung dengan data pegawai. Hubungi BKPSDM daerah Anda.',
  nip: 'NIP',
  agency: 'OPD',
  grade: 'Pangkat/golongan',
  position: 'Jabatan',
  region: 'Wilayah',
  scope: 'Cakupan wilayah: {{region}}',
  tasks: {
    people: 'Cari dan lihat data pegawai di wilayah Anda.',
    import: 'Unggah data pegawai dari berkas CSV, dengan pemeriksaan sebelum disimpan.',
    organization: 'Kelola daftar pemerintah daerah dan OPD.',
    nipCheck: 'Periksa kebenaran NIP dan baca isinya.',
  },
};
