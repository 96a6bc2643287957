/**
 * The demo skills taxonomy: English names with Dutch names and other synonyms, in the categories
 * the matching engine reasons about (company knowledge and strategy flow from seniors to juniors,
 * digital tools the other way in reverse mentoring).
 */
export type SkillCategory =
  | 'company_knowledge'
  | 'strategy'
  | 'digital_tools'
  | 'professional'
  | 'interpersonal'
  | 'language';

export interface DemoSkill {
  name: string;
  /** The Dutch name, used in Dutch learning goals; also the first synonym. */
  nl: string;
  category: SkillCategory;
  synonyms: readonly string[];
}

const skill = (
  category: SkillCategory,
  name: string,
  nl: string,
  ...others: string[]
): DemoSkill => ({
  name,
  nl,
  category,
  synonyms: nl === name ? others : [nl, ...others],
});

export const demoSkills: readonly DemoSkill[] = [
  skill('company_knowledge', 'Product range', 'Productgamma', 'product knowledge', 'productkennis'),
  skill('company_knowledge', 'Internal processes', 'Interne processen', 'procedures'),
  skill('company_knowledge', 'Customer portfolio', 'Klantenportefeuille', 'key customers'),
  skill('company_knowledge', 'Company culture', 'Bedrijfscultuur', 'company history'),
  skill('company_knowledge', "Who's who", 'Wie is wie', 'internal network', 'intern netwerk'),
  skill('company_knowledge', 'Quality procedures', 'Kwaliteitsprocedures', 'ISO 9001'),
  skill('company_knowledge', 'Pricing policy', 'Prijsbeleid', 'pricing'),
  skill('company_knowledge', 'Supply chain', 'Bevoorradingsketen', 'logistics flow'),
  skill('company_knowledge', 'Internal systems', 'Interne systemen', 'ERP', 'intranet'),
  skill('company_knowledge', 'Safety rules', 'Veiligheidsvoorschriften', 'VCA', 'safety'),
  skill('strategy', 'Company strategy', 'Bedrijfsstrategie', 'strategic plan'),
  skill('strategy', 'Market trends', 'Markttrends', 'market insight'),
  skill('strategy', 'Business model', 'Verdienmodel', 'business case'),
  skill('strategy', 'Competitive analysis', 'Concurrentieanalyse', 'competitors'),
  skill('strategy', 'Roadmap planning', 'Roadmapplanning', 'roadmap'),
  skill('strategy', 'Sustainability strategy', 'Duurzaamheidsstrategie', 'ESG', 'duurzaamheid'),
  skill('strategy', 'Change management', 'Verandermanagement', 'change'),
  skill('strategy', 'Budgeting', 'Budgetteren', 'budget', 'forecasting'),
  skill('digital_tools', 'Excel', 'Excel', 'spreadsheets', 'rekenblad', 'draaitabellen'),
  skill('digital_tools', 'Power BI', 'Power BI', 'PowerBI', 'dashboards'),
  skill('digital_tools', 'Microsoft Teams', 'Microsoft Teams', 'Teams', 'online vergaderen'),
  skill('digital_tools', 'SharePoint', 'SharePoint', 'OneDrive', 'documentbeheer'),
  skill('digital_tools', 'Salesforce', 'Salesforce', 'CRM'),
  skill('digital_tools', 'SAP', 'SAP', 'S/4HANA'),
  skill('digital_tools', 'Python', 'Python', 'scripting', 'programmeren'),
  skill('digital_tools', 'SQL', 'SQL', 'databases', 'queries'),
  skill('digital_tools', 'Generative AI', 'Generatieve AI', 'AI', 'ChatGPT', 'Copilot'),
  skill('digital_tools', 'Figma', 'Figma', 'UI design', 'prototyping'),
  skill('digital_tools', 'Jira', 'Jira', 'ticketing', 'Confluence'),
  skill('digital_tools', 'Canva', 'Canva', 'visuals'),
  skill('digital_tools', 'Social media', 'Sociale media', 'LinkedIn', 'Instagram'),
  skill('digital_tools', 'Power Automate', 'Power Automate', 'automation', 'automatisering'),
  skill('professional', 'Project management', 'Projectmanagement', 'projectbeheer', 'PMI'),
  skill('professional', 'Negotiation', 'Onderhandelen', 'onderhandelingstechnieken'),
  skill('professional', 'Accounting', 'Boekhouding', 'bookkeeping', 'IFRS'),
  skill('professional', 'Employment law', 'Arbeidsrecht', 'sociaal recht', 'HR law'),
  skill('professional', 'GDPR', 'AVG', 'privacy', 'data protection'),
  skill('professional', 'Data analysis', 'Data-analyse', 'analytics', 'statistiek'),
  skill('professional', 'Customer service', 'Klantendienst', 'customer care', 'klantenservice'),
  skill('professional', 'Copywriting', 'Tekstschrijven', 'content writing', 'copy'),
  skill('professional', 'Purchasing', 'Aankoop', 'procurement', 'inkoop'),
  skill('professional', 'Recruitment', 'Werving', 'rekrutering', 'talent acquisition'),
  skill('professional', 'Lean', 'Lean', 'lean management', 'continu verbeteren', 'kaizen'),
  skill('professional', 'Contract management', 'Contractbeheer', 'contracts'),
  skill('professional', 'Agile', 'Agile', 'Scrum', 'Kanban'),
  skill('professional', 'Financial reporting', 'Financiële rapportering', 'reporting', 'closing'),
  skill('interpersonal', 'Giving feedback', 'Feedback geven', 'feedback'),
  skill('interpersonal', 'Coaching', 'Coachen', 'mentoring'),
  skill('interpersonal', 'Presenting', 'Presenteren', 'public speaking', 'spreken in het openbaar'),
  skill('interpersonal', 'Conflict handling', 'Conflicthantering', 'difficult conversations'),
  skill('interpersonal', 'Time management', 'Timemanagement', 'planning', 'prioriteren'),
  skill('interpersonal', 'Facilitating meetings', 'Vergaderingen leiden', 'facilitation'),
  skill('interpersonal', 'Stakeholder management', 'Stakeholdermanagement', 'stakeholders'),
  skill('interpersonal', 'Intercultural communication', 'Interculturele communicatie'),
  skill('interpersonal', 'Working in a hybrid team', 'Hybride samenwerken', 'remote work'),
  skill('interpersonal', 'Active listening', 'Actief luisteren', 'listening'),
  skill('language', 'Dutch', 'Nederlands', 'néerlandais', 'Flemish'),
  skill('language', 'French', 'Frans', 'français'),
  skill('language', 'English', 'Engels', 'anglais'),
  skill('language', 'German', 'Duits', 'allemand', 'Deutsch'),
  skill('language', 'Spanish', 'Spaans', 'espagnol', 'español'),
];

/** Index of a skill by its English name; the tables below refer to skills by name. */
export function skillIndex(name: string): number {
  const index = demoSkills.findIndex((s) => s.name === name);
  if (index < 0) throw new Error(`unknown demo skill ${name}`);
  return index;
}

export const languageSkill: Record<string, string> = {
  nl: 'Dutch',
  fr: 'French',
  en: 'English',
  de: 'German',
  es: 'Spanish',
};
