/** Texts of the NIP checker, in Bahasa Indonesia. */
export const NIP_ID = {
  label: 'NIP',
  placeholder: 'mis. 19850315 201001 1 001',
  hint: '18 digit; spasi boleh dipakai sebagai pemisah.',
  valid: 'NIP valid',
  invalid: 'NIP belum valid',
  birthDate: 'Tanggal lahir',
  appointmentPns: 'TMT CPNS',
  appointmentPppk: 'Tahun pengangkatan PPPK',
  gender: 'Jenis kelamin',
  employmentType: 'Status kepegawaian',
  sequence: 'Nomor urut',
  problems: 'Masalah yang ditemukan',
  loginHint: 'Tampaknya Anda memakai NIP.',
  summary: '{{type}}, {{gender}}, lahir {{birthDate}}',
};
