import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/**
 * Preloaded into the API child (`--require`) for the profile figure: the first SIGURG starts V8's
 * sampling profiler, the second writes the profile to BENCH_PROFILE_FILE. The bench thus profiles
 * only the load window, not start-up or the world's building. SIGURG because Nest's shutdown hooks
 * stop the service on SIGUSR2 (and Node keeps SIGUSR1 for the inspector); its default is to ignore.
 */
const file = process.env.BENCH_PROFILE_FILE;
if (file) {
  const session = new Session();
  session.connect();
  let profiling = false;
  process.on('SIGURG', () => {
    if (!profiling) {
      profiling = true;
      session.post('Profiler.enable', () =>
        session.post('Profiler.setSamplingInterval', { interval: 250 }, () => session.post('Profiler.start')),
      );
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (error, result) => {
      writeFileSync(file, error ? JSON.stringify({ error: String(error) }) : JSON.stringify(result.profile));
    });
  });
}
