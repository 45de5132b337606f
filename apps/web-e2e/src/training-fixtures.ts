import { graphql, tokenOf } from './learning-fixtures';

export interface DemoClass {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  status: string;
}

/** The demo's three Bimtek classes (demo-trainings.service.ts), in date order. */
export async function demoClasses(): Promise<{
  past: DemoClass;
  running: DemoClass;
  upcoming: DemoClass;
}> {
  const token = await tokenOf('penyelenggara');
  const data = await graphql<{ trainings: { edges: { node: DemoClass }[] } }>(
    `
      {
        trainings(first: 50) {
          edges {
            node {
              id
              title
              startDate
              endDate
              status
            }
          }
        }
      }
    `,
    {},
    token,
  );
  const demo = data.trainings.edges
    .map((e) => e.node)
    .filter((t) => t.title.includes('Angkatan'))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const past = demo.find((t) => t.status === 'COMPLETED');
  const [running, upcoming] = demo.filter((t) => t.status === 'SCHEDULED');
  if (!past || !running || !upcoming) {
    throw new Error(`The demo's classes are missing: ${JSON.stringify(demo)}`);
  }
  return { past, running, upcoming };
}

/** NIPs of active employees of the organizer's region, other than `except`. */
export async function regionNips(count: number, except: string[]): Promise<string[]> {
  const token = await tokenOf('penyelenggara');
  const data = await graphql<{ employees: { edges: { node: { nip: string } }[] } }>(
    `
      {
        employees(first: 100) {
          edges {
            node {
              nip
            }
          }
        }
      }
    `,
    {},
    token,
  );
  return data.employees.edges
    .map((e) => e.node.nip)
    .filter((nip) => !except.includes(nip))
    .slice(-count);
}

/** The first top-level agency of the organizer's region, for a quota. */
export async function firstAgency(): Promise<{ id: string; code: string; name: string }> {
  const token = await tokenOf('penyelenggara');
  const data = await graphql<{
    agencies: { id: string; code: string; name: string; depth: number }[];
  }>('{ agencies { id code name depth } }', {}, token);
  const agency = data.agencies.find((a) => a.depth === 0);
  if (!agency) throw new Error("The demo region's agencies are missing");
  return agency;
}

/** `YYYY-MM-DD` in Jakarta, `offset` days from today: the demo's classes live in WIB. */
export function jakartaDay(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
}
