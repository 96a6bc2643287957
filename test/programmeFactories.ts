import type { RoundUseCaseDeps } from '../src/app/rounds/roundSteps';
import type { Database, Sql } from '../src/db/client';
import { OrganisationRepository } from '../src/db/repositories/organisations';
import { PairingBlockRepository } from '../src/db/repositories/pairingBlocks';
import { ParticipantRepository } from '../src/db/repositories/participants';
import { ProgrammeRepository } from '../src/db/repositories/programmes';
import { RoundCohortRepository } from '../src/db/repositories/roundCohort';
import { RoundRepository } from '../src/db/repositories/rounds';
import type { ProgrammeKind } from '../src/domain/programmes/kinds';
import { programmeTemplate } from '../src/domain/programmes/templates';
import { createTranslator, type Translator } from '../src/i18n/catalog';
import { Mailer, noLocalRunner } from '../src/mail/mailer';
import type { MailOutbox } from '../src/mail/message';
import type { PersonRow } from './factories';

/** A programme straight in the database, from its kind's template. */
export async function createProgrammeRow(
  db: Sql,
  organisationId: string,
  kind: ProgrammeKind,
  overrides: Partial<{
    status: 'draft' | 'active' | 'paused' | 'archived';
    enrolment: 'opt_in' | 'automatic';
    audience: object;
    groupSize: number;
    nextRoundAt: Date | null;
    schedule: { weekday: number; time: string; intervalWeeks: number } | null;
  }> = {},
): Promise<string> {
  const template = programmeTemplate(kind);
  return new ProgrammeRepository(db, organisationId).create(
    kind,
    {
      ...template,
      status: overrides.status ?? 'active',
      enrolment: overrides.enrolment ?? 'opt_in',
      audience: (overrides.audience as typeof template.audience) ?? {},
      groupSize: overrides.groupSize ?? template.groupSize,
      schedule: overrides.schedule === undefined ? template.schedule : overrides.schedule,
      nextRoundAt: overrides.nextRoundAt ?? null,
    },
    organisationId,
  );
}

export async function enrol(
  db: Sql,
  programmeId: string,
  person: Pick<PersonRow, 'id' | 'organisation_id'>,
  fields: Partial<{
    role: 'participant' | 'mentor' | 'mentee' | 'both' | 'newcomer' | 'godparent';
    status: 'active' | 'paused' | 'left';
    pausedUntil: string | null;
  }> = {},
): Promise<void> {
  await new ParticipantRepository(db, person.organisation_id).save(programmeId, person.id, {
    role: fields.role ?? 'participant',
    status: fields.status ?? 'active',
    pausedUntil: fields.pausedUntil ?? null,
  });
}

let translator: Promise<Translator> | null = null;

/** The real mailer without SMTP: mails are written to the outbox and kept. */
export async function keepingMailer(db: Database, now: () => Date): Promise<Mailer> {
  translator ??= createTranslator();
  return new Mailer({
    db,
    config: { smtp: null, mailFrom: 'samen@example.test' },
    translator: await translator,
    jobs: noLocalRunner,
    now,
  });
}

/** Every repository a round use case needs, over one transaction. */
export function roundDeps(
  tx: Sql,
  mail: MailOutbox,
  organisationId: string,
  now: Date,
): RoundUseCaseDeps {
  return {
    programmes: new ProgrammeRepository(tx, organisationId),
    organisation: new OrganisationRepository(tx, organisationId),
    cohort: new RoundCohortRepository(tx, organisationId),
    participants: new ParticipantRepository(tx, organisationId),
    blocks: new PairingBlockRepository(tx, organisationId),
    rounds: new RoundRepository(tx, organisationId),
    mail,
    now,
    publicUrl: 'https://samen.example.test',
  };
}
