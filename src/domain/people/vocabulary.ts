/**
 * The closed lists of the people data model. The database checks the same values (migration
 * 0001); user-facing names for each live in the `profile` translation namespace.
 */

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = (typeof weekdays)[number];

export const workModes = ['office', 'home', 'off'] as const;
export type WorkMode = (typeof workModes)[number];

export const learningWays = [
  'colleagues',
  'searching',
  'video',
  'on_the_job',
  'group_sessions',
  'formal_courses',
] as const;
export type LearningWay = (typeof learningWays)[number];

export const seniorities = ['junior', 'medior', 'senior', 'lead'] as const;
export type Seniority = (typeof seniorities)[number];

export const skillCategories = [
  'company_knowledge',
  'strategy',
  'digital_tools',
  'professional',
  'interpersonal',
  'language',
  'other',
] as const;
export type SkillCategory = (typeof skillCategories)[number];

export const goalStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export const personStatuses = ['active', 'inactive'] as const;
export type PersonStatus = (typeof personStatuses)[number];

/** Support need: 1 = "I work autonomously" … 5 = "I want close support". */
export const SUPPORT_NEED_MIN = 1;
export const SUPPORT_NEED_MAX = 5;
export const DEFAULT_SUPPORT_NEED = 3;
