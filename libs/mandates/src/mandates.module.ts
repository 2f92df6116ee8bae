import { Module, type OnModuleInit } from '@nestjs/common';
import { WorkflowRegistry } from '#workflow';
import { MandateCreator } from './mandate-creator.service.js';
import { mandatesDefinition } from './mandates.definition.js';

/** Encargos: the first workflow kind on the kernel. */
@Module({
  providers: [MandateCreator],
  exports: [MandateCreator],
})
export class MandatesModule implements OnModuleInit {
  constructor(private readonly registry: WorkflowRegistry) {}

  onModuleInit(): void {
    this.registry.register(mandatesDefinition);
  }
}
