import type { Programme } from '../../contracts/programmes';
import type { ProgrammeRecord } from '../../db/repositories/programmes';

export const toProgramme = (p: ProgrammeRecord): Programme => ({
  id: p.id,
  kind: p.kind,
  status: p.status,
  name: p.name,
  description: p.description,
  enrolment: p.enrolment,
  audience: p.audience,
  weights: p.weights,
  meetingIntervalWeeks: p.meetingIntervalWeeks,
  meetingMinutes: p.meetingMinutes,
  pairingWeeks: p.pairingWeeks,
  groupSize: p.groupSize,
  schedule: p.schedule,
  nextRoundAt: p.nextRoundAt?.toISOString() ?? null,
  createdAt: p.createdAt.toISOString(),
});
