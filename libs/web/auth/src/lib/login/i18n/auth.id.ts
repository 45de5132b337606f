/** Texts of the login page, in Bahasa Indonesia. */
export const AUTH_ID = {
  heading: 'Masuk ke LMS Bimtek',
  intro: 'Gunakan nama pengguna, alamat e-mail, atau NIP Anda.',
  identifier: 'Nama pengguna, e-mail, atau NIP',
  password: 'Kata sandi',
  showPassword: 'Tampilkan kata sandi',
  hidePassword: 'Sembunyikan kata sandi',
  submit: 'Masuk',
  submitting: 'Sedang masuk…',
  required: 'Wajib diisi.',
  wrongCredentials: 'Nama pengguna/NIP atau kata sandi salah. Periksa kembali lalu coba lagi.',
  throttled: 'Terlalu banyak percobaan masuk. Coba lagi dalam {{seconds}} detik.',
  throttledNoTime: 'Terlalu banyak percobaan masuk. Tunggu sebentar lalu coba lagi.',
  sessionExpired: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  footer: 'Layanan pembelajaran aparatur pemerintah daerah.',
};
