import { beforeAll, describe, expect, it } from 'vitest';
import {
  createBuddyPair,
  createReportingLine,
  insertCheckin,
  type ReportingLine,
  setSupportNeed,
} from '../../../test/checkinFactories';
import { describeEachDatabase } from '../../../test/database';
import { addPersonSkill, createSkill, createTeam, type TestSession } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const NOW = new Date('2026-11-27T10:00:00Z');

describeEachDatabase('check-ins through the API', (db) => {
  let server: TestServer;
  let line: ReportingLine;

  const call = (
    session: TestSession,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  beforeAll(async () => {
    server = await startTestServer(db());
    server.setNow(NOW);
    line = await createReportingLine(db());
  });

  describe('a check-in from planning to the next one', () => {
    let checkinId: string;

    it('the employee asks for a check-in and adds a talking point about a learning need', async () => {
      const skill = await createSkill(db(), line.organisationId, { name: 'SQL' });
      await addPersonSkill(db(), line.employee, skill, { wanted: 3 });
      const planned = await call(
        line.sessions.employee,
        'POST',
        `/api/v1/people/${line.employee.id}/checkins`,
        {
          scheduledOn: '2026-12-01',
        },
      );
      expect(planned.statusCode, planned.body).toBe(201);
      checkinId = planned.json().id;
      expect(planned.json()).toMatchObject({
        status: 'planned',
        manager: { id: line.manager.id },
        learningNeeds: [{ id: skill.id, name: 'SQL' }],
      });
      const added = await call(
        line.sessions.employee,
        'POST',
        `/api/v1/checkins/${checkinId}/agenda`,
        {
          body: 'I want to talk about my learning need SQL',
          skillId: skill.id,
        },
      );
      expect(added.statusCode, added.body).toBe(201);
      await call(line.sessions.manager, 'POST', `/api/v1/checkins/${checkinId}/agenda`, {
        body: 'Project handover',
      });
      const seen = await call(line.sessions.manager, 'GET', `/api/v1/checkins/${checkinId}`);
      expect(seen.json().agenda.map((item: { body: string }) => item.body)).toEqual([
        'I want to talk about my learning need SQL',
        'Project handover',
      ]);
    });

    it('refuses a second planned check-in, a past date and a skill the person does not want', async () => {
      const again = await call(
        line.sessions.manager,
        'POST',
        `/api/v1/people/${line.employee.id}/checkins`,
        {
          scheduledOn: '2026-12-10',
        },
      );
      expect(again.statusCode).toBe(409);
      const moved = await call(line.sessions.manager, 'PATCH', `/api/v1/checkins/${checkinId}`, {
        scheduledOn: '2026-11-01',
      });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().error.fields).toEqual([
        expect.objectContaining({ field: 'scheduledOn', code: 'past_date' }),
      ]);
      const bad = await call(line.sessions.manager, 'PATCH', `/api/v1/checkins/${checkinId}`, {
        scheduledOn: '2026-02-30',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe('scheduledOn');
      const other = await createSkill(db(), line.organisationId);
      const item = await call(
        line.sessions.employee,
        'POST',
        `/api/v1/checkins/${checkinId}/agenda`,
        {
          body: 'Something',
          skillId: other.id,
        },
      );
      expect(item.statusCode).toBe(400);
      expect(item.json().error.fields[0]).toMatchObject({ field: 'skillId', code: 'not_found' });
    });

    it('sets actions with an owner; a bad owner or due date is a field error', async () => {
      const wrongOwner = await call(
        line.sessions.manager,
        'POST',
        `/api/v1/checkins/${checkinId}/actions`,
        {
          title: 'Read the handbook',
          ownerId: line.otherManager.id,
          dueOn: '2026-12-15',
        },
      );
      expect(wrongOwner.statusCode).toBe(400);
      expect(wrongOwner.json().error.fields[0]).toMatchObject({
        field: 'ownerId',
        code: 'owner_not_participant',
      });
      const badDate = await call(
        line.sessions.manager,
        'POST',
        `/api/v1/checkins/${checkinId}/actions`,
        {
          title: 'Read the handbook',
          ownerId: line.employee.id,
          dueOn: '15/12/2026',
        },
      );
      expect(badDate.statusCode).toBe(400);
      expect(badDate.json().error.fields[0].field).toBe('dueOn');
      for (const [title, owner] of [
        ['Read the handbook', line.employee.id],
        ['Find a SQL course', line.manager.id],
      ]) {
        const set = await call(
          line.sessions.manager,
          'POST',
          `/api/v1/checkins/${checkinId}/actions`,
          {
            title,
            ownerId: owner,
            dueOn: '2026-12-15',
          },
        );
        expect(set.statusCode, set.body).toBe(201);
      }
    });

    it('holding it plans the next one, carries over undiscussed points and open actions', async () => {
      const checkin = (
        await call(line.sessions.manager, 'GET', `/api/v1/checkins/${checkinId}`)
      ).json();
      const first = checkin.agenda[0].id;
      const ticked = await call(
        line.sessions.manager,
        'PATCH',
        `/api/v1/checkins/${checkinId}/agenda/${first}`,
        {
          discussed: true,
        },
      );
      expect(ticked.statusCode).toBe(200);
      const handbook = checkin.actions.find(
        (a: { title: string }) => a.title === 'Read the handbook',
      );
      const done = await call(
        line.sessions.employee,
        'PATCH',
        `/api/v1/checkin-actions/${handbook.id}`,
        {
          done: true,
        },
      );
      expect(done.json().doneOn).toBe('2026-11-27');

      const held = await call(line.sessions.manager, 'POST', `/api/v1/checkins/${checkinId}/hold`);
      expect(held.statusCode, held.body).toBe(200);
      expect(held.json()).toMatchObject({ status: 'held', heldOn: '2026-11-27', canEdit: false });

      const mine = (await call(line.sessions.employee, 'GET', '/api/v1/me/checkins')).json();
      // support need 3 → every 3 weeks
      expect(mine.next).toMatchObject({ scheduledOn: '2026-12-18', status: 'planned' });
      expect(mine.next.agenda).toEqual([
        expect.objectContaining({ body: 'Project handover', carriedOver: true, discussed: false }),
      ]);
      expect(mine.next.actions.map((a: { title: string }) => a.title)).toEqual([
        'Find a SQL course',
      ]);
      expect(mine.actions.map((a: { title: string }) => a.title)).toEqual(['Find a SQL course']);
      expect(mine.past.map((c: { id: string }) => c.id)).toEqual([checkinId]);
    });

    it('a held check-in is closed: 409 checkin_closed for every change', async () => {
      for (const [url, payload] of [
        [`/api/v1/checkins/${checkinId}/agenda`, { body: 'Late point' }],
        [`/api/v1/checkins/${checkinId}/notes`, { body: 'Late note', visibility: 'shared' }],
        [`/api/v1/checkins/${checkinId}/actions`, { title: 'Late', ownerId: line.employee.id }],
      ] as const) {
        const response = await call(line.sessions.employee, 'POST', url, payload);
        expect(response.statusCode, url).toBe(409);
        expect(response.json().error.code).toBe('checkin_closed');
      }
      const hold = await call(line.sessions.manager, 'POST', `/api/v1/checkins/${checkinId}/hold`);
      expect(hold.json().error.code).toBe('checkin_closed');
    });

    it('the pulse proposes a rhythm change to the manager, who decides with a reason', async () => {
      const pulse = await call(
        line.sessions.employee,
        'POST',
        `/api/v1/checkins/${checkinId}/pulse`,
        {
          support: 2,
          rhythm: 'more',
        },
      );
      expect(pulse.statusCode, pulse.body).toBe(200);
      expect(pulse.json().pulse).toEqual({ support: 2, rhythm: 'more' });
      const managerPulse = await call(
        line.sessions.manager,
        'POST',
        `/api/v1/checkins/${checkinId}/pulse`,
        {
          support: 5,
          rhythm: 'less',
        },
      );
      expect(managerPulse.statusCode).toBe(403);

      const team = (await call(line.sessions.manager, 'GET', '/api/v1/team')).json();
      const eli = team.members.find(
        (m: { person: { id: string } }) => m.person.id === line.employee.id,
      );
      expect(eli.rhythm).toMatchObject({
        weeks: 3,
        source: 'support_need',
        request: { direction: 'more', proposedWeeks: 2, source: 'pulse' },
      });
      expect(
        team.myActions.map((a: { title: string; person: { id: string } }) => [
          a.title,
          a.person.id,
        ]),
      ).toEqual([['Find a SQL course', line.employee.id]]);
      const notified = (
        await call(line.sessions.manager, 'GET', '/api/v1/me/notifications')
      ).json();
      expect(notified.items.map((n: { kind: string }) => n.kind)).toContain('rhythm_request_more');

      const noReason = await call(
        line.sessions.manager,
        'PUT',
        `/api/v1/people/${line.employee.id}/rhythm`,
        {
          weeks: 2,
        },
      );
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.fields[0]).toMatchObject({
        field: 'reason',
        code: 'reason_required',
      });
      const set = await call(
        line.sessions.manager,
        'PUT',
        `/api/v1/people/${line.employee.id}/rhythm`,
        {
          weeks: 2,
          reason: 'New role, more to learn',
        },
      );
      expect(set.json()).toEqual({
        weeks: 2,
        source: 'override',
        reason: 'New role, more to learn',
        request: null,
      });
      const mine = (await call(line.sessions.employee, 'GET', '/api/v1/me/checkins')).json();
      expect(mine.rhythm).toMatchObject({ weeks: 2, reason: 'New role, more to learn' });
      const byOther = await call(
        line.sessions.otherManager,
        'PUT',
        `/api/v1/people/${line.employee.id}/rhythm`,
        {
          weeks: 6,
          reason: 'x',
        },
      );
      expect(byOther.statusCode).toBe(404);
    });

    it('the employee asks to meet less often with the button', async () => {
      const asked = await call(line.sessions.employee, 'POST', '/api/v1/me/rhythm-requests', {
        direction: 'less',
      });
      expect(asked.statusCode).toBe(201);
      expect(asked.json().request).toMatchObject({
        direction: 'less',
        proposedWeeks: 3,
        source: 'request',
      });
    });
  });

  describe('the team view', () => {
    it('shows overdue reports, support need, goals at risk, buddies and remote share', async () => {
      const team = await createTeam(db(), line.organisationId, { name: 'Data' });
      const quiet = await (await import('../../../test/factories')).createPerson(
        db(),
        line.organisationId,
        {
          name: 'Quinn Quiet',
          managerId: line.manager.id,
          teamId: team.id,
          startDate: '2019-05-01',
        },
      );
      await setSupportNeed(db(), quiet, 5);
      await insertCheckin(db(), {
        person: quiet,
        manager: line.manager,
        scheduledOn: '2026-10-01',
        heldOn: '2026-10-01',
      });
      await db().query(
        `insert into learning_goals (organisation_id, person_id, title, target_date, status)
         values ($1, $2, 'Late goal', '2026-11-01', 'in_progress'), ($1, $2, 'Fine goal', '2027-06-01', 'open')`,
        [line.organisationId, quiet.id],
      );
      const { setWorkDay } = await import('../../../test/factories');
      for (const weekday of [1, 2, 3, 4]) await setWorkDay(db(), quiet, { weekday, mode: 'home' });
      await setWorkDay(db(), quiet, { weekday: 5, mode: 'office' });

      const view = (await call(line.sessions.manager, 'GET', '/api/v1/team')).json();
      const q = view.members.find((m: { person: { id: string } }) => m.person.id === quiet.id);
      expect(q).toMatchObject({
        supportNeed: 5,
        rhythm: { weeks: 1, source: 'support_need' },
        lastHeldOn: '2026-10-01',
        nextDueOn: '2026-10-08',
        overdue: true,
        goalsAtRisk: 1,
        team: { name: 'Data' },
        remoteShare: 0.8,
        learningContacts30d: 0,
        indirect: false,
      });
      expect(view.members.every((m: { indirect: boolean }) => !m.indirect)).toBe(true);
    });

    it('counts learning contacts of the last 30 days: check-ins held, pairing meetings, messages', async () => {
      const { createPerson } = await import('../../../test/factories');
      const busy = await createPerson(db(), line.organisationId, {
        managerId: line.manager.id,
        name: 'Bea Busy',
      });
      const buddy = await createPerson(db(), line.organisationId);
      const matchId = await createBuddyPair(db(), line.organisationId, busy, buddy);
      await insertCheckin(db(), {
        person: busy,
        manager: line.manager,
        scheduledOn: '2026-11-20',
        heldOn: '2026-11-20',
      });
      await insertCheckin(db(), {
        person: busy,
        manager: line.manager,
        scheduledOn: '2026-09-01',
        heldOn: '2026-09-01',
      });
      await db().query(
        `insert into match_feedback (organisation_id, match_id, person_id, meeting_on, answer)
         values ($1, $2, $3, '2026-11-10', 'yes'), ($1, $2, $3, '2026-11-17', 'no'),
                ($1, $2, $3, '2026-10-01', 'yes')`,
        [line.organisationId, matchId, busy.id],
      );
      await db().query(
        `insert into match_messages (organisation_id, match_id, author_id, body, created_at)
         values ($1, $2, $3, 'Quick question', '2026-11-25T10:00:00Z')`,
        [line.organisationId, matchId, busy.id],
      );
      const view = (await call(line.sessions.manager, 'GET', '/api/v1/team')).json();
      const bea = view.members.find((m: { person: { id: string } }) => m.person.id === busy.id);
      expect(bea.learningContacts30d).toBe(3);
      expect(bea.pairings).toEqual([
        { kind: 'buddy', partner: { id: buddy.id, name: buddy.name } },
      ]);
    });

    it('is empty for someone without reports, and shows indirect reports only when allowed', async () => {
      const none = (await call(line.sessions.employee, 'GET', '/api/v1/team')).json();
      expect(none.members).toEqual([]);
      const director = (await call(line.sessions.director, 'GET', '/api/v1/team')).json();
      expect(
        director.members.map((m: { person: { name: string } }) => m.person.name).sort(),
      ).toEqual(['Mia Manager', 'Olga Other']);
      const allowed = await call(line.sessions.admin, 'PATCH', '/api/v1/checkin-settings', {
        skipLevelRead: true,
      });
      expect(allowed.statusCode).toBe(200);
      const wider = (await call(line.sessions.director, 'GET', '/api/v1/team')).json();
      const eli = wider.members.find(
        (m: { person: { id: string } }) => m.person.id === line.employee.id,
      );
      expect(eli.indirect).toBe(true);
      const timeline = await call(
        line.sessions.director,
        'GET',
        `/api/v1/people/${line.employee.id}/timeline`,
      );
      expect(timeline.json().readOnly).toBe(true);
      const write = await call(
        line.sessions.director,
        'PUT',
        `/api/v1/people/${line.employee.id}/rhythm`,
        {
          weeks: 1,
          reason: 'x',
        },
      );
      expect(write.statusCode).toBe(403);
      await call(line.sessions.admin, 'PATCH', '/api/v1/checkin-settings', {
        skipLevelRead: false,
      });
    });
  });

  describe('learning goals edited by both', () => {
    it('the manager updates a report goal; the history keeps who changed what', async () => {
      const created = await call(
        line.sessions.manager,
        'POST',
        `/api/v1/people/${line.employee.id}/goals`,
        {
          title: 'Lead a retro',
          targetDate: '2027-02-01',
        },
      );
      expect(created.statusCode, created.body).toBe(201);
      const goal = created.json();
      await call(
        line.sessions.employee,
        'PATCH',
        `/api/v1/people/${line.employee.id}/goals/${goal.id}`,
        {
          progress: 30,
          status: 'in_progress',
        },
      );
      const history = (
        await call(
          line.sessions.manager,
          'GET',
          `/api/v1/people/${line.employee.id}/goals/${goal.id}/history`,
        )
      ).json();
      expect(history.items.map((e: { author: { id: string } }) => e.author.id)).toEqual([
        line.employee.id,
        line.manager.id,
      ]);
      expect(history.items[0].changes).toEqual({ progress: 30, status: 'in_progress' });
      await call(line.sessions.employee, 'PATCH', `/api/v1/me/goals/${goal.id}`, { progress: 50 });
      const withProfileEdit = (
        await call(
          line.sessions.employee,
          'GET',
          `/api/v1/people/${line.employee.id}/goals/${goal.id}/history`,
        )
      ).json();
      expect(withProfileEdit.items).toHaveLength(3);
      expect(withProfileEdit.items[0].changes).toEqual({ progress: 50 });
      const noTitle = await call(
        line.sessions.manager,
        'POST',
        `/api/v1/people/${line.employee.id}/goals`,
        {
          title: '   ',
        },
      );
      expect(noTitle.statusCode).toBe(400);
      expect(noTitle.json().error.fields[0].field).toBe('title');
      const otherManager = await call(
        line.sessions.otherManager,
        'PATCH',
        `/api/v1/people/${line.employee.id}/goals/${goal.id}`,
        {
          progress: 90,
        },
      );
      expect(otherManager.statusCode).toBe(404);
    });
  });

  describe('admins see the rhythm kept in aggregate only', () => {
    it('counts check-ins held on time per team, and cannot open one', async () => {
      const stats = await call(line.sessions.admin, 'GET', '/api/v1/checkin-stats');
      expect(stats.statusCode).toBe(200);
      const total = stats
        .json()
        .teams.reduce((sum: number, t: { held: number }) => sum + t.held, 0);
      expect(total).toBe(4);
      expect(JSON.stringify(stats.json())).not.toContain('Project handover');
      const mine = (await call(line.sessions.employee, 'GET', '/api/v1/me/checkins')).json();
      const open = await call(line.sessions.admin, 'GET', `/api/v1/checkins/${mine.next.id}`);
      expect(open.statusCode).toBe(404);
      const forbidden = await call(line.sessions.manager, 'GET', '/api/v1/checkin-stats');
      expect(forbidden.statusCode).toBe(403);
    });
  });
});
