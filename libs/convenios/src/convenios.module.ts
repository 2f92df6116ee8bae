import { Module } from '@nestjs/common';
import { ConvenioCreator } from './convenio-creator.service.js';
import { ConvenioPreparer } from './convenio-preparer.service.js';
import { ExpiringConvenios } from './expiring-convenios.service.js';

/** The services of the Convenios kind (registered through `conveniosKind`) and its board figure. */
@Module({
  providers: [ConvenioCreator, ConvenioPreparer, ExpiringConvenios],
  exports: [ConvenioCreator, ConvenioPreparer, ExpiringConvenios],
})
export class ConveniosModule {}
