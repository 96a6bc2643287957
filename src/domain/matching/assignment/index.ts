export { checkCertificate } from './checkCertificate';
export { DEFAULT_SHORTLIST, solveAssignment } from './solveAssignment';
export { type DenseAssignmentOptions, solveDenseAssignment } from './solveDenseAssignment';
export type {
  AssignmentCertificate,
  AssignmentObjective,
  AssignmentOptions,
  AssignmentProblem,
  AssignmentSolution,
  AssignmentStats,
  VertexCover,
} from './types';
