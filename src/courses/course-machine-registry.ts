import { Inject, Injectable } from '@nestjs/common';
import { ICM_COURSE_MACHINE_ID } from '../../workflows/icm-course';
import { COURSE_MACHINES, type CourseMachineDefinition } from './course-machines';

export class UnknownMachineVersion extends Error {}

/** Finds the definition a persisted course was started on; courses never switch version silently. */
@Injectable()
export class CourseMachineRegistry {
  private readonly byKey: Map<string, CourseMachineDefinition>;
  readonly current: CourseMachineDefinition;

  constructor(@Inject(COURSE_MACHINES) definitions: CourseMachineDefinition[]) {
    this.byKey = new Map(definitions.map((definition) => [`${definition.id}@${definition.version}`, definition]));
    this.current = definitions
      .filter((definition) => definition.id === ICM_COURSE_MACHINE_ID)
      .reduce((newest, definition) => (definition.version > newest.version ? definition : newest));
  }

  get(id: string, version: number): CourseMachineDefinition {
    const definition = this.byKey.get(`${id}@${version}`);
    if (!definition) throw new UnknownMachineVersion(`No machine ${id}@${version} is registered`);
    return definition;
  }
}
