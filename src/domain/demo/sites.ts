/** Offices of the demo company and who tends to work there. */
export type Region = 'flanders' | 'brussels' | 'wallonia' | 'abroad';

export interface DemoSite {
  name: string;
  city: string;
  timeZone: string;
  region: Region;
  /** Share of the teams based here. */
  weight: number;
}

export const demoSites: readonly DemoSite[] = [
  {
    name: 'Brussel / Bruxelles',
    city: 'Brussel',
    timeZone: 'Europe/Brussels',
    region: 'brussels',
    weight: 30,
  },
  {
    name: 'Antwerpen',
    city: 'Antwerpen',
    timeZone: 'Europe/Brussels',
    region: 'flanders',
    weight: 22,
  },
  { name: 'Gent', city: 'Gent', timeZone: 'Europe/Brussels', region: 'flanders', weight: 20 },
  { name: 'Liège', city: 'Liège', timeZone: 'Europe/Brussels', region: 'wallonia', weight: 15 },
  { name: 'Leuven', city: 'Leuven', timeZone: 'Europe/Brussels', region: 'flanders', weight: 13 },
];

/** The head office: the executive team and department heads sit here. */
export const HEAD_OFFICE = 0;

/** Colleagues working from abroad, always from home, in their own time zone. */
export const abroad = [
  { timeZone: 'Europe/Lisbon', weight: 6, startMinute: 9 * 60, endMinute: 17 * 60 + 30 },
  // Bangalore days start late so that the afternoon overlaps the Belgian morning.
  { timeZone: 'Asia/Kolkata', weight: 4, startMinute: 11 * 60, endMinute: 19 * 60 + 30 },
] as const;

export type Language = 'nl' | 'fr' | 'en' | 'de' | 'es';

/** Mother tongue by region: Flanders is Dutch-speaking, Wallonia French, Brussels mixed. */
export const nativeLanguageByRegion: Record<Region, readonly (readonly [Language, number])[]> = {
  flanders: [
    ['nl', 92],
    ['fr', 3],
    ['en', 5],
  ],
  brussels: [
    ['fr', 50],
    ['nl', 35],
    ['en', 15],
  ],
  wallonia: [
    ['fr', 92],
    ['nl', 3],
    ['en', 5],
  ],
  abroad: [['en', 1]],
};
