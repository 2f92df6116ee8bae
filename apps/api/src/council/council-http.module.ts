import { Module } from '@nestjs/common';
import { CouncilModule } from '#council';
import { CouncilController } from './council.controller.js';

@Module({ imports: [CouncilModule], controllers: [CouncilController] })
export class CouncilHttpModule {}
