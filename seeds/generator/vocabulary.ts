/**
 * Word lists and weights the generators draw from. Where a weight comes from a published figure
 * the comment names it (see ../../../shared/notes/domain-facts.md in the project notes, copied into
 * seeds/README.md); every other weight is an assumption, said so here and in seeds/README.md.
 */

/** Residence of Moroccans in Italy, per Italian region (share, %). */
export const RESIDENCE_WEIGHTS: readonly (readonly [string, number])[] = [
  // Published (Ministry of Labour, 1 Jan 2022): Lombardia 22.1, Emilia-Romagna 14.4, Piemonte 12.4.
  ['region-lombardia', 22.1],
  ['region-emilia-romagna', 14.4],
  ['region-piemonte', 12.4],
  // Assumptions, consistent with "more than two-thirds in the North" and "the South 15.6%" (2018),
  // Verona as the 6th province, and Puglia's 10,563 residents (about 2.5%).
  ['region-veneto', 10.5],
  ['region-toscana', 6.0],
  ['region-lazio', 5.0],
  ['region-liguria', 3.0],
  ['region-marche', 3.0],
  ['region-trentino-alto-adige', 2.2],
  ['region-friuli-venezia-giulia', 1.8],
  ['region-umbria', 2.0],
  ['region-valle-d-aosta', 0.4],
  ['region-abruzzo', 1.6],
  ['region-molise', 0.3],
  ['region-campania', 4.0],
  ['region-puglia', 2.5],
  ['region-basilicata', 0.5],
  ['region-calabria', 3.0],
  ['region-sicilia', 4.2],
  ['region-sardegna', 1.1],
];

/**
 * Region of origin in Morocco. The ranking follows the sources (Béni Mellal-Khénifra the historic
 * cradle, then Casablanca-Settat; the Oriental and Souss-Massa as return hot spots); the shares
 * themselves are assumptions — no published breakdown by the 2015 regions was found.
 */
export const ORIGIN_WEIGHTS: readonly (readonly [string, number])[] = [
  ['region-beni-mellal-khenifra', 32],
  ['region-casablanca-settat', 26],
  ['region-oriental', 9],
  ['region-rabat-sale-kenitra', 6],
  ['region-fes-meknes', 6],
  ['region-marrakech-safi', 6],
  ['region-souss-massa', 5],
  ['region-tanger-tetouan-al-hoceima', 5],
  ['region-draa-tafilalet', 2],
  ['region-guelmim-oued-noun', 1.5],
  ['region-laayoune-sakia-el-hamra', 0.8],
  ['region-dakhla-oued-ed-dahab', 0.7],
];

/** Cities per region: capitals and the Moroccan hubs of domain-facts §1–§3. */
export const CITIES: Readonly<Record<string, readonly string[]>> = {
  'region-piemonte': ['Torino', 'Torino', 'Cuneo', 'Novara', 'Asti', 'Alessandria'],
  'region-valle-d-aosta': ['Aosta'],
  'region-lombardia': ['Milano', 'Milano', 'Bergamo', 'Brescia', 'Lecco', 'Sondrio', 'Varese', 'Cremona'],
  'region-trentino-alto-adige': ['Trento', 'Bolzano'],
  'region-veneto': ['Verona', 'Verona', 'Padova', 'Vicenza', 'Treviso', 'Venezia'],
  'region-friuli-venezia-giulia': ['Trieste', 'Udine', 'Pordenone'],
  'region-liguria': ['Genova', 'Imperia'],
  'region-emilia-romagna': ['Bologna', 'Modena', 'Reggio Emilia', 'Piacenza', 'Parma', 'Ravenna'],
  'region-toscana': ['Firenze', 'Prato', 'Arezzo'],
  'region-umbria': ['Perugia', 'Terni'],
  'region-marche': ['Ancona', 'Pesaro'],
  'region-lazio': ['Roma', 'Roma', 'Latina'],
  'region-abruzzo': ['Pescara', "L'Aquila"],
  'region-molise': ['Campobasso'],
  'region-campania': ['Napoli', 'Caserta', 'Salerno'],
  'region-puglia': ['Bari', 'Foggia'],
  'region-basilicata': ['Potenza'],
  'region-calabria': ['Catanzaro', 'Reggio Calabria'],
  'region-sicilia': ['Palermo', 'Ragusa', 'Catania'],
  'region-sardegna': ['Cagliari', 'Sassari'],
  'region-tanger-tetouan-al-hoceima': ['Tanger', 'Tétouan', 'Larache', 'Al Hoceïma'],
  'region-oriental': ['Oujda', 'Nador', 'Berkane'],
  'region-fes-meknes': ['Fès', 'Meknès', 'Taza'],
  'region-rabat-sale-kenitra': ['Rabat', 'Salé', 'Kénitra', 'Khémisset'],
  'region-beni-mellal-khenifra': ['Béni Mellal', 'Béni Mellal', 'Fquih Ben Salah', 'Khouribga', 'Khouribga', 'Khénifra', 'Azilal'],
  'region-casablanca-settat': ['Casablanca', 'Casablanca', 'Settat', 'El Borouj', 'Mohammedia', 'El Jadida', 'Berrechid'],
  'region-marrakech-safi': ['Marrakech', 'Safi', 'El Kelaâ des Sraghna'],
  'region-draa-tafilalet': ['Errachidia', 'Ouarzazate'],
  'region-souss-massa': ['Agadir', 'Taroudant', 'Tiznit', 'Inezgane'],
  'region-guelmim-oued-noun': ['Guelmim'],
  'region-laayoune-sakia-el-hamra': ['Laâyoune'],
  'region-dakhla-oued-ed-dahab': ['Dakhla'],
};

