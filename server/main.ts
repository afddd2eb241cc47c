// The hub's process: configuration, the store (seeded on first start), the HTTP server, and a clean
// stop on SIGTERM/SIGINT so the last SQLite transaction is committed and the WAL checkpointed.
import { buildHub } from './app.ts';
import { seedCatalog } from './catalog/seedCatalog.ts';
import { readConfig } from './config.ts';
import { openHubKeyring } from './keys/openHubKeyring.ts';
import { openSqliteStore } from './store/sqlite/openSqliteStore.ts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfig();
  // The sealing keys first: a first start makes them, and a key folder the hub cannot read stops it
  // before it tells devices anything.
  const keys = await openHubKeyring(config.keysDir);
  const store = openSqliteStore(config.dataDir);
  const app = buildHub({
    store,
    keys,
    appDir: config.appDir,
    logger: { level: config.logLevel },
    uploads: { dataDir: config.dataDir },
  });
  try {
    const seeded = await seedCatalog(store, config.seedFile);
    if (seeded) app.log.info({ version: seeded.version, changed: seeded.changed }, 'seeded the catalog');
    const url = await app.listen({ port: config.port, host: config.host });
    // The line a supervisor (or test/kit/startHub.ts) waits for; with PORT=0 it is where the port is told.
    app.log.info(
      { url, dataDir: config.dataDir, appDir: config.appDir, currentKid: await keys.currentKid() },
      'listening',
    );
  } catch (error) {
    await app.close().catch(() => {});
    await store.close();
    throw error;
  }

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    // A request hung on a dead 3G link must not keep the hub from stopping.
    setTimeout(() => {
      app.log.error('did not stop in time, exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    await app.close();
    await store.close();
    app.log.info('stopped');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`balcao hub: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
