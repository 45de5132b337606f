import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference rows of the ASN competency model (Permenpan RB 38/2017): the five proficiency levels,
 * the eight managerial competencies and the socio-cultural one. Technical competencies differ per
 * region and are defined through `createCompetency`, so none are seeded here.
 */
const LEVELS: [number, string, string, string][] = [
  [1, 'Paham', 'Awareness', 'Memahami konsep dasar; menerapkan dengan bimbingan.'],
  [2, 'Dasar', 'Basic', 'Menerapkan dalam tugas rutin secara mandiri.'],
  [3, 'Menengah', 'Intermediate', 'Menerapkan dalam situasi yang beragam dan membimbing rekan.'],
  [4, 'Mumpuni', 'Advanced', 'Mengembangkan cara kerja dan menjadi rujukan di unit kerja.'],
  [5, 'Ahli', 'Expert', 'Menjadi rujukan dan menetapkan arah di tingkat instansi.'],
];

const NATIONAL: [string, string, string, string][] = [
  [
    'MANAGERIAL',
    'M.01',
    'Integritas',
    'Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi.',
  ],
  [
    'MANAGERIAL',
    'M.02',
    'Kerjasama',
    'Kemampuan menjalin dan memelihara hubungan kerja yang efektif.',
  ],
  [
    'MANAGERIAL',
    'M.03',
    'Komunikasi',
    'Kemampuan menerangkan pandangan dan gagasan secara jelas dan sistematis.',
  ],
  [
    'MANAGERIAL',
    'M.04',
    'Orientasi pada Hasil',
    'Kemampuan mempertahankan komitmen menyelesaikan tugas dengan hasil terbaik.',
  ],
  [
    'MANAGERIAL',
    'M.05',
    'Pelayanan Publik',
    'Kemampuan melaksanakan tugas pelayanan publik secara profesional, transparan dan objektif.',
  ],
  [
    'MANAGERIAL',
    'M.06',
    'Pengembangan Diri dan Orang Lain',
    'Kemampuan meningkatkan pengetahuan dan keahlian diri serta orang lain.',
  ],
  [
    'MANAGERIAL',
    'M.07',
    'Mengelola Perubahan',
    'Kemampuan menyesuaikan diri dan mendorong perubahan organisasi.',
  ],
  [
    'MANAGERIAL',
    'M.08',
    'Pengambilan Keputusan',
    'Kemampuan membuat keputusan yang baik, tepat waktu dan berdasarkan data.',
  ],
  [
    'SOCIO_CULTURAL',
    'SK.01',
    'Perekat Bangsa',
    'Kemampuan mempromosikan sikap toleransi, keterbukaan dan peka terhadap perbedaan.',
  ],
];

export class SeedCompetencyModel1764400100000 implements MigrationInterface {
  name = 'SeedCompetencyModel1764400100000';

  async up(q: QueryRunner): Promise<void> {
    for (const [level, name, nameEn, description] of LEVELS) {
      await q.query(
        `INSERT INTO competency_levels (level, name, name_en, description) VALUES ($1, $2, $3, $4)`,
        [level, name, nameEn, description],
      );
    }
    for (const [type, code, name, description] of NATIONAL) {
      await q.query(
        `INSERT INTO competencies (type, code, name, description, region_id) VALUES ($1, $2, $3, $4, NULL)`,
        [type, code, name, description],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM competencies WHERE region_id IS NULL AND code = ANY($1::text[])`, [
      NATIONAL.map(([, code]) => code),
    ]);
    await q.query(`DELETE FROM competency_levels WHERE level BETWEEN 1 AND 5`);
  }
}
