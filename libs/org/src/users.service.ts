import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError } from '#core';
import { User } from './entities/user.entity.js';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** For login only: the one read that includes the password hash, across municipalities. */
  findForLogin(username: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
  }

  async get(municipalityId: string, id: string): Promise<User> {
    const user = await this.users.findOne({ where: { municipalityId, id } });
    if (!user) throw new NotFoundError('El usuario');
    return user;
  }

  async list(municipalityId: string, page: number, pageSize: number): Promise<Page<User>> {
    const [items, total] = await this.users.findAndCount({
      where: { municipalityId },
      order: { username: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }
}
