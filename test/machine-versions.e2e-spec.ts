import { ICM_COURSE_MACHINE_VERSION } from '@workflows/icm-course';
import { KNOWN_COURSE_MACHINES } from '@src/courses/course-machines';
import { icmCourseMachineV0 } from './fixtures/icm-course-v0.machine';
import { approvePlan } from './support/care-planning';
import { startApp } from './support/test-app';
import { World } from './factories/world';

const V0 = { id: 'icm-course', version: 0, machine: icmCourseMachineV0 };

describe('a course keeps the machine version it started on', () => {
  it('runs on the frozen older definition after a deployment adds a new version; new courses start on the new one', async () => {
    const oldDeployment = await startApp({ machines: [V0] });
    let world = new World(oldDeployment);
    const caseworker = await world.staff(['caseworker']);
    const committee = await world.staff(['committee_member']);
    const caseManager = await world.staff(['case_manager']);
    const { courseId, state } = await world.refer(caseworker);
    expect(state).toBe('referral');
    await world.send(committee, courseId, { type: 'VISITATION_APPROVED', caseManagerId: caseManager.id }).expect(200);
    await oldDeployment.close();

    const newDeployment = await startApp({ machines: [V0, ...KNOWN_COURSE_MACHINES] });
    world = new World(newDeployment);
    try {
      expect(await world.course(caseManager, courseId)).toMatchObject({
        machineVersion: 0,
        state: 'planning',
        allowedEvents: ['PLAN_APPROVED'],
      });
      // Later versions demand a drafted plan first; the old course still follows its own rules.
      const approved = await approvePlan(newDeployment, caseManager, courseId).expect(200);
      expect(approved.body).toMatchObject({ state: 'coordination', version: 3, plan: null });

      const fresh = await world.refer(caseworker);
      expect(fresh.state).toBe('referral.submitted');
      expect(await world.course(caseworker, fresh.courseId)).toMatchObject({
        machineVersion: ICM_COURSE_MACHINE_VERSION,
      });
    } finally {
      await newDeployment.close();
    }
  });
});
