import { Module } from '@nestjs/common';
import { ConvenioCreator } from './convenio-creator.service.js';
import { ConvenioPreparer } from './convenio-preparer.service.js';

/** The services of the Convenios kind (registered through `conveniosKind`). */
@Module({
  providers: [ConvenioCreator, ConvenioPreparer],
  exports: [ConvenioCreator, ConvenioPreparer],
})
export class ConveniosModule {}