export const MALE_NAMES = ['Abdelkader', 'Abdellah', 'Adil', 'Ahmed', 'Aziz', 'Brahim', 'Driss', 'Hamza', 'Hicham', 'Ilyas', 'Jamal', 'Khalid', 'Lahcen', 'Mehdi', 'Mohamed', 'Mounir', 'Nabil', 'Noureddine', 'Reda', 'Said', 'Soufiane', 'Tarik', 'Yassine', 'Younes', 'Zakaria', 'Anass', 'Badr', 'Ayoub', 'Othmane', 'Rachid'] as const;
export const FEMALE_NAMES = ['Aicha', 'Amina', 'Asmae', 'Bouchra', 'Dounia', 'Ghizlane', 'Hajar', 'Hanane', 'Houda', 'Imane', 'Kawtar', 'Latifa', 'Loubna', 'Malika', 'Meryem', 'Naima', 'Nawal', 'Rajae', 'Sanaa', 'Siham', 'Soukaina', 'Wafae', 'Yasmina', 'Zahra', 'Ilham', 'Hind', 'Btissam', 'Khaoula', 'Mouna', 'Sara'] as const;
export const FAMILY_NAMES = ['Alami', 'Amrani', 'Bakkali', 'Belhaj', 'Bennani', 'Berrada', 'Bouzid', 'Chaoui', 'Daoudi', 'El Idrissi', 'El Fassi', 'Ennaji', 'Fathi', 'Ghazi', 'Hajji', 'Haddad', 'Jabri', 'Kabbaj', 'Lahlou', 'Mansouri', 'Naciri', 'Ouazzani', 'Rami', 'Saidi', 'Tazi', 'Touil', 'Zerouali', 'Ziani', 'Benjelloun', 'Mernissi', 'Aitlhaj', 'Oufkir', 'Boukhari', 'Chraibi', 'Lamrani', 'Sebti'] as const;

/** Fields of study with the skills they bring (invented mapping). */
export const FIELDS: readonly { field: string; skills: readonly string[]; sector: string }[] = [
  { field: 'mechanical engineering', skills: ['CAD', 'industrial maintenance', 'quality control', 'welding'], sector: 'manufacturing' },
  { field: 'electrical engineering', skills: ['electrical installation', 'PLC programming', 'solar PV', 'maintenance'], sector: 'energy' },
  { field: 'computer science', skills: ['web development', 'databases', 'networking', 'IT support'], sector: 'ICT' },
  { field: 'economics', skills: ['accounting', 'business planning', 'financial analysis', 'bookkeeping'], sector: 'services' },
  { field: 'agronomy', skills: ['irrigation', 'olive growing', 'agri-food processing', 'greenhouse management'], sector: 'agri-food' },
  { field: 'law', skills: ['contract law', 'immigration law', 'administrative procedures'], sector: 'services' },
  { field: 'languages and mediation', skills: ['translation', 'cultural mediation', 'teaching Arabic', 'customer service'], sector: 'services' },
  { field: 'tourism and hospitality', skills: ['hotel management', 'cooking', 'tour guiding', 'customer service'], sector: 'tourism' },
  { field: 'health care', skills: ['nursing', 'elderly care', 'first aid'], sector: 'care' },
  { field: 'building and construction', skills: ['bricklaying', 'site supervision', 'plumbing', 'tiling'], sector: 'construction' },
  { field: 'textiles and design', skills: ['tailoring', 'pattern making', 'leather crafts'], sector: 'crafts' },
];

