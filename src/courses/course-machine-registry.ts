import { Inject, Injectable } from '@nestjs/common';
import { ICM_COURSE_MACHINE_ID } from '@workflows/icm-course';
import { COURSE_MACHINES, type CourseMachineDefinition } from './course-machines';
import { MachineStepper } from './machine-stepper';

export interface RegisteredMachine extends CourseMachineDefinition {
  stepper: MachineStepper;
}

export class UnknownMachineVersion extends Error {}

/** Finds the definition a persisted course was started on; courses never switch version silently. */
@Injectable()
export class CourseMachineRegistry {
  private readonly byKey: Map<string, RegisteredMachine>;
  readonly current: RegisteredMachine;

  constructor(@Inject(COURSE_MACHINES) definitions: CourseMachineDefinition[]) {
    const registered = definitions.map((definition) => ({
      ...definition,
      stepper: new MachineStepper(definition.machine),
    }));
    this.byKey = new Map(registered.map((definition) => [`${definition.id}@${definition.version}`, definition]));
    this.current = registered
      .filter((definition) => definition.id === ICM_COURSE_MACHINE_ID)
      .reduce((newest, definition) => (definition.version > newest.version ? definition : newest));
  }

  get(id: string, version: number): RegisteredMachine {
    const definition = this.byKey.get(`${id}@${version}`);
    if (!definition) throw new UnknownMachineVersion(`No machine ${id}@${version} is registered`);
    return definition;
  }
}
