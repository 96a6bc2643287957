/**
 * The departments of the demo company: the names of their teams, the jobs in them and the
 * professional skills those jobs use. Offices that work on site most days (operations,
 * logistics) get fewer home days.
 */
export interface Department {
  name: string;
  head: string;
  teamNames: readonly string[];
  jobs: readonly string[];
  skills: readonly string[];
  /** How much of the week people here can work from home: 0 = never … 1 = as much as anyone. */
  homeFriendly: number;
}

export const executive: Department = {
  name: 'Executive Committee',
  head: 'Chief Executive Officer',
  teamNames: [],
  jobs: [
    'Executive Assistant',
    'Strategy Advisor',
    'Chief Financial Officer',
    'Chief Operating Officer',
  ],
  skills: ['Company strategy', 'Business model', 'Stakeholder management', 'Budgeting'],
  homeFriendly: 0.6,
};

/** The department of learning and HR, where the organisation's admin works. */
export const HR_DEPARTMENT = 'HR & Learning';

export const departments: readonly Department[] = [
  {
    name: 'Sales',
    head: 'Sales Director',
    teamNames: ['Key Accounts', 'Inside Sales', 'Field Sales', 'Partners', 'Sales Operations'],
    jobs: ['Account Manager', 'Sales Representative', 'Inside Sales Advisor', 'Bid Manager'],
    skills: ['Negotiation', 'Salesforce', 'Customer portfolio', 'Pricing policy', 'Presenting'],
    homeFriendly: 0.8,
  },
  {
    name: 'Customer Service',
    head: 'Customer Service Director',
    teamNames: ['Helpdesk', 'Customer Care', 'Complaints', 'After Sales'],
    jobs: ['Customer Service Agent', 'Customer Care Specialist', 'Support Coordinator'],
    skills: ['Customer service', 'Conflict handling', 'Active listening', 'Product range'],
    homeFriendly: 0.9,
  },
  {
    name: 'Operations',
    head: 'Operations Director',
    teamNames: ['Production', 'Planning', 'Maintenance', 'Quality', 'Facility'],
    jobs: ['Operator', 'Production Planner', 'Maintenance Technician', 'Quality Inspector'],
    skills: ['Lean', 'Safety rules', 'Quality procedures', 'SAP', 'Internal processes'],
    homeFriendly: 0.2,
  },
  {
    name: 'Logistics',
    head: 'Logistics Director',
    teamNames: ['Warehouse', 'Transport', 'Customs', 'Distribution'],
    jobs: ['Logistics Coordinator', 'Warehouse Operator', 'Dispatcher', 'Customs Declarant'],
    skills: ['Supply chain', 'SAP', 'Safety rules', 'Lean'],
    homeFriendly: 0.3,
  },
  {
    name: 'Finance',
    head: 'Finance Director',
    teamNames: ['Accounting', 'Controlling', 'Treasury', 'Payroll'],
    jobs: ['Accountant', 'Controller', 'Financial Analyst', 'Payroll Officer'],
    skills: ['Accounting', 'Financial reporting', 'Excel', 'Budgeting', 'Power BI'],
    homeFriendly: 1,
  },
  {
    name: HR_DEPARTMENT,
    head: 'HR Director',
    teamNames: ['Talent Acquisition', 'People Partners', 'Learning & Development', 'Reward'],
    jobs: ['HR Business Partner', 'Recruiter', 'Learning Specialist', 'HR Advisor'],
    skills: ['Recruitment', 'Employment law', 'Coaching', 'Giving feedback', 'GDPR'],
    homeFriendly: 1,
  },
  {
    name: 'IT',
    head: 'Chief Information Officer',
    teamNames: ['Infrastructure', 'Service Desk', 'Business Applications', 'Security', 'Platform'],
    jobs: ['Software Engineer', 'System Administrator', 'Security Analyst', 'Business Analyst'],
    skills: ['Python', 'SQL', 'Agile', 'Jira', 'Power Automate'],
    homeFriendly: 1,
  },
  {
    name: 'Data & Analytics',
    head: 'Head of Data',
    teamNames: ['Business Intelligence', 'Data Engineering', 'Data Science'],
    jobs: ['Data Analyst', 'Data Engineer', 'Data Scientist', 'BI Developer'],
    skills: ['Data analysis', 'SQL', 'Power BI', 'Python', 'Generative AI'],
    homeFriendly: 1,
  },
  {
    name: 'Marketing & Communication',
    head: 'Marketing Director',
    teamNames: ['Brand', 'Digital Marketing', 'Internal Communication', 'Events'],
    jobs: ['Marketing Specialist', 'Content Creator', 'Communication Officer', 'Event Manager'],
    skills: ['Copywriting', 'Social media', 'Canva', 'Market trends', 'Presenting'],
    homeFriendly: 0.9,
  },
  {
    name: 'Product & Innovation',
    head: 'Chief Product Officer',
    teamNames: ['Product Management', 'Design', 'Innovation Lab', 'Research'],
    jobs: ['Product Manager', 'UX Designer', 'Product Owner', 'Innovation Consultant'],
    skills: ['Roadmap planning', 'Figma', 'Agile', 'Market trends', 'Competitive analysis'],
    homeFriendly: 1,
  },
  {
    name: 'Procurement',
    head: 'Procurement Director',
    teamNames: ['Strategic Sourcing', 'Purchasing', 'Supplier Quality'],
    jobs: ['Buyer', 'Category Manager', 'Procurement Analyst'],
    skills: ['Purchasing', 'Negotiation', 'Contract management', 'SAP'],
    homeFriendly: 0.8,
  },
  {
    name: 'Legal & Compliance',
    head: 'General Counsel',
    teamNames: ['Legal', 'Compliance', 'Privacy'],
    jobs: ['Legal Counsel', 'Compliance Officer', 'Privacy Officer', 'Paralegal'],
    skills: ['Contract management', 'GDPR', 'Employment law', 'Stakeholder management'],
    homeFriendly: 1,
  },
];