/** Occupations with their ISCO-08 skill level (1 = elementary … 4 = professional). */
export const OCCUPATIONS: readonly { title: string; level: 1 | 2 | 3 | 4; sector: string }[] = [
  { title: 'farm worker', level: 1, sector: 'agri-food' },
  { title: 'warehouse operative', level: 1, sector: 'logistics' },
  { title: 'cleaner', level: 1, sector: 'services' },
  { title: 'construction labourer', level: 1, sector: 'construction' },
  { title: 'kitchen assistant', level: 1, sector: 'tourism' },
  { title: 'machine operator', level: 2, sector: 'manufacturing' },
  { title: 'lorry driver', level: 2, sector: 'logistics' },
  { title: 'shop assistant', level: 2, sector: 'trade' },
  { title: 'street trader', level: 2, sector: 'trade' },
  { title: 'bricklayer', level: 2, sector: 'construction' },
  { title: 'care worker', level: 2, sector: 'care' },
  { title: 'cook', level: 2, sector: 'tourism' },
  { title: 'welder', level: 2, sector: 'manufacturing' },
  { title: 'electrician', level: 2, sector: 'energy' },
  { title: 'cultural mediator', level: 3, sector: 'services' },
  { title: 'accounting technician', level: 3, sector: 'services' },
  { title: 'IT support technician', level: 3, sector: 'ICT' },
  { title: 'sales representative', level: 3, sector: 'trade' },
  { title: 'nurse', level: 3, sector: 'care' },
  { title: 'mechanical engineer', level: 4, sector: 'manufacturing' },
  { title: 'software developer', level: 4, sector: 'ICT' },
  { title: 'agronomist', level: 4, sector: 'agri-food' },
  { title: 'teacher', level: 4, sector: 'education' },
  { title: 'business consultant', level: 4, sector: 'services' },
];

/** Return-project sectors: assumptions (the sectors Mig-Ressources funded are not public). */
export const PROJECT_SECTORS: readonly (readonly [string, number])[] = [
  ['agri-food', 30],
  ['tourism', 18],
  ['services', 16],
  ['crafts', 10],
  ['renewable energy', 8],
  ['ICT', 8],
  ['education', 5],
  ['construction', 5],
];

export const PROJECT_IDEAS: Readonly<Record<string, readonly string[]>> = {
  'agri-food': ['Olive oil press', 'Argan cooperative', 'Dairy collection centre', 'Date packing unit', 'Greenhouse vegetables', 'Honey and aromatic plants', 'Cold store for fruit'],
  tourism: ['Rural guesthouse', 'Agritourism farm stay', 'Travel agency for diaspora visitors', 'Riad restoration', 'Trekking and guide service'],
  services: ['Accounting and tax office', 'Car repair garage', 'Money-transfer point', 'Translation agency', 'Logistics and courier service'],
  crafts: ['Tailoring workshop', 'Leather goods workshop', 'Pottery studio', 'Carpet weaving cooperative'],
  'renewable energy': ['Solar pumping installer', 'Solar water heaters', 'Energy-efficiency consultancy'],
  ICT: ['Web agency', 'Computer repair shop', 'Coding school'],
  education: ['Preschool', 'Language school', 'Vocational training centre'],
  construction: ['Building contractor', 'Tiling and finishing company'],
};

export const MEETING_TOPICS = [
  'investing in agri-food',
  'women entrepreneurs of the diaspora',
  'preparing a return project',
  'remittances and savings products',
  'decentralised cooperation',
  'recognition of qualifications',
  'tourism projects in the regions of origin',
  'second generations and citizenship',
  'associations and co-development',
  'access to credit for small businesses',
  'internships in Italian firms',
  'circular migration and seasonal work',
  'legal aid and residence permits',
  'mentoring new arrivals',
] as const;

/** Word stems for invented association names (common Arabic and Amazigh words, not real bodies). */
export const ASSOCIATION_WORDS = ['Al Amal', 'Al Wafa', 'Annour', 'Assadaka', 'Al Manar', 'Attawasol', 'Ennakhil', 'Al Karama', 'Tiwizi', 'Atlas', 'Tamount', 'Al Fajr', 'Noujoum', 'Assalam', 'Izouran', 'Al Baraka', 'Tafilalt', 'Al Mostakbal', 'Nakhla', 'Tilelli'] as const;
export const FIRM_WORDS = ['Nova', 'Alba', 'Levante', 'Aurora', 'Orizzonte', 'Sirio', 'Vela', 'Delta', 'Zenit', 'Faro', 'Argo', 'Meridiana', 'Sole', 'Vento', 'Rosa dei Venti', 'Prisma', 'Ponte Sud', 'Tessera'] as const;
export const MA_FIRM_WORDS = ['Amane', 'Nour', 'Ifrane', 'Oasis', 'Tadla', 'Sahel', 'Chems', 'Amazigh', 'Argana', 'Zagora', 'Majd', 'Oumnia', 'Rif', 'Tawada', 'Ighrem'] as const;
