/**
 * The generated courses (see `generateCourses`) replayed: the machine is deterministic, and a
 * course restored from its persisted JSON behaves exactly like the live snapshot.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CourseEvent } from './course-events';
import { icmCourseMachine } from './icm-course.machine';
import {
  type CourseSnapshot,
  courseInput,
  effects,
  engagementLeafOf,
  eventSamples,
  generateCourses,
  phaseLeafOf,
  send,
  start,
} from './test-support';

const { phases, engagement } = generateCourses();
const generated = [...phases, ...engagement];
const persisted = (snapshot: CourseSnapshot) => JSON.stringify(icmCourseMachine.getPersistedSnapshot(snapshot));

describe('determinism', () => {
  const replay = (quorum: number, events: CourseEvent[]) => {
    const first = start(courseInput(quorum));
    const log = [effects(first.actions)];
    let snapshot = first.snapshot;
    for (const event of events) {
      const next = send(snapshot, event);
      log.push(effects(next.actions));
      snapshot = next.snapshot;
    }
    return { persisted: persisted(snapshot), log };
  };

  it('the same input and events give deep-equal snapshots and side effects, every time', () => {
    const differing = generated.filter(({ quorum, events, snapshot }) => {
      const once = replay(quorum, events);
      return JSON.stringify(replay(quorum, events)) !== JSON.stringify(once) || once.persisted !== persisted(snapshot);
    });
    expect(differing.map(({ events }) => events.map((event) => event.type).join(' '))).toEqual([]);
  });
});

describe('a persisted course behaves exactly like the live snapshot', () => {
  const restore = (snapshot: CourseSnapshot): CourseSnapshot => {
    const stored = JSON.parse(persisted(snapshot));
    return icmCourseMachine.resolveState({ value: stored.value, context: stored.context, status: stored.status });
  };
  const combinationOf = (snapshot: CourseSnapshot) => `${phaseLeafOf(snapshot)} | ${engagementLeafOf(snapshot)}`;
  const combinations = [...new Set(generated.map(({ snapshot }) => combinationOf(snapshot)))].sort();

  it('every phase beside every engagement state is covered', () => {
    expect(combinations).toHaveLength(17);
  });

  it.each(combinations)('in %s, for every generated course and every event sample', (combination) => {
    const differences: string[] = [];
    for (const { snapshot } of generated.filter((course) => combinationOf(course.snapshot) === combination)) {
      const restored = restore(snapshot);
      // Only JSON survives the database: a Date or a Set in the context would come back different.
      const kept = [restored.status, restored.context, restored.value];
      if (
        !isDeepStrictEqual(kept, [snapshot.status, snapshot.context, snapshot.value]) ||
        persisted(restored) !== persisted(snapshot)
      ) {
        differences.push(`restoring ${persisted(snapshot)}`);
      }
      for (const event of eventSamples(snapshot)) {
        const offered = snapshot.can(event);
        // A refusal is compared by what is offered (icm-course.machine.spec.ts shows that agrees with
        // the transition); an accepted event by what it asks for and where it leads.
        const behaviour = (course: CourseSnapshot) => {
          if (!offered) return JSON.stringify(course.can(event));
          const step = send(course, event);
          return JSON.stringify([course.can(event), step.accepted, effects(step.actions), persisted(step.snapshot)]);
        };
        if (behaviour(restored) !== behaviour(snapshot))
          differences.push(`${persisted(snapshot)} + ${JSON.stringify(event)}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
