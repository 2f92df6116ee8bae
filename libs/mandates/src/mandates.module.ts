import { Module } from '@nestjs/common';
import { MandateCreator } from './mandate-creator.service.js';

/** The services of the Encargos kind (registered through `mandatesKind`). */
@Module({ providers: [MandateCreator], exports: [MandateCreator] })
export class MandatesModule {}
