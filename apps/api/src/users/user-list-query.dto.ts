import { IntersectionType } from '@nestjs/swagger';
import { UserFiltersDto } from '#org';
import { PageQueryDto } from '../http/pagination.dto.js';

export class UserListQueryDto extends IntersectionType(PageQueryDto, UserFiltersDto) {}
