import type { Sql } from '../../db/client';
import { PairingBlockRepository } from '../../db/repositories/pairingBlocks';
import { ParticipantRepository } from '../../db/repositories/participants';
import { ProgrammeRepository } from '../../db/repositories/programmes';
import { type Cohort, RoundCohortRepository } from '../../db/repositories/roundCohort';
import { RoundRepository } from '../../db/repositories/rounds';
import type { DemoOrganisation } from '../../domain/demo/generateDemoOrganisation';
import { demoProgrammePlans } from '../../domain/demo/programmes';
import { nextRoundAt } from '../../domain/programmes/schedule';
import { programmeTemplate } from '../../domain/programmes/templates';
import { composeRound } from '../rounds/composeRound';
import { pairingDates } from '../rounds/roundSteps';

const DEMO_TIME_ZONE = 'Europe/Brussels';

/**
 * The demo organisation's programmes: one of each kind, already running, with a published
 * round whose matches carry their reasons and of which about two in three are accepted. No mail
 * is written; members get their in-app notification.
 */
export async function seedDemoProgrammes(
  tx: Sql,
  organisationId: string,
  demo: DemoOrganisation,
  personIds: readonly string[],
  now: Date,
): Promise<void> {
  const programmes = new ProgrammeRepository(tx, organisationId);
  const participants = new ParticipantRepository(tx, organisationId);
  const rounds = new RoundRepository(tx, organisationId);
  const cohortRepository = new RoundCohortRepository(tx, organisationId);
  const plans = demoProgrammePlans(demo, now.toISOString().slice(0, 10));
  // Only the people taking part are read, once for all programmes: the demo stays quick at any size.
  const taking = [...new Set(plans.flatMap((plan) => [...plan.participants.keys()]))];
  let cohort: Promise<Cohort> | null = null;
  const deps = {
    cohort: {
      load: () => (cohort ??= cohortRepository.load(taking.map((index) => personIds[index]))),
    },
    participants,
    blocks: new PairingBlockRepository(tx, organisationId),
    rounds,
  };
  const admin = personIds[demo.samples.admin];
  for (const plan of plans) {
    const template = programmeTemplate(plan.kind);
    const id = await programmes.create(
      plan.kind,
      {
        ...template,
        status: 'active',
        enrolment: 'opt_in',
        nextRoundAt: template.schedule ? nextRoundAt(template.schedule, DEMO_TIME_ZONE, now) : null,
      },
      admin,
    );
    await participants.addMany(
      id,
      [...plan.participants].map(([index, role]) => ({ personId: personIds[index], role })),
    );
    const programme = await programmes.find(id);
    if (!programme) continue;
    const round = await rounds.create({
      programmeId: id,
      status: 'published',
      scheduledFor: null,
      createdBy: admin,
      at: now,
    });
    if (!round) continue;
    const composed = await composeRound(deps, programme, round.number, now);
    await rounds.addMatches(
      id,
      round.id,
      composed.matches,
      'proposed',
      pairingDates(programme, now),
    );
    await rounds.setSummary(round.id, composed.summary);
    await rounds.notifyMembers(
      round.id,
      'programmes.matched',
      { programmeId: id, programme: programme.name },
      now,
    );
    await rounds.acceptSome(round.id, 3, now);
  }
}
